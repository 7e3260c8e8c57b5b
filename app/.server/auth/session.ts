import { redirect } from "@remix-run/node";
import type { Session, User } from "lucia";
import { hasRole, type Role } from "~/domain/roles";
import { readConfig } from "../config";
import { getDb } from "../db/connection";
import type { Database } from "../db/database-types";
import { forbiddenResponse } from "../http/responses";
import { luciaFor, SESSION_COOKIE_NAME } from "./lucia";

export type SignedInUser = User;

/** Who is making a request, resolved once per request by the server (see http/auth-middleware.ts). */
export interface RequestAuth {
  user: SignedInUser | null;
  session: Session | null;
}

declare module "@remix-run/node" {
  interface AppLoadContext {
    auth?: RequestAuth;
    /** The client's IP address as the server saw it (honouring TRUST_PROXY). */
    clientAddress?: string;
  }
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

interface RequestArgs {
  request: Request;
  context?: { auth?: RequestAuth };
}

export async function getOptionalUser({ request, context }: RequestArgs): Promise<SignedInUser | null> {
  if (context?.auth) return context.auth.user;
  return (await resolveAuth(await getDb(), request)).user;
}

/** Every protected loader and action starts here: signed out → to the login page (coming back
 *  afterwards); signed in without the role → 403. */
export async function requireUser(args: RequestArgs, options: { role?: Role } = {}): Promise<SignedInUser> {
  const user = await getOptionalUser(args);
  if (!user) {
    const url = new URL(args.request.url);
    throw redirect(`/login?${new URLSearchParams({ redirectTo: url.pathname + url.search })}`);
  }
  if (options.role && !hasRole(user.role, options.role)) {
    throw forbiddenResponse(`This page is for ${options.role === "admin" ? "administrators" : `${options.role}s`}.`);
  }
  return user;
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
