import type { NextFunction, Request, Response } from "express";
import { AppError } from "~/domain/errors";

// Browsers, proxies and fetch send a request's target as a path ("/ledger?q=…", origin-form). Node
// passes on whatever else it parses, such as an absolute URL ("GET http://x:99999/ HTTP/1.1"), which
// no URL built from it can read: that is refused before any middleware looks at the target. A path
// that starts with "//" is still a path (Remix routes it as one, to a 404), so every reading of the
// target puts it below a placeholder origin, where it cannot be taken for a host and never throws.

const PLACEHOLDER_ORIGIN = "http://claimdesk.invalid";

/** The request's target as a URL on a placeholder origin: the path stays a path, whatever it starts with. */
export function targetUrl(target: string): URL {
  return new URL(`${PLACEHOLDER_ORIGIN}${target}`);
}

/** Express middleware: a request whose target is not a path is a bad request (400). */
export function refuseTargetsThatAreNotPaths(req: Request, _res: Response, next: NextFunction) {
  if (req.originalUrl.startsWith("/")) {
    next();
    return;
  }
  next(new AppError(400, "bad_request", "The request's target must be a path on this site, such as /ledger."));
}
