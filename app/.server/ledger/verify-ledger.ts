import { and, asc, eq, inArray, isNotNull, sql } from "drizzle-orm";
import type { JsonValue } from "~/domain/ledger/canonical-json";
import {
  type ChainEntry,
  type ChainMismatch,
  type ChainReport,
  ChainWalk,
  entryDocument,
  firstDifference,
  type PublishedRecord,
  publishedRecordOf,
} from "~/domain/ledger/chain-verify";
import { publishedClaimText } from "~/domain/ledger/claim-wording";
import type { PublishedDocument } from "~/domain/ledger/published-document";
import { idFromSlug } from "~/domain/ledger/slug";
import { chainJsonPageSchema, MAX_CHAIN_PAGE_SIZE } from "~/domain/schemas/ledger-outputs";
import type { Database } from "../db/database-types";
import {
  claims,
  ledgerClaims,
  ledgerEntries,
  ledgerSearch,
  ledgerTallies,
  sources,
  verdicts,
} from "../db/schema/all-tables";
import { sourceFieldColumns } from "../review/review-columns";
import { sha256Hex } from "../sha256";
import { chainPage } from "./ledger-export";
import { ledgerClaimRow } from "./publish";

// `claimdesk ledger verify` against the database: the chain must hash up from the first entry, and
// what readers are shown now — each claim's public document, and the published verdict and source
// rows it was made from — must still be what the claim's latest entry recorded, and the tables the
// public lists filter and count on (ledger_claims' keys, ledger_search, ledger_tallies) must agree
// with it. So an edit made straight in SQL, to the chain or to the published data, is found at the
// entry it contradicts.

const VERIFY_PAGE_SIZE = 1000;

const json = (value: unknown) => value as JsonValue;

/** The latest entry's claim ids in this page: entries later superseded were checked when they were. */
async function latestEntriesOf(db: Database, entries: ChainEntry[]): Promise<ChainEntry[]> {
  const claimIds = [...new Set(entries.map((entry) => entry.claimId))];
  if (claimIds.length === 0) return [];
  const latest = await db
    .select({ id: sql<number>`max(${ledgerEntries.id})`.mapWith(Number) })
    .from(ledgerEntries)
    .where(inArray(ledgerEntries.claimId, claimIds))
    .groupBy(ledgerEntries.claimId);
  const latestIds = new Set(latest.map((row) => row.id));
  return entries.filter((entry) => latestIds.has(entry.id));
}

/** The published rows of these claims, shaped like the entries' records. */
async function publishedRows(db: Database, claimIds: number[]) {
  const [claimRows, verdictRows, sourceRows, projectionRows] = await Promise.all([
    db
      .select({
        id: claims.id,
        text: claims.text,
        kind: claims.kind,
        sentence: claims.sentence,
        state: claims.state,
        publishedVerdictId: claims.publishedVerdictId,
      })
      .from(claims)
      .where(inArray(claims.id, claimIds)),
    db
      .select({
        id: verdicts.id,
        claimId: verdicts.claimId,
        number: verdicts.number,
        ratingId: verdicts.ratingId,
        summary: verdicts.summary,
        rationale: verdicts.rationale,
        publishedAt: verdicts.publishedAt,
        correctionNote: verdicts.correctionNote,
      })
      .from(verdicts)
      .where(and(inArray(verdicts.claimId, claimIds), isNotNull(verdicts.publishedAt))),
    db
      .select({
        claimId: sources.claimId,
        ...sourceFieldColumns,
      })
      .from(sources)
      .where(inArray(sources.claimId, claimIds))
      .orderBy(asc(sources.id)),
    db
      .select({
        claimId: ledgerClaims.claimId,
        slug: ledgerClaims.slug,
        ratingId: ledgerClaims.ratingId,
        speakerId: ledgerClaims.speakerId,
        speakerName: ledgerClaims.speakerName,
        kind: ledgerClaims.kind,
        saidOn: ledgerClaims.saidOn,
        outlet: ledgerClaims.outlet,
        publishedAt: ledgerClaims.publishedAt,
        firstPublishedAt: ledgerClaims.firstPublishedAt,
        document: ledgerClaims.document,
        searchClaimId: ledgerSearch.claimId,
        searchPublishedAt: ledgerSearch.publishedAt,
        searchRatingId: ledgerSearch.ratingId,
        searchSpeakerId: ledgerSearch.speakerId,
        searchKind: ledgerSearch.kind,
        searchSaidOn: ledgerSearch.saidOn,
        searchOutlet: ledgerSearch.outlet,
        // Recomputed the way the trigger computes it, so reindexed words are found without reading them.
        searchWordsMatch: sql<boolean>`${ledgerSearch.search} = claimdesk_ledger_search_vector(${ledgerClaims})`,
      })
      .from(ledgerClaims)
      .leftJoin(ledgerSearch, eq(ledgerSearch.claimId, ledgerClaims.claimId))
      .where(inArray(ledgerClaims.claimId, claimIds)),
  ]);
  return { claimRows, verdictRows, sourceRows, projectionRows };
}

