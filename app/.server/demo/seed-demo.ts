import { and, inArray, isNull, sql } from "drizzle-orm";
import type { Role } from "~/domain/roles";
import { createArticle } from "../articles/articles";
import type { Database } from "../db/database-types";
import { users } from "../db/schema/all-tables";
import { createUser, findUserByEmail } from "../users/user-accounts";
import { SAMPLE_ARTICLES } from "./sample-articles";
import { type DemoTeam, seedReviewDemo } from "./seed-review-demo";

export const DEMO_PASSWORD = "claimdesk-demo";

export const DEMO_USERS: { email: string; displayName: string; role: Role }[] = [
  { email: "checker@example.com", displayName: "Casey Checker", role: "checker" },
  { email: "editor@example.com", displayName: "Eden Editor", role: "editor" },
  { email: "admin@example.com", displayName: "Ada Admin", role: "admin" },
];

/** Adds the demo users and sample articles; skips any that already exist, so it can run twice. */
export async function seedDemo(db: Database): Promise<void> {
  for (const demoUser of DEMO_USERS) {
    if (!(await findUserByEmail(db, demoUser.email))) {
      await createUser(db, null, { ...demoUser, password: DEMO_PASSWORD });
    }
  }
  const author = await findUserByEmail(db, "checker@example.com");
  const added: number[] = [];
  for (const article of SAMPLE_ARTICLES) {
    await createArticle(db, author?.id ?? null, article).then(
      (created) => added.push(created.id),
      (error: unknown) => {
        if ((error as { status?: number }).status !== 409) throw error;
      },
    );
  }
  // Only articles added just now get the workflow examples, so seeding twice changes nothing.
  if (added.length === SAMPLE_ARTICLES.length) await seedReviewDemo(db, await demoTeam(db), added);
}

async function demoTeam(db: Database): Promise<DemoTeam> {
  const member = async (email: string) => {
    const user = await findUserByEmail(db, email);
    if (!user) throw new Error(`Demo user ${email} is missing`);
    return { id: user.id, role: user.role };
  };
  return {
    checker: await member("checker@example.com"),
    editor: await member("editor@example.com"),
    admin: await member("admin@example.com"),
  };
}

/** The embedded database starts as a demo: when nobody has an account yet, seed one. */
export async function seedDemoIfEmpty(db: Database): Promise<void> {
  const [row] = await db.select({ count: sql<number>`count(*)::int` }).from(users);
  if ((row?.count ?? 0) === 0) await seedDemo(db);
}

/** The demo accounts that can still sign in: shown on the login page, which makes it a demo. */
export async function activeDemoLogins(db: Database): Promise<{ email: string; role: Role }[]> {
  return db
    .select({ email: users.email, role: users.role })
    .from(users)
    .where(
      and(
        inArray(
          users.email,
          DEMO_USERS.map((user) => user.email),
        ),
        isNull(users.disabledAt),
      ),
    )
    .orderBy(users.createdAt);
}
