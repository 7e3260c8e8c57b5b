import { readConfig } from "../config";

/** The address readers reach the app at: PUBLIC_URL when set (behind a proxy), else the request's own,
 *  which the server builds from the Host header and, only from a proxy TRUST_PROXY trusts, from
 *  X-Forwarded-Host and X-Forwarded-Proto (http/forwarded-headers.ts). Responses then vary on those
 *  headers (express-app.ts), so a cache never hands one host's links to another. */
export function publicOrigin(request: Request): string {
  const configured = readConfig().PUBLIC_URL;
  return configured ? new URL(configured).origin : new URL(request.url).origin;
}