/** For each latest entry in the page that what readers see no longer matches: why. */
async function publishedDataMismatches(db: Database, entries: ChainEntry[]): Promise<Map<number, ChainMismatch>> {
  const mismatches = new Map<number, ChainMismatch>();
  const latest = await latestEntriesOf(db, entries);
  if (latest.length === 0) return mismatches;
  const rows = await publishedRows(
    db,
    latest.map((entry) => entry.claimId),
  );
  for (const entry of latest) {
    const problem = publishedDataProblem(entry, rows);
    if (problem) mismatches.set(entry.id, { entryId: entry.id, claimId: entry.claimId, problem });
  }
  return mismatches;
}

function publishedDataProblem(entry: ChainEntry, rows: Awaited<ReturnType<typeof publishedRows>>): string | null {
  const recorded = entryDocument(entry);
  if (!recorded) return "its canonical text is not a ledger entry";
  const projection = rows.projectionRows.find((row) => row.claimId === entry.claimId);
  if (!projection) return "the claim it records is missing from the public ledger";
  const shown = firstDifference(json(recorded), json(projection.document));
  if (shown) return `the public ledger shows a different ${shown} than this entry records`;
  const claim = rows.claimRows.find((row) => row.id === entry.claimId);
  if (!claim) return "the claim it records is missing from the database";
  const claimVerdicts = rows.verdictRows.filter((row) => row.claimId === entry.claimId);
  const current = claimVerdicts.find((row) => row.id === claim.publishedVerdictId);
  if (!current || current.number !== recorded.verdict.number)
    return `the claim's published verdict is not version ${recorded.verdict.number}, which this entry records`;
  if (current.ratingId !== projection.ratingId)
    return "the public ledger files the claim under another rating than its published verdict's";
  const withSources = claim.state === "published";
  const stored: PublishedRecord = {
    text: publishedClaimText(claim),
    verdicts: claimVerdicts
      .map((row) => ({
        number: row.number,
        ratingId: row.ratingId,
        summary: row.summary,
        rationale: row.rationale,
        publishedAt: row.publishedAt?.toISOString() ?? "",
        correctionNote: row.correctionNote,
      }))
      .sort((a, b) => b.number - a.number),
    sources: withSources
      ? rows.sourceRows.filter((row) => row.claimId === entry.claimId).map(({ claimId: _claimId, ...source }) => source)
      : null,
  };
  const changed = firstDifference(json(publishedRecordOf(recorded, { withSources })), json(stored));
  if (changed) return `the published data in the database differs from this entry at ${changed}`;
  return listingProblem(recorded, projection);
}

type ProjectionRow = Awaited<ReturnType<typeof publishedRows>>["projectionRows"][number];

const sameValue = (a: unknown, b: unknown) =>
  a instanceof Date && b instanceof Date ? a.getTime() === b.getTime() : a === b;

/** Where the lists find, sort and count the claim: ledger_claims' keys must be those the recorded
 *  document gives, and its ledger_search row must copy them and index its words. */
function listingProblem(recorded: PublishedDocument, row: ProjectionRow): string | null {
  const speakerId = recorded.speaker ? idFromSlug(recorded.speaker.slug) : null;
  const expected = ledgerClaimRow(recorded, { ratingId: recorded.verdict.rating.id, speakerId });
  const claimKeys = [
    ["slug", "slug"],
    ["speakerId", "speaker_id"],
    ["speakerName", "speaker_name"],
    ["kind", "kind"],
    ["saidOn", "said_on"],
    ["outlet", "outlet"],
    ["publishedAt", "published_at"],
    ["firstPublishedAt", "first_published_at"],
  ] as const;
  for (const [key, column] of claimKeys)
    if (!sameValue(expected[key], row[key]))
      return `the public ledger lists the claim with another ${column} than this entry records`;
  if (row.searchClaimId === null) return "the claim is missing from ledger_search, so lists and searches leave it out";
  const searchKeys = [
    ["publishedAt", row.searchPublishedAt, "published_at"],
    ["ratingId", row.searchRatingId, "rating_id"],
    ["speakerId", row.searchSpeakerId, "speaker_id"],
    ["kind", row.searchKind, "kind"],
    ["saidOn", row.searchSaidOn, "said_on"],
    ["outlet", row.searchOutlet, "outlet"],
  ] as const;
  for (const [key, value, column] of searchKeys)
    if (!sameValue(row[key], value))
      return `ledger_search files the claim under another ${column} than the public ledger`;
  if (!row.searchWordsMatch) return "ledger_search indexes other words than the claim's public document";
  return null;
}

