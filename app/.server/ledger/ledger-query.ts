import { and, asc, desc, eq, gte, lte, type SQL, sql } from "drizzle-orm";
import { notFound } from "~/domain/errors";
import { decodeCursor, encodeCursor, type LedgerCursor } from "~/domain/ledger/cursor";
import { type HighlightPart, highlightParts, MATCH_END, MATCH_START } from "~/domain/ledger/highlight";
import type { PublishedDocument } from "~/domain/ledger/published-document";
import { idFromSlug, idSlug } from "~/domain/ledger/slug";
import type { LedgerFilters } from "~/domain/schemas/ledger";
import type { Database } from "../db/database-types";
import { ledgerClaims, ledgerSearch, ledgerTallies, ratings } from "../db/schema/all-tables";

// Every public page reads from ledger_claims, ledger_search and ledger_tallies (plus the current rating scale for
// colours) and nothing else: what is not published is not there to leak.

export interface LedgerItem {
  claimId: number;
  slug: string;
  underReview: boolean;
  ratingId: number;
  /** The rating's colour on the current scale (an admin may have recoloured it since). */
  ratingColour: string;
  document: PublishedDocument;
  /** Search matches in the claim's text and the verdict's summary, when searching. */
  highlights: { text: HighlightPart[]; summary: HighlightPart[] } | null;
}

/** How a list is ordered: newest first, or best match first (a search with few enough matches to
 *  rank them all; see docs/decisions/0007-search-order.md). */
export type LedgerOrder = "newest" | "relevance";

/** A search ranks its matches only when there are at most this many: ranking reads every match. */
export const RANKED_MATCHES = 1000;

export interface LedgerSearchSummary {
  order: LedgerOrder;
  /** Matches counted, up to RANKED_MATCHES + 1; `more`: there are more than `matches`. */
  matches: number;
  more: boolean;
}

export interface LedgerPage {
  items: LedgerItem[];
  nextCursor: string | null;
  /** Null when not searching (the list is newest first). */
  search: LedgerSearchSummary | null;
}

const CURSOR_TIME = `YYYY-MM-DD"T"HH24:MI:SS.US"Z"`;
const HEADLINE_OPTIONS = `HighlightAll=true, StartSel=${MATCH_START}, StopSel=${MATCH_END}`;

const searchQuery = (q: string) => sql`websearch_to_tsquery('english', ${q})`;

/** The filters as conditions. `walkingDates`: the search is tested on each row met while walking the
 *  date index. Wrapped in coalesce, the test is one the planner cannot answer from the GIN index and
 *  does not estimate from the words: it takes half the rows to match, so it walks the dates. Left
 *  bare (or as `is true`), a phrase's matches were estimated from each word's, 7 for one in 25,000
 *  rows, and every row was read and sorted instead: 500 ms against 4 ms. */
function filterConditions(filters: LedgerFilters, walkingDates = false): SQL[] {
  const matches = (q: string) => sql`${ledgerSearch.search} @@ ${searchQuery(q)}`;
  const conditions: (SQL | undefined)[] = [
    filters.verdict !== null ? eq(ledgerSearch.ratingId, filters.verdict) : undefined,
    filters.speaker !== null ? eq(ledgerSearch.speakerId, filters.speaker) : undefined,
    filters.kind !== null ? eq(ledgerSearch.kind, filters.kind) : undefined,
    filters.from !== null ? gte(ledgerSearch.saidOn, filters.from) : undefined,
    filters.to !== null ? lte(ledgerSearch.saidOn, filters.to) : undefined,
    filters.outlet !== null ? eq(ledgerSearch.outlet, filters.outlet) : undefined,
    filters.q === null ? undefined : walkingDates ? sql`coalesce(${matches(filters.q)}, false)` : matches(filters.q),
  ];
  return conditions.filter((condition) => condition !== undefined);
}

/** How many claims the filters match, counting no further than one past RANKED_MATCHES (the scan
 *  stops there, so a word found in every claim costs what a rarer one does). */
export async function countMatches(db: Database, filters: LedgerFilters): Promise<number> {
  const matched = db
    .select({ claimId: ledgerSearch.claimId })
    .from(ledgerSearch)
    .where(and(...filterConditions(filters)))
    .limit(RANKED_MATCHES + 1)
    .as("matched");
  const [row] = await db.select({ count: sql<number>`count(*)::int` }).from(matched);
  return row?.count ?? 0;
}

/** The order a page of the list is in: a later page keeps the order its cursor was cut in; a
 *  search's first page ranks only when the matches are few (`matches`: from countMatches). */
