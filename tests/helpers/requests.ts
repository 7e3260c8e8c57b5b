import { luciaFor } from "~/.server/auth/lucia";
import { type RequestAuth, resolveAuth } from "~/.server/auth/session";
import type { Database } from "~/.server/db/database-types";

export const APP_ORIGIN = "http://claimdesk.test";

/** A request as the browser of a signed-in user (or nobody) would send it, with the auth the server resolves for it. */
export async function requestAs(db: Database, userId: string | null, path: string, init: RequestInit = {}) {
  const headers = new Headers(init.headers);
  if (userId) {
    const lucia = luciaFor(db);
    const session = await lucia.createSession(userId, {});
    headers.set("Cookie", lucia.createSessionCookie(session.id).serialize());
  }
  const request = new Request(`${APP_ORIGIN}${path}`, { ...init, headers });
  const { setCookie: _setCookie, ...auth } = await resolveAuth(db, request);
  return { request, context: { auth, db } satisfies { auth: RequestAuth; db: Database } };
}