/** A public ledger row no entry vouches for (inserted behind the chain's back). */
async function unrecordedClaim(db: Database): Promise<ChainMismatch | null> {
  const [row] = await db
    .select({ claimId: ledgerClaims.claimId })
    .from(ledgerClaims)
    .where(sql`not exists (select 1 from ${ledgerEntries} where ${ledgerEntries.claimId} = ${ledgerClaims.claimId})`)
    .orderBy(asc(ledgerClaims.claimId))
    .limit(1);
  return row
    ? {
        entryId: null,
        claimId: row.claimId,
        problem: `claim ${row.claimId} is on the public ledger without an entry in the chain`,
      }
    : null;
}

/** A ledger_search row with no public ledger row behind it (lists would show a claim nobody published). */
async function unlistedSearchRow(db: Database): Promise<ChainMismatch | null> {
  const [row] = await db
    .select({ claimId: ledgerSearch.claimId })
    .from(ledgerSearch)
    .where(sql`not exists (select 1 from ${ledgerClaims} where ${ledgerClaims.claimId} = ${ledgerSearch.claimId})`)
    .orderBy(asc(ledgerSearch.claimId))
    .limit(1);
  return row
    ? {
        entryId: null,
        claimId: row.claimId,
        problem: `claim ${row.claimId} is in ledger_search but not on the public ledger`,
      }
    : null;
}

/** The verdict counts (charts, top speakers) recounted from the public ledger rows. */
async function miscountedTally(db: Database): Promise<ChainMismatch | null> {
  const counted = db
    .select({
      speakerId: ledgerClaims.speakerId,
      ratingId: ledgerClaims.ratingId,
      listed: sql<number>`count(*)::int`.as("listed"),
    })
    .from(ledgerClaims)
    .groupBy(ledgerClaims.speakerId, ledgerClaims.ratingId)
    .as("counted");
  const [row] = await db
    .select({
      speakerId: sql<number | null>`coalesce(${counted.speakerId}, ${ledgerTallies.speakerId})`,
      ratingId: sql<number>`coalesce(${counted.ratingId}, ${ledgerTallies.ratingId})`,
      counted: sql<number>`coalesce(${counted.listed}, 0)`.mapWith(Number),
      tallied: sql<number>`coalesce(${ledgerTallies.claims}, 0)`.mapWith(Number),
    })
    .from(counted)
    .fullJoin(
      ledgerTallies,
      sql`${ledgerTallies.speakerId} is not distinct from ${counted.speakerId} and ${ledgerTallies.ratingId} = ${counted.ratingId}`,
    )
    .where(sql`coalesce(${counted.listed}, 0) <> coalesce(${ledgerTallies.claims}, 0)`)
    .limit(1);
  if (!row) return null;
  const speaker = row.speakerId === null ? "claims without a speaker" : `speaker ${row.speakerId}`;
  return {
    entryId: null,
    claimId: null,
    problem: `ledger_tallies counts ${row.tallied} for ${speaker} rated ${row.ratingId}, but the public ledger has ${row.counted}`,
  };
}

/** Recomputes the whole chain and checks the published data against it, a page at a time. */
export async function verifyLedger(db: Database, options: { keptHead?: string | null } = {}): Promise<ChainReport> {
  const walk = new ChainWalk(sha256Hex, options.keptHead ?? null);
  let cursor: number | null = null;
  do {
    const page = await chainPage(db, cursor, VERIFY_PAGE_SIZE);
    const mismatches = await publishedDataMismatches(db, page.entries);
    for (const entry of page.entries) {
      if (!walk.add(entry)) return walk.report();
      const mismatch = mismatches.get(entry.id);
      if (mismatch) {
        walk.fail(mismatch);
        return walk.report();
      }
    }
    cursor = page.nextCursor === null ? null : Number(page.nextCursor);
  } while (cursor !== null);
  for (const check of [unrecordedClaim, unlistedSearchRow, miscountedTally]) {
    const mismatch = await check(db);
    if (mismatch) {
      walk.fail(mismatch);
      break;
    }
  }
  return walk.report();
}

/** Recomputes the chain as any reader can, from `<baseUrl>/ledger/chain.json`, page by page. */
export async function verifyPublishedChain(
  baseUrl: string,
  options: { keptHead?: string | null; fetch?: typeof fetch } = {},
): Promise<ChainReport> {
  const get = options.fetch ?? fetch;
  const walk = new ChainWalk(sha256Hex, options.keptHead ?? null);
  let cursor: string | null = null;
  do {
    const address = new URL("/ledger/chain.json", baseUrl);
    address.searchParams.set("limit", String(MAX_CHAIN_PAGE_SIZE));
    if (cursor) address.searchParams.set("cursor", cursor);
    const response = await get(address, { headers: { Accept: "application/json" } });
    if (!response.ok) throw new Error(`${address} answered ${response.status} ${response.statusText}.`);
    const parsed = chainJsonPageSchema.safeParse(await response.json());
    if (!parsed.success) throw new Error(`${address} is not a page of the ledger chain.`);
    for (const entry of parsed.data.items) if (!walk.add(entry)) return walk.report();
    cursor = parsed.data.nextCursor;
  } while (cursor);
  return walk.report();
}