export function ledgerOrder(filters: LedgerFilters, cursor: LedgerCursor | null, matches: number | null): LedgerOrder {
  if (filters.q === null) return "newest";
  if (cursor) return cursor.rank === undefined ? "newest" : "relevance";
  return matches !== null && matches <= RANKED_MATCHES ? "relevance" : "newest";
}

/** The query behind a ledger page (one row more than asked, to know whether a next page exists);
 *  exposed so the benchmark can EXPLAIN exactly what the pages run. */
export function ledgerPageQuery(
  db: Database,
  filters: LedgerFilters,
  cursorText: string | null,
  limit: number,
  order: LedgerOrder,
) {
  const q = filters.q;
  const ranked = q !== null && order === "relevance";
  const rank = ranked ? sql<number>`ts_rank_cd(${ledgerSearch.search}, ${searchQuery(q)})` : sql<number>`0::real`;
  const cursor = cursorText ? decodeCursor(cursorText, q !== null) : null;
  const after = cursor ? afterCursor(cursor, ranked ? rank : null) : undefined;
  // The page is chosen on the narrow search table; only its rows' documents are read. Newest first,
  // a search (of more than RANKED_MATCHES matches) walks the date index backwards and stops at the
  // page's last match: at most some RANKED_MATCHES-th of the table is read, however the words are
  // spread.
  const page = db
    .select({
      claimId: ledgerSearch.claimId,
      publishedAt: ledgerSearch.publishedAt,
      cursorAt: sql<string>`to_char(${ledgerSearch.publishedAt} at time zone 'UTC', ${CURSOR_TIME})`.as("cursor_at"),
      rank: rank.as("rank"),
    })
    .from(ledgerSearch)
    .where(and(...filterConditions(filters, q !== null && !ranked), after))
    .orderBy(...(ranked ? [desc(rank)] : []), desc(ledgerSearch.publishedAt), desc(ledgerSearch.claimId))
    .limit(limit + 1)
    .as("page");
  const headline = (text: SQL) =>
    q ? sql<string>`ts_headline('english', ${text}, ${searchQuery(q)}, ${HEADLINE_OPTIONS})` : sql<null>`null`;
  return db
    .select({
      claimId: page.claimId,
      slug: ledgerClaims.slug,
      underReview: ledgerClaims.underReview,
      ratingId: ledgerClaims.ratingId,
      document: ledgerClaims.document,
      cursorAt: page.cursorAt,
      rank: page.rank,
      ratingColour: ratings.colour,
      textHeadline: headline(sql`${ledgerClaims.document} ->> 'text'`),
      summaryHeadline: headline(sql`${ledgerClaims.document} #>> '{verdict,summary}'`),
    })
    .from(page)
    .innerJoin(ledgerClaims, eq(ledgerClaims.claimId, page.claimId))
    .innerJoin(ratings, eq(ratings.id, ledgerClaims.ratingId))
    .orderBy(...(ranked ? [desc(page.rank)] : []), desc(page.publishedAt), desc(page.claimId));
}

/** Published claims, newest first (a search with few matches: best match first), a page at a time. */
export async function listLedgerClaims(
  db: Database,
  filters: LedgerFilters,
  cursorText: string | null,
  limit: number,
): Promise<LedgerPage> {
  const q = filters.q;
  const cursor = cursorText ? decodeCursor(cursorText, q !== null) : null;
  // A later page's order is its cursor's, so its count need not wait; a first page's order needs it.
  const counting = q !== null ? countMatches(db, filters) : Promise.resolve(null);
  const order = cursor ? ledgerOrder(filters, cursor, null) : ledgerOrder(filters, null, await counting);
  const [rows, matches] = await Promise.all([ledgerPageQuery(db, filters, cursorText, limit, order), counting]);
  const shown = rows.slice(0, limit);
  const last = shown.at(-1);
  return {
    items: shown.map((row) => ({
      claimId: row.claimId,
      slug: row.slug,
      underReview: row.underReview,
      ratingId: row.ratingId,
      ratingColour: row.ratingColour,
      document: row.document,
      highlights:
        row.textHeadline !== null && row.summaryHeadline !== null
          ? { text: highlightParts(row.textHeadline), summary: highlightParts(row.summaryHeadline) }
          : null,
    })),
    nextCursor:
      rows.length > limit && last
        ? encodeCursor({
            publishedAt: last.cursorAt,
            claimId: last.claimId,
            ...(order === "relevance" ? { rank: Number(last.rank) } : {}),
          })
        : null,
    search:
      matches === null ? null : { order, matches: Math.min(matches, RANKED_MATCHES), more: matches > RANKED_MATCHES },
  };
}

