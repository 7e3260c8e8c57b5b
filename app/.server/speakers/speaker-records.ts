import { and, asc, eq, ilike, inArray, isNull, ne, or, sql } from "drizzle-orm";
import { conflict, forbidden, invalid, notFound } from "~/domain/errors";
import { formatCount } from "~/domain/format";
import { hasRole, type Role } from "~/domain/roles";
import { speakerKey } from "~/domain/speaker-key";
import { recordAudit } from "../audit";
import { recordClaimEvents } from "../claims/claim-events";
import { containsPattern } from "../db/contains-pattern";
import type { Database } from "../db/database-types";
import { claims, ledgerClaims, speakers } from "../db/schema/all-tables";
import { withdrawApprovals } from "../review/approval";

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

const claimCount = sql<number>`(select count(*)::int from ${claims} where ${claims.speakerId} = ${speakers.id})`;

/** Speakers that stand on their own (not merged away), with how many claims each has, by name a page
 *  at a time (keyset: the speaker after which the page starts), narrowed by a search of their name. */
export async function listSpeakers(
  db: Database,
  options: { limit: number; afterId?: number | undefined; search?: string | undefined },
) {
  const { limit, afterId, search } = options;
  const after = afterId
    ? sql`(${speakers.displayName}, ${speakers.id}) > (select s.display_name, s.id from ${speakers} s where s.id = ${afterId})`
    : undefined;
  const rows = await db
    .select({ id: speakers.id, displayName: speakers.displayName, title: speakers.title, claimCount })
    .from(speakers)
    .where(
      and(
        isNull(speakers.mergedIntoId),
        after,
        search ? ilike(speakers.displayName, containsPattern(search)) : undefined,
      ),
    )
    .orderBy(asc(speakers.displayName), asc(speakers.id))
    .limit(limit + 1);
  const page = rows.slice(0, limit);
  const last = page.at(-1);
  return { speakers: page, nextAfterId: rows.length > limit && last ? last.id : null };
}

type Actor = { id: string; role: Role };

async function lockedSpeaker(tx: Database, id: number): Promise<Speaker> {
  const [speaker] = await tx.select().from(speakers).where(eq(speakers.id, id)).for("update");
  if (!speaker) throw notFound("That speaker");
  if (speaker.mergedIntoId) throw conflict("That speaker was merged into another one. Reload the page.");
  return speaker;
}

const claimsWord = (count: number) => `${formatCount(count)} ${count === 1 ? "claim" : "claims"}`;

/** Corrects a speaker's name (an editor's action): every claim under it shows the new name. A name
 *  that is already another speaker's is refused with the advice to merge the two. */
export async function renameSpeaker(db: Database, actor: Actor, id: number, newName: string): Promise<Speaker> {
  if (!hasRole(actor.role, "editor")) throw forbidden("Only an editor can rename speakers.");
  const displayName = newName.trim();
  const nameKey = speakerKey(displayName);
  if (!nameKey)
    throw invalid("Give the speaker a name with letters in it.", { name: "Give a name with letters in it." });
  return db.transaction(async (tx) => {
    const speaker = await lockedSpeaker(tx, id);
    const [taken] = await tx
      .select({ id: speakers.id, displayName: speakers.displayName, claimCount })
      .from(speakers)
      .where(
        and(
          ne(speakers.id, id),
          isNull(speakers.mergedIntoId),
          or(eq(speakers.nameKey, nameKey), sql`${speakers.aliasKeys} @> ${JSON.stringify([nameKey])}::jsonb`),
        ),
      )
      .limit(1);
    if (taken) {
      const message = `“${taken.displayName}” is already a speaker (${claimsWord(taken.claimCount)}). If they are the same person, merge the two instead.`;
      throw conflict(message, { name: message });
    }
    const [renamed] = await tx
      .update(speakers)
      .set({ displayName, nameKey, aliasKeys: speaker.aliasKeys.filter((key) => key !== nameKey) })
      .where(eq(speakers.id, id))
      .returning();
    if (!renamed) throw notFound("That speaker");
    await recordAudit(tx, {
      actorId: actor.id,
      action: "speaker.renamed",
      subjectType: "speaker",
      subjectId: id,
      details: { from: speaker.displayName, to: displayName },
    });
    return renamed;
  });
}

/** Removes a speaker no claim names (an editor's action), such as a name extraction made up. A
 *  speaker with claims, or on the ledger, stays: the refusal says how many claims and what to do. */
export async function removeSpeaker(db: Database, actor: Actor, id: number): Promise<Speaker> {
  if (!hasRole(actor.role, "editor")) throw forbidden("Only an editor can remove speakers.");
  return db.transaction(async (tx) => {
    const speaker = await lockedSpeaker(tx, id);
    // Names merged into this speaker earlier (and into those) go with it: only pointers to it remain.
    const ids = [id];
    let pointing = [id];
    while (pointing.length > 0) {
      const rows = await tx.select({ id: speakers.id }).from(speakers).where(inArray(speakers.mergedIntoId, pointing));
      pointing = rows.map((row) => row.id);
      ids.push(...pointing);
    }
    const claimTotal = await tx.$count(claims, inArray(claims.speakerId, ids));
    if (claimTotal > 0) {
      throw conflict(
        `${speaker.displayName} has ${claimsWord(claimTotal)}, so cannot be removed. Give those claims another speaker, or merge ${speaker.displayName} into the right one.`,
      );
    }
    const published = await tx.$count(ledgerClaims, inArray(ledgerClaims.speakerId, ids));
    if (published > 0) {
      throw conflict(
        `${speaker.displayName} is named in ${claimsWord(published)} on the ledger, so cannot be removed.`,
      );
    }
    // One statement, so the pointers among them are checked once all are gone.
    await tx.delete(speakers).where(inArray(speakers.id, ids));
    await recordAudit(tx, {
      actorId: actor.id,
      action: "speaker.removed",
      subjectType: "speaker",
      subjectId: id,
      details: { name: speaker.displayName },
    });
    return speaker;
  });
}
