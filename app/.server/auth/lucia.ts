import { DrizzlePostgreSQLAdapter } from "@lucia-auth/adapter-drizzle";
import { type Adapter, type DatabaseSession, Lucia, TimeSpan } from "lucia";
import type { Role } from "~/domain/roles";
import type { Database } from "../db/database-types";
import { sessions, users } from "../db/schema/all-tables";
import { sha256Hex } from "../sha256";

export const SESSION_COOKIE_NAME = "claimdesk_session";

/** What the sessions table holds for a session id: its SHA-256, never the id the cookie carries. */
export const storedSessionId = (sessionId: string) => sha256Hex(sessionId);

/**
 * Stores sessions under the SHA-256 of their id, as Lucia's guidance now recommends, so a copy of the
 * sessions table (a backup, a log of queries) gives nobody a working cookie. Lucia keeps working with
 * the id it made: it is hashed on the way in, and the caller's id is handed back on the way out.
 */
function hashingSessionIds(adapter: Adapter): Adapter {
  return {
    async getSessionAndUser(sessionId) {
      const [session, user] = await adapter.getSessionAndUser(storedSessionId(sessionId));
      return [session ? { ...session, id: sessionId } : null, user];
    },
    /** The sessions' ids here are the stored hashes: they cannot be turned back into cookies. */
    getUserSessions: (userId) => adapter.getUserSessions(userId),
    setSession: (session: DatabaseSession) => adapter.setSession({ ...session, id: storedSessionId(session.id) }),
    updateSessionExpiration: (sessionId, expiresAt) =>
      adapter.updateSessionExpiration(storedSessionId(sessionId), expiresAt),
    deleteSession: (sessionId) => adapter.deleteSession(storedSessionId(sessionId)),
    deleteUserSessions: (userId) => adapter.deleteUserSessions(userId),
    deleteExpiredSessions: () => adapter.deleteExpiredSessions(),
  };
}

function createLucia(db: Database) {
  return new Lucia(hashingSessionIds(new DrizzlePostgreSQLAdapter(db, sessions, users)), {
    // Idle sessions end after two weeks; Lucia extends a session when it is used in its second half.
    sessionExpiresIn: new TimeSpan(14, "d"),
    sessionCookie: {
      name: SESSION_COOKIE_NAME,
      // `secure` is decided per request (HTTPS or not) where the cookie is written.
      attributes: { sameSite: "lax", secure: false },
    },
    getUserAttributes: (attributes) => ({
      email: attributes.email,
      displayName: attributes.displayName,
      role: attributes.role,
      disabledAt: attributes.disabledAt,
    }),
  });
}

export type AppLucia = ReturnType<typeof createLucia>;

const instances = new WeakMap<Database, AppLucia>();

export function luciaFor(db: Database): AppLucia {
  let lucia = instances.get(db);
  if (!lucia) {
    lucia = createLucia(db);
    instances.set(db, lucia);
  }
  return lucia;
}

declare module "lucia" {
  interface Register {
    Lucia: AppLucia;
    // The adapter hands over the users row under Drizzle's field names.
    DatabaseUserAttributes: { email: string; displayName: string; role: Role; disabledAt: Date | null };
  }
}