/** Rows after the cursor in the list's order (all descending, so one row comparison does it). */
function afterCursor(cursor: LedgerCursor, rank: SQL<number> | null): SQL {
  const time = sql`${cursor.publishedAt}::timestamptz`;
  return rank && cursor.rank !== undefined
    ? sql`(${rank}, ${ledgerSearch.publishedAt}, ${ledgerSearch.claimId}) < (${cursor.rank}::real, ${time}, ${cursor.claimId})`
    : sql`(${ledgerSearch.publishedAt}, ${ledgerSearch.claimId}) < (${time}, ${cursor.claimId})`;
}

export interface LedgerClaimPage {
  document: PublishedDocument;
  underReview: boolean;
  ratingColour: string;
  slug: string;
}

/** One published claim by its address; an address naming only the id finds it too (the route
 *  then redirects to the full slug). */
export async function getLedgerClaim(db: Database, slug: string): Promise<LedgerClaimPage> {
  const claimId = idFromSlug(slug);
  if (claimId === null) throw notFound("The claim");
  const [row] = await db
    .select({
      document: ledgerClaims.document,
      underReview: ledgerClaims.underReview,
      slug: ledgerClaims.slug,
      ratingColour: ratings.colour,
    })
    .from(ledgerClaims)
    .innerJoin(ratings, eq(ratings.id, ledgerClaims.ratingId))
    .where(eq(ledgerClaims.claimId, claimId));
  if (!row) throw notFound("The claim");
  return row;
}

export interface LedgerSpeaker {
  id: number;
  name: string;
  slug: string;
}

/** A speaker with published claims, by the address of their ledger page. */
export async function ledgerSpeaker(db: Database, slug: string): Promise<LedgerSpeaker> {
  const speakerId = idFromSlug(slug);
  if (speakerId === null) throw notFound("The speaker");
  const [latest] = await db
    .select({ name: ledgerClaims.speakerName })
    .from(ledgerClaims)
    .where(eq(ledgerClaims.speakerId, speakerId))
    .orderBy(desc(ledgerClaims.publishedAt), desc(ledgerClaims.claimId))
    .limit(1);
  if (!latest?.name) throw notFound("The speaker");
  return { id: speakerId, name: latest.name, slug: idSlug(speakerId, latest.name) };
}

export interface VerdictCount {
  ratingId: number;
  label: string;
  colour: string;
  scored: boolean;
  count: number;
}

/** Published claims per rating on the current scale (best first), for one speaker or the whole ledger. */
export async function verdictCounts(db: Database, scope: { speakerId?: number } = {}): Promise<VerdictCount[]> {
  const counted = db
    .select({
      ratingId: ledgerTallies.ratingId,
      count: sql<number>`sum(${ledgerTallies.claims})::int`.as("count"),
    })
    .from(ledgerTallies)
    .where(scope.speakerId !== undefined ? eq(ledgerTallies.speakerId, scope.speakerId) : undefined)
    .groupBy(ledgerTallies.ratingId)
    .as("counted");
  const rows = await db
    .select({
      ratingId: ratings.id,
      label: ratings.label,
      colour: ratings.colour,
      scored: ratings.scored,
      count: sql<number>`coalesce(${counted.count}, 0)::int`,
    })
    .from(ratings)
    .leftJoin(counted, eq(counted.ratingId, ratings.id))
    .orderBy(asc(ratings.position), asc(ratings.id));
  return rows;
}

export interface TopSpeaker extends LedgerSpeaker {
  count: number;
}

/** The speakers with the most published claims. */
export async function topSpeakers(db: Database, limit: number): Promise<TopSpeaker[]> {
  const total = sql<number>`sum(${ledgerTallies.claims})::int`;
  const top = db
    .select({ speakerId: ledgerTallies.speakerId, count: total.as("count") })
    .from(ledgerTallies)
    .where(sql`${ledgerTallies.speakerId} is not null`)
    .groupBy(ledgerTallies.speakerId)
    .having(sql`${total} > 0`)
    .orderBy(desc(total), asc(ledgerTallies.speakerId))
    .limit(limit)
    .as("top");
  // The name as last published, looked up for the few speakers shown only. (The outer column is
  // spelt out: drizzle would write it unqualified, which inside the subquery means ledger_claims'.)
  const rows = await db
    .select({
      speakerId: top.speakerId,
      count: top.count,
      name: sql<string | null>`(select ${ledgerClaims.speakerName} from ${ledgerClaims}
        where ${ledgerClaims.speakerId} = "top"."speaker_id"
        order by ${ledgerClaims.publishedAt} desc, ${ledgerClaims.claimId} desc limit 1)`,
    })
    .from(top)
    .orderBy(desc(top.count), asc(top.speakerId));
  return rows.flatMap((row) =>
    row.speakerId !== null && row.name
      ? [{ id: row.speakerId, name: row.name, slug: idSlug(row.speakerId, row.name), count: row.count }]
      : [],
  );
}
