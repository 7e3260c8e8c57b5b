import { readConfig } from "../config";

/** The address readers reach the app at: PUBLIC_URL when set (behind a proxy), else the request's own. */
export function publicOrigin(request: Request): string {
  const configured = readConfig().PUBLIC_URL;
  return configured ? new URL(configured).origin : new URL(request.url).origin;
}
