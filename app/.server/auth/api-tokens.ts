import { randomBytes } from "node:crypto";
import { and, desc, eq, isNull, lt, or } from "drizzle-orm";
import { invalid, notFound } from "~/domain/errors";
import type { Role } from "~/domain/roles";
import { recordAudit } from "../audit";
import type { Database } from "../db/database-types";
import { apiTokens, users } from "../db/schema/all-tables";
import { sha256Hex } from "../sha256";

// Bearer tokens for newsroom systems (a CMS plugin, a script). The token is shown once, when it is
// made; only its SHA-256 is stored, so a copy of the database gives nobody a working token.

const TOKEN_PREFIX = "cd_";
/** lastUsedAt is informative, so a busy script does not write to the database on every call. */
const LAST_USED_RESOLUTION_MS = 60_000;

export type ApiTokenRecord = Pick<
  typeof apiTokens.$inferSelect,
  "id" | "userId" | "name" | "createdAt" | "lastUsedAt" | "revokedAt"
>;

/** The account a valid token acts for. */
export interface TokenUser {
  id: string;
  email: string;
  displayName: string;
  role: Role;
}

const recordColumns = {
  id: apiTokens.id,
  userId: apiTokens.userId,
  name: apiTokens.name,
  createdAt: apiTokens.createdAt,
  lastUsedAt: apiTokens.lastUsedAt,
  revokedAt: apiTokens.revokedAt,
};

export function hashApiToken(token: string): string {
  return sha256Hex(token);
}

/** Makes a token for a user, named as apiTokenInputSchema accepted it; the returned token is the only
 *  copy there will ever be. actorId is null
 *  when the command line makes it. */
export async function createApiToken(
  db: Database,
  actorId: string | null,
  userId: string,
  name: string,
): Promise<{ token: string; record: ApiTokenRecord }> {
  const token = TOKEN_PREFIX + randomBytes(32).toString("base64url");
  return db.transaction(async (tx) => {
    const [user] = await tx.select({ disabledAt: users.disabledAt }).from(users).where(eq(users.id, userId));
    if (!user) throw notFound("That user");
    if (user.disabledAt) throw invalid("This account is disabled: enable it before giving it an API token.");
    const [record] = await tx
      .insert(apiTokens)
      .values({
        id: crypto.randomUUID(),
        userId,
        name,
        tokenSha256: hashApiToken(token),
        createdById: actorId,
      })
      .returning(recordColumns);
    if (!record) throw new Error("Insert returned no token");
    await recordAudit(tx, {
      actorId,
      action: "api_token.created",
      subjectType: "user",
      subjectId: userId,
      details: { tokenId: record.id, name: record.name },
    });
    return { token, record };
  });
}

/** Revokes one of a user's tokens; revoking it again changes nothing. */
export async function revokeApiToken(
  db: Database,
  actorId: string,
  userId: string,
  tokenId: string,
): Promise<ApiTokenRecord> {
  return db.transaction(async (tx) => {
    const [token] = await tx
      .select(recordColumns)
      .from(apiTokens)
      .where(and(eq(apiTokens.id, tokenId), eq(apiTokens.userId, userId)))
      .for("update");
    if (!token) throw notFound("That API token");
    if (token.revokedAt) return token;
    const revokedAt = new Date();
    await tx.update(apiTokens).set({ revokedAt }).where(eq(apiTokens.id, tokenId));
    await recordAudit(tx, {
      actorId,
      action: "api_token.revoked",
      subjectType: "user",
      subjectId: userId,
      details: { tokenId, name: token.name },
    });
    return { ...token, revokedAt };
  });
}

/** A user's tokens, newest first, revoked ones included (they say when they stopped working). */
export function listApiTokens(db: Database, userId: string): Promise<ApiTokenRecord[]> {
  return db
    .select(recordColumns)
    .from(apiTokens)
    .where(eq(apiTokens.userId, userId))
    .orderBy(desc(apiTokens.createdAt), desc(apiTokens.id));
}

/** Revokes every working token of a user whose password was reset or whose account was disabled,
 *  inside the caller's transaction, recording each; enabling the account later does not revive them. */
export async function revokeAllApiTokens(
  tx: Database,
  actorId: string,
  userId: string,
  reason: "password_reset" | "account_disabled",
): Promise<number> {
  const revoked = await tx
    .update(apiTokens)
    .set({ revokedAt: new Date() })
    .where(and(eq(apiTokens.userId, userId), isNull(apiTokens.revokedAt)))
    .returning({ id: apiTokens.id, name: apiTokens.name });
  for (const token of revoked) {
    await recordAudit(tx, {
      actorId,
      action: "api_token.revoked",
      subjectType: "user",
      subjectId: userId,
      details: { tokenId: token.id, name: token.name, reason },
    });
  }
  return revoked.length;
}

/** The token (its id, for its request limit) and the user it acts for, or null when the token is
 *  unknown, revoked or its account disabled. */
export async function userForToken(db: Database, token: string): Promise<{ tokenId: string; user: TokenUser } | null> {
  const [found] = await db
    .select({
      tokenId: apiTokens.id,
      lastUsedAt: apiTokens.lastUsedAt,
      id: users.id,
      email: users.email,
      displayName: users.displayName,
      role: users.role,
    })
    .from(apiTokens)
    .innerJoin(users, eq(users.id, apiTokens.userId))
    .where(and(eq(apiTokens.tokenSha256, hashApiToken(token)), isNull(apiTokens.revokedAt), isNull(users.disabledAt)));
  if (!found) return null;
  const { tokenId, lastUsedAt, ...user } = found;
  const now = new Date();
  const staleBefore = new Date(now.getTime() - LAST_USED_RESOLUTION_MS);
  if (!lastUsedAt || lastUsedAt < staleBefore) {
    // Conditional, so concurrent calls with one token write it once.
    await db
      .update(apiTokens)
      .set({ lastUsedAt: now })
      .where(and(eq(apiTokens.id, tokenId), or(isNull(apiTokens.lastUsedAt), lt(apiTokens.lastUsedAt, staleBefore))));
  }
  return { tokenId, user };
}
