import { type AnyColumn, and, asc, desc, eq, gte, lte, type SQL, sql } from "drizzle-orm";
import { notFound } from "~/domain/errors";
import { decodeCursor, encodeCursor, type LedgerCursor } from "~/domain/ledger/cursor";
import { type HighlightPart, highlightParts, MATCH_END, MATCH_START } from "~/domain/ledger/highlight";
import type { PublishedDocument } from "~/domain/ledger/published-document";
import { idFromSlug, idSlug } from "~/domain/ledger/slug";
import { staleCursor } from "~/domain/page-cursor";
import { type LedgerFilters, type LedgerOrder, RANKED_MATCHES } from "~/domain/schemas/ledger";
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

/** A search looks for its newest matches first among this many of the newest claims (after the
 *  cursor), walking the date index: a few milliseconds whatever the words. Only when that window
 *  holds too few matches (words rare lately) does the word index find every match. */
export const RECENT_WINDOW = 5000;
/** Best matches first looks for its RANKED_MATCHES newest matches in a window this big before it asks
 *  the word index: a word in 2 % of claims fills it in some 20 ms, where the index would read and
 *  sort every one of its matches (20,000 at 1M claims; 150 ms and more). */
export const RANKED_WINDOW = 50_000;

export interface LedgerPage {
  items: LedgerItem[];
  nextCursor: string | null;
  /** The search's order; null when not searching (the list is newest first). */
  order: LedgerOrder | null;
  /** Where a search found its matches (for the benchmark's plans and the tests); null when not searching. */
  matchSource: MatchSource | null;
}

const CURSOR_TIME = `YYYY-MM-DD"T"HH24:MI:SS.US"Z"`;
const HEADLINE_OPTIONS = `HighlightAll=true, StartSel=${MATCH_START}, StopSel=${MATCH_END}`;

const searchQuery = (q: string) => sql`websearch_to_tsquery('english', ${q})`;

/** Every filter but the search, as conditions on ledger_search. */
function filterConditions(filters: LedgerFilters): SQL[] {
  const conditions: (SQL | undefined)[] = [
    filters.verdict !== null ? eq(ledgerSearch.ratingId, filters.verdict) : undefined,
    filters.speaker !== null ? eq(ledgerSearch.speakerId, filters.speaker) : undefined,
    filters.kind !== null ? eq(ledgerSearch.kind, filters.kind) : undefined,
    filters.from !== null ? gte(ledgerSearch.saidOn, filters.from) : undefined,
    filters.to !== null ? lte(ledgerSearch.saidOn, filters.to) : undefined,
    filters.outlet !== null ? eq(ledgerSearch.outlet, filters.outlet) : undefined,
  ];
  return conditions.filter((condition) => condition !== undefined);
}

/** A search's order, as the reader chose it; null for a list without a search. */
export function ledgerOrder(filters: LedgerFilters): LedgerOrder | null {
  return filters.q === null ? null : (filters.order ?? "newest");
}

/** Where a search's newest matches are looked for: among the newest rows of a window (RECENT_WINDOW
 *  for a page, RANKED_WINDOW to rank), or among every match the word index finds. */
export type MatchSource = "recent" | "index";

/** Fences a subquery: Postgres does not merge a subquery with a LIMIT into the query around it, so
 *  the subquery is planned to read all its rows. (drizzle leaves out an OFFSET 0.) */
const EVERY_ROW = Number.MAX_SAFE_INTEGER;

/** The filters' rows newest first, after `after`, with their search vectors; with a search, its
 *  matches from `source`. The window reads at most `window` rows whatever the words. The index reads
 *  every match after `after`, and only those: the fence keeps a planner that misjudges a phrase or a
 *  word missing from its statistics as common from walking the whole date index instead. */
function newestRows(
  db: Database,
  filters: LedgerFilters,
  after: SQL | undefined,
  limit: number,
  source: MatchSource,
  window: number,
) {
  const columns = { claimId: ledgerSearch.claimId, publishedAt: ledgerSearch.publishedAt, search: ledgerSearch.search };
  const newestFirst = [desc(ledgerSearch.publishedAt), desc(ledgerSearch.claimId)];
  const filtered = and(...filterConditions(filters), after);
  if (filters.q === null)
    return db
      .select(columns)
      .from(ledgerSearch)
      .where(filtered)
      .orderBy(...newestFirst)
      .limit(limit);
  const matches = (vector: SQL | AnyColumn) => sql`${vector} @@ ${searchQuery(filters.q ?? "")}`;
  const candidates = (
    source === "recent"
      ? db
          .select(columns)
          .from(ledgerSearch)
          .where(filtered)
          .orderBy(...newestFirst)
          .limit(window)
      : db
          .select(columns)
          .from(ledgerSearch)
          .where(and(filtered, matches(ledgerSearch.search)))
          .limit(EVERY_ROW)
  ).as("candidates");
  return db
    .select({ claimId: candidates.claimId, publishedAt: candidates.publishedAt, search: candidates.search })
    .from(candidates)
    .where(source === "recent" ? matches(candidates.search) : undefined)
    .orderBy(desc(candidates.publishedAt), desc(candidates.claimId))
    .limit(limit);
}

