import { targetUrl } from "./request-target";

// Browsers send Origin (and Sec-Fetch-Site) with every form post and fetch. A state-changing request
// whose origin is another site is refused. Requests without these headers come from scripts and
// API clients, which carry no ambient cookies from another site and are let through.
const SAFE_METHODS = new Set(["GET", "HEAD", "OPTIONS"]);

export function isCrossSiteRequest(method: string, headers: Headers, ownOrigin: string): boolean {
  if (SAFE_METHODS.has(method.toUpperCase())) return false;
  const origin = headers.get("Origin");
  if (origin !== null) return origin !== ownOrigin;
  // "same-site" is a sibling subdomain: as foreign to this app as another site.
  const site = headers.get("Sec-Fetch-Site");
  return site === "cross-site" || site === "same-site";
}

/** A JSON API call that authenticates with `Authorization: Bearer …`. The API then goes by the token
 *  alone and ignores cookies (http/api-auth.ts), so such a request carries no ambient credentials to
 *  forge and needs no origin check (a CMS that sends an Origin header of its own is not refused).
 *  The address is read as the router reads it, dot segments resolved: "/api/../claims/5" is not the API. */
export function isBearerApiRequest(target: string, headers: Headers): boolean {
  const { pathname } = targetUrl(target);
  return pathname.startsWith("/api/") && /^Bearer\s/i.test(headers.get("Authorization") ?? "");
}
