import type { ErrorRequestHandler, Request, Response } from "express";
import { errorTitle, UNEXPECTED_ERROR_MESSAGE } from "~/components/error-page";
import { AppError } from "~/domain/errors";
import { renderErrorDocument } from "./error-document";
import { requestLocals } from "./request-context";
import { targetUrl } from "./request-target";
import { errorBody } from "./responses";

/** What the client is told: an AppError as it is; an error Express or Node raise for a client's mistake
 *  (a malformed body, an aborted upload) by its 4xx status; anything else as the server's failure. */
function answerFor(error: unknown): AppError {
  if (error instanceof AppError) return error;
  const status = (error as { status?: unknown } | null)?.status;
  if (typeof status === "number" && status >= 400 && status < 500) {
    return new AppError(status, "bad_request", `${errorTitle(status)}.`);
  }
  return new AppError(500, "server_error", UNEXPECTED_ERROR_MESSAGE);
}

function wantsJson(req: Request): boolean {
  const { pathname } = targetUrl(req.originalUrl);
  return /^\/api\//i.test(pathname) || /\.(?:data|json)$/i.test(pathname) || req.accepts(["html", "json"]) === "json";
}

/** The last word on any request that failed outside the app's own error boundaries: the details go to
 *  the log with the request id, the client gets the app's error page or JSON error shape and nothing
 *  else — no SQL, no stack trace, no session id. */
export function finalErrorHandler(stylesheets: () => Promise<string[]>): ErrorRequestHandler {
  return (error, req, res, _next) => {
    // Express does not wait for this promise, so a rejection would be unhandled and end the process.
    respond(error, req, res, stylesheets).catch((failure: unknown) => {
      requestLocals(res).log.error({ err: failure }, "answering a failed request failed");
      res.destroy();
    });
  };
}

async function respond(error: unknown, req: Request, res: Response, stylesheets: () => Promise<string[]>) {
  const { log, requestId } = requestLocals(res);
  const answer = answerFor(error);
  if (answer.status < 500) log.warn({ status: answer.status, code: answer.code }, answer.message);
  else log.error({ err: error, method: req.method, url: req.originalUrl }, "request failed");
  // Part of the answer is already on its way: cut it off, so the client sees an incomplete response.
  if (res.headersSent) {
    res.destroy();
    return;
  }
  res.status(answer.status).set("Cache-Control", "no-store");
  if (wantsJson(req)) {
    res.json(errorBody(answer));
    return;
  }
  const document = renderErrorDocument({
    status: answer.status,
    message: answer.message,
    reference: requestId,
    stylesheets: await stylesheets().catch(() => []),
  });
  res.type("html").send(document);
}
