import type { Session, User } from "lucia";
import { readConfig } from "../config";
import type { Database } from "../db/database-types";
import { luciaFor, SESSION_COOKIE_NAME } from "./lucia";

export type SignedInUser = User;

/** Who is making a request, resolved once per request by the server (see http/express-app.ts). */
export interface RequestAuth {
  user: SignedInUser | null;
  session: Session | null;
}

// Secure when this request came over HTTPS, or when readers reach the app at an https:// address
// (a TLS proxy in front, even one whose X-Forwarded-Proto is not trusted).
const isHttps = (request: Request) =>
  new URL(request.url).protocol === "https:" || readConfig().PUBLIC_URL?.startsWith("https:") === true;

function serialise(
  lucia: ReturnType<typeof luciaFor>,
  request: Request,
  cookie: ReturnType<typeof lucia.createBlankSessionCookie>,
) {
  cookie.attributes.secure = isHttps(request);
  return cookie.serialize();
}

export function readSessionId(cookieHeader: string | null): string | null {
  if (!cookieHeader) return null;
  for (const part of cookieHeader.split(";")) {
    const [name, ...value] = part.trim().split("=");
    if (name === SESSION_COOKIE_NAME) return value.join("=") || null;
  }
  return null;
}

/** Validates the session cookie. Returns the user (null when signed out, expired or disabled) and the
 *  Set-Cookie header to send when the session was extended or must be cleared. */
export async function resolveAuth(db: Database, request: Request): Promise<RequestAuth & { setCookie: string | null }> {
  const sessionId = readSessionId(request.headers.get("Cookie"));
  if (!sessionId) return { user: null, session: null, setCookie: null };
  const lucia = luciaFor(db);
  const { session, user } = await lucia.validateSession(sessionId);
  if (!session || !user) {
    return { user: null, session: null, setCookie: serialise(lucia, request, lucia.createBlankSessionCookie()) };
  }
  if (user.disabledAt) {
    await lucia.invalidateUserSessions(user.id);
    return { user: null, session: null, setCookie: serialise(lucia, request, lucia.createBlankSessionCookie()) };
  }
  const setCookie = session.fresh ? serialise(lucia, request, lucia.createSessionCookie(session.id)) : null;
  return { user, session, setCookie };
}

/** Starts a session; returns the Set-Cookie header. */
export async function startSession(db: Database, request: Request, userId: string): Promise<string> {
  const lucia = luciaFor(db);
  const session = await lucia.createSession(userId, {});
  return serialise(lucia, request, lucia.createSessionCookie(session.id));
}

/** Ends the current session, if any; returns the Set-Cookie header that clears the cookie. */
export async function endSession(db: Database, request: Request): Promise<string> {
  const lucia = luciaFor(db);
  const sessionId = readSessionId(request.headers.get("Cookie"));
  if (sessionId) await lucia.invalidateSession(sessionId);
  return serialise(lucia, request, lucia.createBlankSessionCookie());
}