/** The query behind a ledger page (one row more than asked, to know whether a next page exists);
 *  exposed so the benchmark can EXPLAIN exactly what the pages run. Best matches first ranks the
 *  RANKED_MATCHES newest matches, whatever the cursor, and pages through them by rank. */
export function ledgerPageQuery(
  db: Database,
  filters: LedgerFilters,
  cursor: LedgerCursor | null,
  limit: number,
  source: MatchSource,
) {
  const q = filters.q;
  const ranked = q !== null && ledgerOrder(filters) === "relevance";
  const cursorAt = (publishedAt: SQL | AnyColumn) =>
    sql<string>`to_char(${publishedAt} at time zone 'UTC', ${CURSOR_TIME})`.as("cursor_at");
  const page = (() => {
    if (!ranked) {
      const after = cursor ? afterCursor(cursor) : undefined;
      const rows = newestRows(db, filters, after, limit + 1, source, RECENT_WINDOW).as("rows");
      return db
        .select({
          claimId: rows.claimId,
          publishedAt: rows.publishedAt,
          cursorAt: cursorAt(rows.publishedAt),
          rank: sql<number>`0::real`.as("rank"),
          poolSize: sql<number>`0`.as("pool_size"),
        })
        .from(rows)
        .as("page");
    }
    if (cursor && cursor.rank === undefined) throw staleCursor();
    const newest = newestRows(db, filters, undefined, RANKED_MATCHES, source, RANKED_WINDOW).as("newest");
    // How many matches the pool holds rides along with each row: a window that did not fill it is
    // told from one that did without reading the window twice.
    const pool = db
      .select({
        claimId: newest.claimId,
        publishedAt: newest.publishedAt,
        search: newest.search,
        poolSize: sql<number>`(count(*) over ())::int`.as("pool_size"),
      })
      .from(newest)
      .as("pool");
    const rank = sql<number>`ts_rank_cd(${pool.search}, ${searchQuery(q)})`;
    const after = cursor
      ? sql`(${rank}, ${pool.publishedAt}, ${pool.claimId}) < (${cursor.rank}::real, ${cursor.publishedAt}::timestamptz, ${cursor.claimId})`
      : undefined;
    return db
      .select({
        claimId: pool.claimId,
        publishedAt: pool.publishedAt,
        cursorAt: cursorAt(pool.publishedAt),
        rank: rank.as("rank"),
        poolSize: pool.poolSize,
      })
      .from(pool)
      .where(after)
      .orderBy(desc(rank), desc(pool.publishedAt), desc(pool.claimId))
      .limit(limit + 1)
      .as("page");
  })();
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
      poolSize: page.poolSize,
      ratingColour: ratings.colour,
      textHeadline: headline(sql`${ledgerClaims.document} ->> 'text'`),
      summaryHeadline: headline(sql`${ledgerClaims.document} #>> '{verdict,summary}'`),
    })
    .from(page)
    .innerJoin(ledgerClaims, eq(ledgerClaims.claimId, page.claimId))
    .innerJoin(ratings, eq(ratings.id, ledgerClaims.ratingId))
    .orderBy(...(ranked ? [desc(page.rank)] : []), desc(page.publishedAt), desc(page.claimId));
}

/** Where this page's matches are found: the recent window when it holds enough of them (a page's
 *  worth in RECENT_WINDOW rows; RANKED_MATCHES in RANKED_WINDOW rows to rank), the word index
 *  otherwise. Lists without a search walk the dates. */
async function matchSource(db: Database, filters: LedgerFilters, cursor: LedgerCursor | null, limit: number) {
  const order = ledgerOrder(filters);
  if (order === null) return { source: "recent" as const, rows: null };
  const rows = await ledgerPageQuery(db, filters, cursor, limit, "recent");
  // A page past the pool's end has no row to tell the pool's size: the index answers it again.
  const filled = order === "newest" ? rows.length > limit : (rows[0]?.poolSize ?? 0) >= RANKED_MATCHES;
  return filled ? { source: "recent" as const, rows } : { source: "index" as const, rows: null };
}

/** Published claims, newest first (a search: newest first or best match first, as the reader
 *  chose; see docs/decisions/0007-search-order.md), a page at a time. */
export async function listLedgerClaims(
  db: Database,
  filters: LedgerFilters,
  cursorText: string | null,
  limit: number,
): Promise<LedgerPage> {
  const order = ledgerOrder(filters);
  const cursor = cursorText ? decodeCursor(cursorText, order === "relevance") : null;
  const found = await matchSource(db, filters, cursor, limit);
  const rows = found.rows ?? (await ledgerPageQuery(db, filters, cursor, limit, found.source));
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
    order,
    matchSource: order === null ? null : found.source,
  };
}

/** Rows after the cursor, newest first (both descending, so one row comparison does it). */
function afterCursor(cursor: LedgerCursor): SQL {
  return sql`(${ledgerSearch.publishedAt}, ${ledgerSearch.claimId}) < (${cursor.publishedAt}::timestamptz, ${cursor.claimId})`;
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
