import path from "node:path";
import { createRequestHandler } from "@remix-run/express";
import type { ServerBuild } from "@remix-run/node";
import express, { type NextFunction, type Request, type Response } from "express";
import { resolveAuth } from "../auth/session";
import type { AppConfig } from "../config";
import { getDb } from "../db/connection";
import { projectRoot } from "../paths";
import { isBearerApiRequest, isCrossSiteRequest } from "./csrf";
import { refuseNonFormBodies } from "./form-encoding";

// Form posts and uploads beyond this are refused before they are read (bulk imports stream files below it).
const MAX_REQUEST_BYTES = 64 * 1024 * 1024;

function ownOrigin(req: Request, config: AppConfig): string {
  return config.PUBLIC_URL ? new URL(config.PUBLIC_URL).origin : `${req.protocol}://${req.get("host")}`;
}

function securityHeaders(_req: Request, res: Response, next: NextFunction) {
  res.set({
    "X-Content-Type-Options": "nosniff",
    "X-Frame-Options": "DENY",
    "Referrer-Policy": "strict-origin-when-cross-origin",
  });
  next();
}

function refuseOversizedBodies(req: Request, res: Response, next: NextFunction) {
  if (Number(req.get("content-length") ?? 0) > MAX_REQUEST_BYTES) {
    res.status(413).type("text/plain").send("The request is too large.");
    return;
  }
  next();
}

function refuseCrossSite(config: AppConfig) {
  return (req: Request, res: Response, next: NextFunction) => {
    const headers = new Headers();
    for (const name of ["origin", "sec-fetch-site", "authorization"]) {
      const value = req.get(name);
      if (value) headers.set(name, value);
    }
    if (
      !isBearerApiRequest(req.originalUrl, headers) &&
      isCrossSiteRequest(req.method, headers, ownOrigin(req, config))
    ) {
      res.status(403).type("text/plain").send("Refused: this request came from another site.");
      return;
    }
    next();
  };
}

// Resolves the session once per request, for every loader and action, and extends the cookie on use.
async function attachAuth(req: Request, res: Response, next: NextFunction) {
  try {
    const request = new globalThis.Request(`${req.protocol}://${req.get("host")}${req.originalUrl}`, {
      headers: { cookie: req.get("cookie") ?? "" },
    });
    const { setCookie, ...auth } = await resolveAuth(await getDb(), request);
    if (setCookie) res.append("Set-Cookie", setCookie);
    res.locals.auth = auth;
    next();
  } catch (error) {
    next(error);
  }
}

export interface AppOptions {
  config: AppConfig;
  /** The Remix server build, or a function that loads it afresh (development). */
  build: ServerBuild | (() => Promise<ServerBuild>);
  /** Development: Vite's middleware serves the client modules instead of build/client. */
  devMiddleware?: express.RequestHandler;
}

export function createExpressApp({ config, build, devMiddleware }: AppOptions): express.Express {
  const app = express();
  app.disable("x-powered-by");
  if (config.TRUST_PROXY) app.set("trust proxy", config.TRUST_PROXY);
  app.use(securityHeaders);
  if (devMiddleware) {
    app.use(devMiddleware);
  } else {
    const client = path.join(projectRoot(), "build", "client");
    app.use("/assets", express.static(path.join(client, "assets"), { immutable: true, maxAge: "1y" }));
    app.use(express.static(client, { maxAge: "1h" }));
  }
  app.use(refuseNonFormBodies);
  app.use(refuseOversizedBodies, refuseCrossSite(config), attachAuth);
  app.all(
    "*",
    createRequestHandler({
      build,
      getLoadContext: (req, res) => ({ auth: res.locals.auth, clientAddress: req.ip ?? "unknown" }),
    }),
  );
  return app;
}
