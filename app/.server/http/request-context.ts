import { randomBytes, randomUUID } from "node:crypto";
import type { NextFunction, Request, Response } from "express";
import type { Logger } from "../log";

export interface RequestLocals {
  requestId: string;
  log: Logger;
  cspNonce: string;
}

export function requestLocals(res: Response): RequestLocals {
  return res.locals as RequestLocals;
}

/** Gives every request an id (answered as X-Request-Id), a logger that writes it on each line, and a
 *  fresh CSP nonce; logs each request once it is answered or abandoned. */
export function requestContext(logger: Logger) {
  return (req: Request, res: Response, next: NextFunction) => {
    const requestId = randomUUID();
    const log = logger.child({ requestId });
    Object.assign(res.locals, { requestId, log, cspNonce: randomBytes(16).toString("base64") } satisfies RequestLocals);
    res.set("X-Request-Id", requestId);
    const started = performance.now();
    res.on("close", () => {
      log.info(
        {
          method: req.method,
          url: req.originalUrl,
          status: res.statusCode,
          ms: Math.round(performance.now() - started),
          ...(res.writableFinished ? {} : { aborted: true }),
        },
        "request",
      );
    });
    next();
  };
}
