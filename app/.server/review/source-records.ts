import { and, asc, eq } from "drizzle-orm";
import type { WorkflowActor } from "~/domain/claim-workflow";
import { notFound } from "~/domain/errors";
import type { ParsedTranscript } from "~/domain/quote-fidelity/captions";
import type { SourceInput, VersionedSourceInput } from "~/domain/schemas/review";
import type { TranscriptFormat } from "~/domain/sources";
import { recordClaimEvents } from "../claims/claim-events";
import type { Database } from "../db/database-types";
import { claims, sources } from "../db/schema/all-tables";
import { sha256Hex } from "../sha256";
import { claimToCheck, findingDetails, quoteCheckOf, refreshQuoteCheck } from "./quote-check";
import { bumpClaimVersion, lockForResearch } from "./research";

export type Source = typeof sources.$inferSelect;

/** A transcript as the claim page gave it, read and in the format it came in. */
export type GivenTranscript = ParsedTranscript & { format: TranscriptFormat };

/** The version a claim has now, locked for the rest of the transaction. */
async function versionNow(tx: Database, claimId: number): Promise<number> {
  const [claim] = await tx.select({ version: claims.version }).from(claims).where(eq(claims.id, claimId)).for("update");
  if (!claim) throw notFound("That claim");
  return claim.version;
}

/** Attaches a source to a claim. The page it points at is captured afterwards (captureSource), outside
 *  this transaction, so a slow site never holds the claim locked. A null version (the API may leave it
 *  out) means the claim as it is now: adding evidence overwrites nobody's work, so API clients opt in
 *  to the version check by sending one. */
export async function addSource(
  db: Database,
  actor: WorkflowActor,
  claimId: number,
  { version, ...fields }: VersionedSourceInput,
) {
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

/** Attaches a transcript as a source: its text is the capture, given rather than fetched, so it is
 *  checked against a quote claim's words at once. The address is the recording's or the event's. */
export async function addTranscript(
  db: Database,
  actor: WorkflowActor,
  claimId: number,
  { version, ...fields }: SourceInput & { version: number },
  transcript: GivenTranscript,
) {
  return db.transaction(async (tx) => {
    const claim = await lockForResearch(tx, claimId, version);
    const given = { capturedText: transcript.text, transcriptTimes: transcript.times };
    const quoteCheck = quoteCheckOf(await claimToCheck(tx, claimId), given);
    const [source] = await tx
      .insert(sources)
      .values({
        ...fields,
        ...given,
        claimId,
        addedById: actor.id,
        transcriptFormat: transcript.format,
        captureStatus: "captured",
        capturedAt: new Date(),
        capturedSha256: sha256Hex(transcript.text),
        quoteCheck,
      })
      .returning();
    if (!source) throw new Error("Insert returned no source");
    const newVersion = await bumpClaimVersion(tx, claim);
    await recordClaimEvents(tx, [
      {
        claimId,
        actorId: actor.id,
        action: "source_added",
        details: { sourceId: source.id, url: source.url, transcript: transcript.format, ...findingDetails(quoteCheck) },
      },
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

/** Edits a source and checks the quote against it again. Returns whether its page must be captured
 *  again: a web page's address changed (a transcript's text is its own, whatever the address). */
export async function updateSource(
  db: Database,
  actor: WorkflowActor,
  claimId: number,
  sourceId: number,
  { version, ...fields }: SourceInput & { version: number },
) {
  return db.transaction(async (tx) => {
    const claim = await lockForResearch(tx, claimId, version);
    const before = await claimSource(tx, claimId, sourceId);
    const recapture = before.url !== fields.url && before.transcriptFormat === null;
    await tx
      .update(sources)
      .set({
        ...fields,
        updatedAt: new Date(),
        ...(recapture
          ? { captureStatus: "pending" as const, captureError: null, recheckStatus: null, quoteCheck: null }
          : {}),
      })
      .where(eq(sources.id, sourceId));
    const quoteCheck = recapture
      ? null
      : await refreshQuoteCheck(tx, claimId, { ...before, title: fields.title }, actor.id);
    const newVersion = await bumpClaimVersion(tx, claim);
    await recordClaimEvents(tx, [
      {
        claimId,
        actorId: actor.id,
        action: "source_edited",
        details: { sourceId, url: fields.url, ...findingDetails(quoteCheck) },
      },
    ]);
    return {
      urlChanged: before.url !== fields.url,
      recapture,
      claim: { id: claimId, state: claim.state, version: newVersion },
    };
  });
}

export async function removeSource(
  db: Database,
  actor: WorkflowActor,
  claimId: number,
  sourceId: number,
  version: number,
) {
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
