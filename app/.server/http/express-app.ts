import path from "node:path";
import { createRequestHandler } from "@remix-run/express";
import type { ServerBuild } from "@remix-run/node";
import express, { type NextFunction, type Request, type Response } from "express";
import { AppError } from "~/domain/errors";
import { resolveAuth } from "../auth/session";
import type { AppConfig } from "../config";
import type { Database, DatabaseHandle } from "../db/database-types";
import { createLogger, type Logger } from "../log";
import { countRequests } from "../metrics/metrics";
import { projectRoot } from "../paths";
import { bodyLimitError } from "./body-limits";
import { isBearerApiRequest, isCrossSiteRequest } from "./csrf";
import { finalErrorHandler } from "./final-error-handler";
import { refuseNonFormBodies } from "./form-encoding";
import { forwardedHeadersFromTrustedProxyOnly, requestOrigin } from "./forwarded-headers";
import { ledgerPageCache } from "./page-cache";
import { requestContext, requestLocals } from "./request-context";
import { refuseTargetsThatAreNotPaths } from "./request-target";
import { securityHeaders } from "./security-headers";

function refuseOversizedBodies(req: Request, _res: Response, next: NextFunction) {
  next(
    bodyLimitError(req.originalUrl, {
      contentLength: req.get("content-length"),
      transferEncoding: req.get("transfer-encoding"),
    }) ?? undefined,
  );
}

function ownOrigin(req: Request, config: AppConfig): string {
  return config.PUBLIC_URL ? new URL(config.PUBLIC_URL).origin : requestOrigin(req);
}

function refuseCrossSite(config: AppConfig) {
  return (req: Request, _res: Response, next: NextFunction) => {
    const headers = new Headers();
    for (const name of ["origin", "sec-fetch-site", "authorization"]) {
      const value = req.get(name);
      if (value) headers.set(name, value);
    }
    if (
      !isBearerApiRequest(req.originalUrl, headers) &&
      isCrossSiteRequest(req.method, headers, ownOrigin(req, config))
    ) {
      next(new AppError(403, "forbidden", "Refused: this request came from another site."));
      return;
    }
    next();
  };
}

/** Without PUBLIC_URL, absolute links (ledger data, feed, ClaimReview, canonical links) are built from
 *  the address the request was sent to, so caches must keep a copy per Host, and per forwarded host and
 *  scheme when a proxy's X-Forwarded-* headers are trusted. */
function varyOnRequestOrigin(config: AppConfig) {
  const trustsProxy = config.TRUST_PROXY !== undefined && config.TRUST_PROXY !== false && config.TRUST_PROXY !== 0;
  const vary = trustsProxy ? ["Host", "X-Forwarded-Host", "X-Forwarded-Proto"] : ["Host"];
  return (_req: Request, res: Response, next: NextFunction) => {
    if (!config.PUBLIC_URL) res.vary(vary.join(", "));
    next();
  };
}

// Resolves the session once per request, for every loader and action, and extends the cookie on use.
function attachAuth(db: Database) {
  return async (req: Request, res: Response, next: NextFunction) => {
    try {
      const request = new globalThis.Request(`${requestOrigin(req)}${req.originalUrl}`, {
        headers: { cookie: req.get("cookie") ?? "" },
      });
      const { setCookie, ...auth } = await resolveAuth(db, request);
      if (setCookie) res.append("Set-Cookie", setCookie);
      res.locals.auth = auth;
      next();
    } catch (error) {
      next(error);
    }
  };
}

export interface AppOptions {
  config: AppConfig;
  /** The Remix server build, or a function that loads it afresh (development). */
  build: ServerBuild | (() => Promise<ServerBuild>);
  /** Development: Vite's middleware serves the client modules instead of build/client. */
  devMiddleware?: express.RequestHandler;
  /** Where request and error logs go; by default standard output at LOG_LEVEL. */
  logger?: Logger;
  /** The database the app serves, opened once by the caller and handed to every loader and action. */
  database: DatabaseHandle;
  /** The database whose change notifications clear the cached public pages; by default the app's. */
  changesFrom?: DatabaseHandle;
}

/** Memory for cached public pages (a /ledger page is some 40 KB): a few hundred addresses. */
const PAGE_CACHE_BYTES = 32 * 1024 * 1024;

/** The app's stylesheets, as its root route links them, for the error page Express renders itself. */
function stylesheetsOf(build: AppOptions["build"]) {
  return async () => {
    const loaded = typeof build === "function" ? await build() : build;
    const links = loaded.routes.root?.module.links?.() ?? [];
    return links.flatMap((link) => ("rel" in link && link.rel === "stylesheet" && link.href ? [link.href] : []));
  };
}

export function createExpressApp({
  config,
  build,
  devMiddleware,
  logger,
  database,
  changesFrom,
}: AppOptions): express.Express {
  const app = express();
  app.disable("x-powered-by");
  if (config.TRUST_PROXY !== undefined) app.set("trust proxy", config.TRUST_PROXY);
  // First, so that every answer is counted, refusals included.
  app.use(countRequests(build));
  // The security headers go on every answer, the refusals of a malformed target or Host included
  // (req.secure already goes by the trusted proxy alone).
  app.use(
    requestContext(logger ?? createLogger(config.LOG_LEVEL)),
    securityHeaders({ development: devMiddleware !== undefined }),
    refuseTargetsThatAreNotPaths,
    forwardedHeadersFromTrustedProxyOnly,
  );
  if (devMiddleware) {
    app.use(devMiddleware);
  } else {
    const client = path.join(projectRoot(), "build", "client");
    app.use("/assets", express.static(path.join(client, "assets"), { immutable: true, maxAge: "1y" }));
    app.use(express.static(client, { maxAge: "1h" }));
  }
  app.use(varyOnRequestOrigin(config));
  app.use(refuseNonFormBodies);
  app.use(refuseOversizedBodies, refuseCrossSite(config), attachAuth(database.db));
  app.use(
    ledgerPageCache({
      enabled: config.LEDGER_PAGE_CACHE === "on",
      maxBytes: PAGE_CACHE_BYTES,
      database: changesFrom ?? database,
      publicOrigin: config.PUBLIC_URL ? new URL(config.PUBLIC_URL).origin : null,
    }),
  );
  app.all(
    "*",
    createRequestHandler({
      build,
      getLoadContext: (req, res) => {
        const { requestId, log, cspNonce } = requestLocals(res);
        return { db: database.db, auth: res.locals.auth, clientAddress: req.ip ?? "unknown", requestId, log, cspNonce };
      },
    }),
  );
  app.use(finalErrorHandler(stylesheetsOf(build)));
  return app;
}
