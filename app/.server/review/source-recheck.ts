import { and, asc, eq, isNotNull, isNull, type SQL } from "drizzle-orm";
import { notFound } from "~/domain/errors";
import type { RecheckStatus } from "~/domain/sources";
import { recordClaimEvents } from "../claims/claim-events";
import type { Database } from "../db/database-types";
import { claims, sources } from "../db/schema/all-tables";
import { refreshQuoteCheck } from "./quote-check";
import { readSource, type SourceFetchOptions, type SourceReading, storeCapture } from "./source-capture";

/** A re-check's outcome, or, for a source never captured, whether capturing it now worked. */
export type SourceCheckStatus = RecheckStatus | "captured" | "not_captured";

export type SourceCheck = { id: number; claimId: number; url: string; status: SourceCheckStatus; note: string | null };

export type RecheckOptions = {
  /** Only this claim's sources. */
  claimId?: number;
  /** Only claims with a published verdict; by default true for every claim, false for one claim. */
  publishedOnly?: boolean;
  /** Who asked (an editor's button); null for Claimdesk itself (the CLI). */
  actorId?: string | null;
  fetch?: SourceFetchOptions;
};

type SourceToCheck = Pick<
  typeof sources.$inferSelect,
  | "id"
  | "claimId"
  | "url"
  | "title"
  | "captureStatus"
  | "capturedAt"
  | "capturedSha256"
  | "capturedText"
  | "transcriptTimes"
  | "quoteCheck"
  | "recheckStatus"
>;

const FLAGGED: ReadonlySet<SourceCheckStatus> = new Set(["changed", "gone"]);

/**
 * Fetches sources again and compares each page's readable text with the copy captured when the
 * source was added, so a verdict never silently rests on a page that changed or is gone. A claim
 * gets a "sources_rechecked" event when one of its sources is newly found changed or gone. A quote
 * claim's words are checked again against each source's capture. Transcripts are skipped: their text
 * was given, not fetched, so there is nothing to compare it with. The
 * claim's version is not bumped: nothing anyone typed changed, so nobody's open form goes stale.
 */
export async function recheckSources(db: Database, options: RecheckOptions = {}): Promise<SourceCheck[]> {
  const toCheck = await sourcesToCheck(db, options);
  const report: SourceCheck[] = [];
  for (const [claimId, claimSources] of groupByClaim(toCheck)) {
    report.push(...(await recheckClaimSources(db, claimId, claimSources, options)));
  }
  return report;
}

async function sourcesToCheck(db: Database, options: RecheckOptions): Promise<SourceToCheck[]> {
  const { claimId } = options;
  const conditions: SQL[] = [isNull(sources.transcriptFormat)];
  if (claimId !== undefined) {
    const [claim] = await db.select({ id: claims.id }).from(claims).where(eq(claims.id, claimId));
    if (!claim) throw notFound("That claim");
    conditions.push(eq(sources.claimId, claimId));
  }
  if (options.publishedOnly ?? claimId === undefined) conditions.push(isNotNull(claims.publishedVerdictId));
  return db
    .select({
      id: sources.id,
      claimId: sources.claimId,
      url: sources.url,
      title: sources.title,
      captureStatus: sources.captureStatus,
      capturedAt: sources.capturedAt,
      capturedSha256: sources.capturedSha256,
      capturedText: sources.capturedText,
      transcriptTimes: sources.transcriptTimes,
      quoteCheck: sources.quoteCheck,
      recheckStatus: sources.recheckStatus,
    })
    .from(sources)
    .innerJoin(claims, eq(claims.id, sources.claimId))
    .where(and(...conditions))
    .orderBy(asc(sources.claimId), asc(sources.id));
}

function groupByClaim(rows: SourceToCheck[]): Map<number, SourceToCheck[]> {
  const groups = new Map<number, SourceToCheck[]>();
  for (const row of rows) groups.set(row.claimId, [...(groups.get(row.claimId) ?? []), row]);
  return groups;
}

/** The pages are fetched first, outside the transaction, so a slow site never holds the claim's rows. */
async function recheckClaimSources(
  db: Database,
  claimId: number,
  claimSources: SourceToCheck[],
  options: RecheckOptions,
): Promise<SourceCheck[]> {
  const readings = await Promise.all(claimSources.map((source) => readSource(source.url, options.fetch)));
  const at = new Date();
  return db.transaction(async (tx) => {
    const checks: SourceCheck[] = [];
    let newlyFlagged = false;
    for (const [index, source] of claimSources.entries()) {
      const reading = readings[index] as SourceReading;
      const outcome =
        source.captureStatus === "captured"
          ? await storeRecheck(tx, source, reading, at)
          : await captureNow(tx, source, reading, at);
      if (!outcome) continue;
      // A new capture was checked as it was stored; a kept one is checked again here.
      if (source.captureStatus === "captured") {
        await refreshQuoteCheck(tx, claimId, source, options.actorId ?? null);
      }
      checks.push({ id: source.id, claimId, url: source.url, ...outcome });
      if (FLAGGED.has(outcome.status) && outcome.status !== source.recheckStatus) newlyFlagged = true;
    }
    if (newlyFlagged) {
      const idsWith = (status: SourceCheckStatus) =>
        checks.filter((check) => check.status === status).map(({ id }) => id);
      const changed = idsWith("changed");
      const gone = idsWith("gone");
      await recordClaimEvents(tx, [
        {
          claimId,
          actorId: options.actorId ?? null,
          action: "sources_rechecked",
          note: flaggedSummary(changed.length, gone.length),
          details: { changed, gone },
        },
      ]);
    }
    return checks;
  });
}

type Outcome = { status: SourceCheckStatus; note: string | null };

/** Null when the source was removed or its address edited meanwhile: the reading is of another page. */
async function storeRecheck(
  tx: Database,
  source: SourceToCheck,
  reading: SourceReading,
  at: Date,
): Promise<Outcome | null> {
  const outcome = compareWithCapture(source, reading);
  const updated = await tx
    .update(sources)
    .set({ recheckStatus: outcome.status, recheckNote: outcome.note, recheckedAt: at })
    .where(and(eq(sources.id, source.id), eq(sources.url, source.url)))
    .returning({ id: sources.id });
  return updated.length > 0 ? outcome : null;
}

async function captureNow(
  tx: Database,
  source: SourceToCheck,
  reading: SourceReading,
  at: Date,
): Promise<Outcome | null> {
  if (!(await storeCapture(tx, source, reading, at))) return null;
  return reading.ok
    ? { status: "captured", note: "Captured now: it had not been captured before." }
    : { status: "not_captured", note: reading.message };
}

function compareWithCapture(source: SourceToCheck, reading: SourceReading): Outcome & { status: RecheckStatus } {
  const capturedOn = source.capturedAt ? ` captured on ${source.capturedAt.toISOString().slice(0, 10)}` : "";
  // A page that now answers with something unreadable has changed; one that does not answer is gone.
  if (!reading.ok) return { status: reading.answered ? "changed" : "gone", note: reading.message };
  const moved = reading.url === source.url ? "" : ` It now redirects to ${reading.url}.`;
  if (reading.sha256 === source.capturedSha256) {
    return { status: "unchanged", note: `Same text as the copy${capturedOn}.${moved}` };
  }
  return { status: "changed", note: `The text is no longer the same as the copy${capturedOn}.${moved}` };
}

function flaggedSummary(changed: number, gone: number): string {
  const counts = [changed > 0 ? `${changed} changed` : "", gone > 0 ? `${gone} gone` : ""].filter(Boolean);
  return `Sources re-checked: ${counts.join(", ")} since captured.`;
}
