import type { NextFunction, Request, Response } from "express";
import { AppError } from "~/domain/errors";

// X-Forwarded-* say where a request really came from, but anyone can send them. They are read only
// from a proxy that TRUST_PROXY trusts; from anyone else they are removed, so no later code (Express's
// req.hostname, the Remix adapter, which takes X-Forwarded-Host's port regardless, or a route) can be
// misled by them. From a trusted proxy, X-Forwarded-Host becomes the Host, so the request's address
// everywhere is the one the reader used.
const FORWARDED_HEADERS = ["x-forwarded-host", "x-forwarded-proto", "x-forwarded-for", "forwarded"];

// A host name, an IPv4 address or a bracketed IPv6 address, with an optional port.
const VALID_HOST = /^(?:[a-z0-9_-]+(?:\.[a-z0-9_-]+)*\.?|\[[0-9a-f:.]+\])(?::\d{1,5})?$/i;

type TrustFunction = (address: string | undefined, hop: number) => boolean;

/** Whether the peer that sent this request is a proxy TRUST_PROXY trusts. */
export function fromTrustedProxy(req: Request): boolean {
  const trust = req.app.get("trust proxy fn") as TrustFunction;
  return trust(req.socket.remoteAddress, 0);
}

export function forwardedHeadersFromTrustedProxyOnly(req: Request, _res: Response, next: NextFunction) {
  if (fromTrustedProxy(req)) {
    // Express, too, reads the first of several comma-separated values.
    const forwardedHost = req.get("x-forwarded-host")?.split(",")[0]?.trim();
    if (forwardedHost) req.headers.host = forwardedHost;
    delete req.headers["x-forwarded-host"];
    const forwardedProto = req.get("x-forwarded-proto")?.split(",")[0]?.trim();
    if (forwardedProto && !/^https?$/i.test(forwardedProto)) delete req.headers["x-forwarded-proto"];
  } else {
    for (const name of FORWARDED_HEADERS) delete req.headers[name];
  }
  if (!VALID_HOST.test(req.get("host") ?? "")) {
    next(new AppError(400, "bad_request", "The request's Host header is not a host name."));
    return;
  }
  next();
}

/** The origin the client addressed, from the Host and (through a trusted proxy) X-Forwarded-Proto. */
export function requestOrigin(req: Request): string {
  return `${req.protocol}://${req.get("host")}`;
}
