import type { LedgerVersion } from "../ledger/ledger-version";
import { sha256Hex } from "../sha256";

// Public ledger outputs change only when the ledger does, so each answers with validators derived
// from the ledger's version: a reverse proxy or a reader's client can keep a copy, serve it for a
// minute, and afterwards ask again with If-None-Match to get a bodiless 304. Last-Modified is sent
// for information only: reopening a claim or editing the rating scale changes what is shown without
// a newer date, so If-Modified-Since alone never earns a 304.

const CACHE_CONTROL = "public, max-age=60, stale-while-revalidate=300";

export interface PublicCache {
  /** A 304 to return as is when the client's copy is current; null when a full answer is needed. */
  notModified: Response | null;
  /** The caching headers for the full answer, plus the given ones. */
  headers(extra?: HeadersInit): Headers;
}

/** Validators for one public output: the ledger's version, the origin its absolute links point to
 *  (without PUBLIC_URL that is the request's host, so hosts must not share copies; the server adds
 *  the matching Vary header) and the
 *  request's own address (so each filter, page and format has its own ETag). */
export function publicCache(request: Request, version: LedgerVersion, origin: string): PublicCache {
  const url = new URL(request.url);
  const input = `${version.tag}\n${origin}\n${url.pathname}${url.search}`;
  const etag = `W/"${sha256Hex(input).slice(0, 32)}"`;
  const lastModified = version.lastModified ? new Date(Math.floor(version.lastModified.getTime() / 1000) * 1000) : null;
  const headers = (extra?: HeadersInit) => {
    const all = new Headers(extra);
    all.set("Cache-Control", CACHE_CONTROL);
    all.set("ETag", etag);
    if (lastModified) all.set("Last-Modified", lastModified.toUTCString());
    return all;
  };
  const fresh = isNotModified(request.headers, etag);
  return { notModified: fresh ? new Response(null, { status: 304, headers: headers() }) : null, headers };
}

/** Whether the client's If-None-Match names this ETag (weak comparison, RFC 9110 §13.1.2). */
function isNotModified(headers: Headers, etag: string): boolean {
  const ifNoneMatch = headers.get("If-None-Match");
  if (ifNoneMatch === null) return false;
  const opaque = (tag: string) => tag.trim().replace(/^W\//, "");
  return ifNoneMatch.split(",").some((tag) => tag.trim() === "*" || opaque(tag) === opaque(etag));
}
