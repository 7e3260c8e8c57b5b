import { DrizzlePostgreSQLAdapter } from "@lucia-auth/adapter-drizzle";
import { Lucia, TimeSpan } from "lucia";
import type { Role } from "~/domain/roles";
import { sessions, users } from "../db/schema";
import type { Database } from "../db/types";

export const SESSION_COOKIE_NAME = "claimdesk_session";

function createLucia(db: Database) {
  return new Lucia(new DrizzlePostgreSQLAdapter(db, sessions, users), {
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
