import { and, asc, eq, isNull, ne, sql } from "drizzle-orm";
import { AppError, conflict, forbidden, notFound } from "~/domain/errors";
import type { Role } from "~/domain/roles";
import type { NewUser } from "~/domain/schemas/user";
import { recordAudit } from "../audit";
import { revokeAllApiTokens } from "../auth/api-tokens";
import { clearSignInLimitsOf } from "../auth/login-throttle";
import { hashPassword, spendPasswordCheck, verifyPassword } from "../auth/passwords";
import type { Database } from "../db/database-types";
import { sessions, users } from "../db/schema/all-tables";
import { isUniqueViolation } from "../db/sql-errors";

export interface UserSummary {
  id: string;
  email: string;
  displayName: string;
  role: Role;
  createdAt: Date;
  disabledAt: Date | null;
}

const summaryColumns = {
  id: users.id,
  email: users.email,
  displayName: users.displayName,
  role: users.role,
  createdAt: users.createdAt,
  disabledAt: users.disabledAt,
};

const byEmail = (email: string) => eq(sql`lower(${users.email})`, email.trim().toLowerCase());

export async function findUserByEmail(db: Database, email: string): Promise<UserSummary | null> {
  const [user] = await db.select(summaryColumns).from(users).where(byEmail(email));
  return user ?? null;
}

export function listUsers(db: Database): Promise<UserSummary[]> {
  return db.select(summaryColumns).from(users).orderBy(asc(users.disabledAt), asc(users.displayName));
}

export async function getUser(db: Database, id: string): Promise<UserSummary> {
  const [user] = await db.select(summaryColumns).from(users).where(eq(users.id, id));
  if (!user) throw notFound("That user");
  return user;
}

/** Creates a user; actorId is null when the CLI or the demo seed creates one. */
export async function createUser(db: Database, actorId: string | null, valid: NewUser): Promise<UserSummary> {
  const passwordHash = await hashPassword(valid.password);
  const emailTaken = () =>
    conflict(`A user with the email ${valid.email} already exists.`, { email: "This email is already in use." });
  const created = db.transaction(async (tx) => {
    if (await findUserByEmail(tx, valid.email)) throw emailTaken();
    const [user] = await tx
      .insert(users)
      .values({
        id: crypto.randomUUID(),
        email: valid.email,
        displayName: valid.displayName,
        role: valid.role,
        passwordHash,
      })
      .returning(summaryColumns);
    if (!user) throw new Error("Insert returned no user");
    await recordAudit(tx, {
      actorId,
      action: "user.created",
      subjectType: "user",
      subjectId: user.id,
      details: { role: user.role },
    });
    return user;
  });
  // The same email added twice at once: the second insert meets the first's unique row.
  return created.catch((error: unknown) => {
    throw isUniqueViolation(error) ? emailTaken() : error;
  });
}

/** The user behind an email and password, or null — the same null whether the email is unknown,
 *  the password wrong or the account disabled, so a login form reveals nothing. */
export async function authenticate(db: Database, email: string, password: string): Promise<UserSummary | null> {
  const [row] = await db
    .select({ ...summaryColumns, passwordHash: users.passwordHash })
    .from(users)
    .where(byEmail(email));
  if (!row) {
    await spendPasswordCheck(password);
    return null;
  }
  const { passwordHash, ...user } = row;
  const passwordMatches = await verifyPassword(passwordHash, password);
  return passwordMatches && !user.disabledAt ? user : null;
}

async function activeAdminsOtherThan(tx: Database, userId: string): Promise<number> {
  const [row] = await tx
    .select({ count: sql<number>`count(*)::int` })
    .from(users)
    .where(and(eq(users.role, "admin"), isNull(users.disabledAt), ne(users.id, userId)));
  return row?.count ?? 0;
}

async function lockUser(tx: Database, userId: string): Promise<UserSummary> {
  const [user] = await tx.select(summaryColumns).from(users).where(eq(users.id, userId)).for("update");
  if (!user) throw notFound("That user");
  return user;
}

export async function changeRole(db: Database, actorId: string, userId: string, newRole: Role): Promise<UserSummary> {
  return db.transaction(async (tx) => {
    const user = await lockUser(tx, userId);
    if (user.role === newRole) return user;
    if (user.role === "admin" && (await activeAdminsOtherThan(tx, userId)) === 0) {
      throw forbidden("This is the last administrator: make someone else an administrator first.");
    }
    await tx.update(users).set({ role: newRole }).where(eq(users.id, userId));
    await recordAudit(tx, {
      actorId,
      action: "user.role_changed",
      subjectType: "user",
      subjectId: userId,
      details: { from: user.role, to: newRole },
    });
    return { ...user, role: newRole };
  });
}

/** Sets a new password (as passwordSchema accepted it), signs the user out everywhere, revokes their API
 *  tokens (whoever knew the old password may have made one) and clears the sign-in limits on their email. */
export async function resetPassword(db: Database, actorId: string, userId: string, password: string): Promise<void> {
  const passwordHash = await hashPassword(password);
  await db.transaction(async (tx) => {
    const user = await lockUser(tx, userId);
    await tx.update(users).set({ passwordHash }).where(eq(users.id, userId));
    await tx.delete(sessions).where(eq(sessions.userId, userId));
    const revokedTokens = await revokeAllApiTokens(tx, actorId, userId, "password_reset");
    const clearedSignInLimits = await clearSignInLimitsOf(tx, user.email);
    await recordAudit(tx, {
      actorId,
      action: "user.password_reset",
      subjectType: "user",
      subjectId: userId,
      details: { revokedTokens, clearedSignInLimits },
    });
  });
}

/** Disabling keeps the account (its work stays attributed) but ends its sessions, revokes its API tokens
 *  and refuses sign-in. Enabling it again lets the person sign in; the revoked tokens stay revoked. */
export async function setDisabled(
  db: Database,
  actorId: string,
  userId: string,
  disabled: boolean,
): Promise<UserSummary> {
  if (disabled && actorId === userId) throw new AppError(403, "forbidden", "You cannot disable your own account.");
  return db.transaction(async (tx) => {
    const user = await lockUser(tx, userId);
    if (Boolean(user.disabledAt) === disabled) return user;
    if (disabled && user.role === "admin" && (await activeAdminsOtherThan(tx, userId)) === 0) {
      throw forbidden("This is the last administrator: make someone else an administrator first.");
    }
    const disabledAt = disabled ? new Date() : null;
    await tx.update(users).set({ disabledAt }).where(eq(users.id, userId));
    if (disabled) {
      await tx.delete(sessions).where(eq(sessions.userId, userId));
      const revokedTokens = await revokeAllApiTokens(tx, actorId, userId, "account_disabled");
      await recordAudit(tx, {
        actorId,
        action: "user.disabled",
        subjectType: "user",
        subjectId: userId,
        details: { revokedTokens },
      });
    } else {
      await recordAudit(tx, { actorId, action: "user.enabled", subjectType: "user", subjectId: userId });
    }
    return { ...user, disabledAt };
  });
}
