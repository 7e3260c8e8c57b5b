import { Readable } from "node:stream";
import { stringify } from "csv-stringify";
import { asc, desc, gt } from "drizzle-orm";
import type { ChainEntry } from "~/domain/ledger/chain-verify";
import { LEDGER_CSV_COLUMNS, ledgerCsvRow } from "~/domain/ledger/csv-cells";
import type { PublishedDocument } from "~/domain/ledger/published-document";
import { type LedgerFilters, ledgerFilterParams, ledgerFiltersSchema, ledgerPageSchema } from "~/domain/schemas/ledger";
import { parseInput } from "~/domain/validation";
import { ledgerEntries } from "../db/schema";
import type { Database } from "../db/types";
import { type LedgerItem, listLedgerClaims } from "./ledger-query";

// The ledger's machine-readable outputs, read from the public projection (ledger_claims, through
// listLedgerClaims) and the hash chain (ledger_entries) only, like every public page.

export interface PublicLedgerItem {
  /** The claim's page on the ledger. */
  url: string;
  /** A correction is being researched; `claim` is still the verdict readers see. */
  underReview: boolean;
  claim: PublishedDocument;
}

export const claimPageUrl = (origin: string, slug: string) => `${origin}/ledger/${slug}`;

export function publicLedgerItem(item: LedgerItem, origin: string): PublicLedgerItem {
  return { url: claimPageUrl(origin, item.slug), underReview: item.underReview, claim: item.document };
}

export interface ListOutput<Item> {
  items: Item[];
  nextCursor: string | null;
  /** The full address of the next page (same filters), or null on the last page. */
  next: string | null;
}

/** One page of a JSON list output (/ledger.json, /ledger/claimreview.json): the address's filters,
 *  cursor and limit, each claim shaped by `toItem`. */
export async function ledgerListOutput<Item>(
  db: Database,
  address: URL,
  origin: string,
  toItem: (item: LedgerItem) => Item,
): Promise<ListOutput<Item>> {
  const query = Object.fromEntries(address.searchParams);
  const filters = parseInput(ledgerFiltersSchema, query);
  const { cursor, limit } = parseInput(ledgerPageSchema, query);
  const page = await listLedgerClaims(db, filters, cursor, limit);
  const next = ledgerFilterParams(filters);
  next.set("limit", String(limit));
  if (page.nextCursor) next.set("cursor", page.nextCursor);
  return {
    items: page.items.map(toItem),
    nextCursor: page.nextCursor,
    next: page.nextCursor ? `${origin}${address.pathname}?${next}` : null,
  };
}

// Large enough to keep queries few, small enough that a page is a small allocation.
const EXPORT_PAGE_SIZE = 500;

/** Every claim the filters match, in the ledger's order, fetched a page at a time as it is consumed.
 *  Not a snapshot (no transaction is held open while a client downloads): a claim corrected during
 *  the walk moves above the cursor and is missed, as docs/ledger-data.md tells readers. */
export async function* allLedgerItems(
  db: Database,
  filters: LedgerFilters,
  pageSize = EXPORT_PAGE_SIZE,
): AsyncGenerator<LedgerItem> {
  let cursor: string | null = null;
  do {
    const page = await listLedgerClaims(db, filters, cursor, pageSize);
    yield* page.items;
    cursor = page.nextCursor;
  } while (cursor);
}

/** The filtered ledger as CSV (a header row, then one row per claim), streamed: the database is read
 *  a page ahead of what the client has taken, however many claims match. */
export function ledgerCsvStream(
  db: Database,
  filters: LedgerFilters,
  origin: string,
  pageSize = EXPORT_PAGE_SIZE,
): ReadableStream<Uint8Array> {
  async function* rows() {
    for await (const item of allLedgerItems(db, filters, pageSize)) {
      yield ledgerCsvRow({
        document: item.document,
        underReview: item.underReview,
        url: claimPageUrl(origin, item.slug),
      });
    }
  }
  const csv = Readable.from(rows()).pipe(stringify({ header: true, columns: [...LEDGER_CSV_COLUMNS], bom: false }));
  return Readable.toWeb(csv) as ReadableStream<Uint8Array>;
}

export interface ChainPage {
  entries: ChainEntry[];
  /** The id of the last entry given; the next page starts after it. */
  nextCursor: string | null;
}

/** Hash-chain entries oldest first, `limit` at a time after the entry `afterId`. */
export async function chainPage(db: Database, afterId: number | null, limit: number): Promise<ChainPage> {
  const rows = await db
    .select()
    .from(ledgerEntries)
    .where(afterId === null ? undefined : gt(ledgerEntries.id, afterId))
    .orderBy(asc(ledgerEntries.id))
    .limit(limit + 1);
  const entries = rows.slice(0, limit).map((row) => ({ ...row, recordedAt: row.recordedAt.toISOString() }));
  const last = entries.at(-1);
  return { entries, nextCursor: rows.length > limit && last ? String(last.id) : null };
}

/** The newest entry: the hash a reader keeps to detect later rewriting. */
export async function chainHead(db: Database): Promise<{ id: number; hash: string; recordedAt: string } | null> {
  const [head] = await db
    .select({ id: ledgerEntries.id, hash: ledgerEntries.hash, recordedAt: ledgerEntries.recordedAt })
    .from(ledgerEntries)
    .orderBy(desc(ledgerEntries.id))
    .limit(1);
  return head ? { ...head, recordedAt: head.recordedAt.toISOString() } : null;
}
