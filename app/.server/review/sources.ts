import { and, asc, eq } from "drizzle-orm";
import type { WorkflowActor } from "~/domain/claim-workflow";
import { notFound } from "~/domain/errors";
import { claimVersion, sourceInputSchema } from "~/domain/schemas/review";
import { parseInput } from "~/domain/validation";
import { recordClaimEvents } from "../claim-events";
import { claims, sources } from "../db/schema";
import type { Database } from "../db/types";
import { bumpClaimVersion, lockForResearch } from "./research";

export type Source = typeof sources.$inferSelect;

function parseSource(input: unknown) {
  const fields = parseInput(sourceInputSchema, input);
  const version = parseInput(claimVersion, (input as { version?: unknown } | null)?.version);
  return { fields, version };
}

/** The version a claim has now, locked for the rest of the transaction. */
async function versionNow(tx: Database, claimId: number): Promise<number> {
  const [claim] = await tx.select({ version: claims.version }).from(claims).where(eq(claims.id, claimId)).for("update");
  if (!claim) throw notFound("That claim");
  return claim.version;
}

/** Attaches a source to a claim. The page it points at is captured afterwards (captureSource), outside
 *  this transaction, so a slow site never holds the claim locked. With `versionOptional` (the API) a
 *  missing version means the claim as it is now: adding evidence overwrites nobody's work, so API
 *  clients opt in to the version check by sending one. */
export async function addSource(
  db: Database,
  actor: WorkflowActor,
  claimId: number,
  input: unknown,
  options: { versionOptional?: boolean } = {},
) {
  const versionLeftOut = options.versionOptional && (input as { version?: unknown } | null)?.version == null;
  const { fields, version } = versionLeftOut
    ? { fields: parseInput(sourceInputSchema, input), version: null }
    : parseSource(input);
  return db.transaction(async (tx) => {
    const claim = await lockForResearch(tx, claimId, version ?? (await versionNow(tx, claimId)));
    const [source] = await tx
      .insert(sources)
      .values({ ...fields, claimId, addedById: actor.id })
      .returning();
    if (!source) throw new Error("Insert returned no source");
    const newVersion = await bumpClaimVersion(tx, claim);
    await recordClaimEvents(tx, [
      { claimId, actorId: actor.id, action: "source_added", details: { sourceId: source.id, url: source.url } },
    ]);
    return { source, claim: { id: claimId, state: claim.state, version: newVersion } };
  });
}

async function claimSource(tx: Database, claimId: number, sourceId: number): Promise<Source> {
  const [source] = await tx
    .select()
    .from(sources)
    .where(and(eq(sources.id, sourceId), eq(sources.claimId, claimId)));
  if (!source) throw notFound("That source");
  return source;
}

/** Edits a source; a changed address is captured again. Returns whether the address changed. */
export async function updateSource(
  db: Database,
  actor: WorkflowActor,
  claimId: number,
  sourceId: number,
  input: unknown,
) {
  const { fields, version } = parseSource(input);
  return db.transaction(async (tx) => {
    const claim = await lockForResearch(tx, claimId, version);
    const before = await claimSource(tx, claimId, sourceId);
    const urlChanged = before.url !== fields.url;
    await tx
      .update(sources)
      .set({
        ...fields,
        updatedAt: new Date(),
        ...(urlChanged ? { captureStatus: "pending" as const, captureError: null, recheckStatus: null } : {}),
      })
      .where(eq(sources.id, sourceId));
    const newVersion = await bumpClaimVersion(tx, claim);
    await recordClaimEvents(tx, [
      { claimId, actorId: actor.id, action: "source_edited", details: { sourceId, url: fields.url } },
    ]);
    return { urlChanged, claim: { id: claimId, state: claim.state, version: newVersion } };
  });
}

export async function removeSource(
  db: Database,
  actor: WorkflowActor,
  claimId: number,
  sourceId: number,
  input: unknown,
) {
  const version = parseInput(claimVersion, (input as { version?: unknown } | null)?.version);
  return db.transaction(async (tx) => {
    const claim = await lockForResearch(tx, claimId, version);
    const source = await claimSource(tx, claimId, sourceId);
    await tx.delete(sources).where(eq(sources.id, sourceId));
    const newVersion = await bumpClaimVersion(tx, claim);
    await recordClaimEvents(tx, [
      {
        claimId,
        actorId: actor.id,
        action: "source_removed",
        details: { sourceId, url: source.url, title: source.title },
      },
    ]);
    return { claim: { id: claimId, state: claim.state, version: newVersion } };
  });
}

export function listSources(db: Database, claimId: number): Promise<Source[]> {
  return db.select().from(sources).where(eq(sources.claimId, claimId)).orderBy(asc(sources.id));
}
