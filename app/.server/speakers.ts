import { and, eq, inArray, isNull, or, sql } from "drizzle-orm";
import { forbidden, invalid, notFound } from "~/domain/errors";
import { hasRole, type Role } from "~/domain/roles";
import { speakerKey } from "~/domain/speaker-key";
import { recordClaimEvents } from "./claim-events";
import { claims, speakers } from "./db/schema";
import type { Database } from "./db/types";
import { withdrawApprovals } from "./review/approval";

export type Speaker = typeof speakers.$inferSelect;

export async function findByKey(tx: Database, key: string) {
  const [found] = await tx
    .select()
    .from(speakers)
    .where(
      and(
        isNull(speakers.mergedIntoId),
        or(eq(speakers.nameKey, key), sql`${speakers.aliasKeys} @> ${JSON.stringify([key])}::jsonb`),
      ),
    )
    .limit(1);
  return found;
}

/** The speaker record for a name, created on first sight. Returns null for a name with no letters. */
export async function speakerForName(tx: Database, name: string, title: string | null = null): Promise<Speaker | null> {
  const key = speakerKey(name);
  if (!key) return null;
  const existing = await findByKey(tx, key);
  if (existing) return existing;
  // Two imports meeting the same new name at once: the unique key keeps one, the other reads it.
  const [created] = await tx
    .insert(speakers)
    .values({ displayName: name.trim(), nameKey: key, title })
    .onConflictDoNothing()
    .returning();
  return created ?? (await findByKey(tx, key)) ?? null;
}

/** Speaker records for many names at once (one lookup per distinct name). */
export async function speakersForNames(tx: Database, names: { name: string; title: string | null }[]) {
  const byName = new Map<string, Speaker | null>();
  for (const { name, title } of names) {
    if (!byName.has(name)) byName.set(name, await speakerForName(tx, name, title));
  }
  return byName;
}

/** Merges one speaker into another (an editor's action): every claim moves over, the merged
 *  name becomes an alias, and the old record points to the one it joined. Approved claims among them
 *  go back to review, since their speaker is no longer the one approved; published claims keep their
 *  published record on the ledger until a correction is published. */
export async function mergeSpeakers(
  db: Database,
  actor: { id: string; role: Role },
  fromId: number,
  intoId: number,
): Promise<Speaker> {
  if (!hasRole(actor.role, "editor")) throw forbidden("Only an editor can merge speakers.");
  if (fromId === intoId) throw invalid("Choose two different speakers to merge.");
  const actorId = actor.id;
  return db.transaction(async (tx) => {
    const rows = await tx
      .select()
      .from(speakers)
      .where(inArray(speakers.id, [fromId, intoId]))
      .for("update");
    const from = rows.find((row) => row.id === fromId);
    const into = rows.find((row) => row.id === intoId);
    if (!from || !into) throw notFound("That speaker");
    if (from.mergedIntoId || into.mergedIntoId) throw forbidden("That speaker was already merged into another one.");
    const moved = await tx
      .update(claims)
      .set({ speakerId: intoId, version: sql`${claims.version} + 1`, updatedAt: new Date() })
      .where(eq(claims.speakerId, fromId))
      .returning({ id: claims.id, state: claims.state });
    const note = `${from.displayName} merged into ${into.displayName}`;
    await recordClaimEvents(
      tx,
      moved.map(({ id }) => ({
        claimId: id,
        actorId,
        action: "speaker_merged",
        note,
        details: { fromSpeakerId: fromId, intoSpeakerId: intoId },
      })),
    );
    await withdrawApprovals(
      tx,
      actorId,
      moved.filter(({ state }) => state === "approved").map(({ id }) => ({ claimId: id, changed: ["speaker"] })),
      { note, details: { cause: "speaker_merged", fromSpeakerId: fromId, intoSpeakerId: intoId } },
    );
    const aliasKeys = [...new Set([...into.aliasKeys, from.nameKey, ...from.aliasKeys])];
    await tx.update(speakers).set({ mergedIntoId: intoId, aliasKeys: [] }).where(eq(speakers.id, fromId));
    const [merged] = await tx.update(speakers).set({ aliasKeys }).where(eq(speakers.id, intoId)).returning();
    if (!merged) throw notFound("That speaker");
    return merged;
  });
}

/** Speakers that stand on their own (not merged away), with how many claims each has. */
export function listSpeakers(db: Database) {
  return db
    .select({
      id: speakers.id,
      displayName: speakers.displayName,
      title: speakers.title,
      claimCount: sql<number>`count(${claims.id})::int`,
    })
    .from(speakers)
    .leftJoin(claims, eq(claims.speakerId, speakers.id))
    .where(isNull(speakers.mergedIntoId))
    .groupBy(speakers.id)
    .orderBy(sql`count(${claims.id}) desc`, speakers.displayName);
}
