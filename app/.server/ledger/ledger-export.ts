import { stringify } from "csv-stringify/sync";
import { asc, desc, gt } from "drizzle-orm";
import type { ChainEntry } from "~/domain/ledger/chain-verify";
import { LEDGER_CSV_COLUMNS, ledgerCsvRow } from "~/domain/ledger/csv-cells";
import type { PublishedDocument } from "~/domain/ledger/published-document";
import { type LedgerFilters, type LedgerPage, ledgerFilterParams } from "~/domain/schemas/ledger";
import type { Database } from "../db/database-types";
import { ledgerEntries } from "../db/schema/all-tables";
import { processLog } from "../log";
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

/** One page of a JSON list output (/ledger.json, /ledger/claimreview.json) at `path`: the claims the
 *  filters match from the cursor on, each shaped by `toItem`. */
export async function ledgerListOutput<Item>(
  db: Database,
  filters: LedgerFilters,
  { cursor, limit }: LedgerPage,
  { origin, path }: { origin: string; path: string },
  toItem: (item: LedgerItem) => Item,
): Promise<ListOutput<Item>> {
  const page = await listLedgerClaims(db, filters, cursor, limit);
  const next = ledgerFilterParams(filters);
  next.set("limit", String(limit));
  if (page.nextCursor) next.set("cursor", page.nextCursor);
  return {
    items: page.items.map(toItem),
    nextCursor: page.nextCursor,
    next: page.nextCursor ? `${origin}${path}?${next}` : null,
  };
}

// Large enough to keep queries few, small enough that a page is a small allocation.
const EXPORT_PAGE_SIZE = 500;

/** The CSV text of every claim the filters match, newest first, a page of the database at a
 *  time as it is consumed (the header with the first). Not a snapshot (no transaction is held open
 *  while a client downloads): a claim corrected during the walk moves above the cursor and is missed,
 *  as docs/ledger-data.md tells readers. */
async function* ledgerCsvPages(
  db: Database,
  filters: LedgerFilters,
  origin: string,
  pageSize: number,
): AsyncGenerator<string> {
  let cursor: string | null = null;
  let header = true;
  do {
    const page = await listLedgerClaims(db, filters, cursor, pageSize);
    const rows = page.items.map((item) =>
      ledgerCsvRow({ document: item.document, underReview: item.underReview, url: claimPageUrl(origin, item.slug) }),
    );
    yield stringify(rows, { header, columns: [...LEDGER_CSV_COLUMNS], bom: false });
    header = false;
    cursor = page.nextCursor;
  } while (cursor);
}

/** The filtered ledger as CSV (a header row, then one row per claim), streamed: the database is read
 *  a page ahead of what the client has taken, however many claims match. The first page is read
 *  before answering, so a failure then is an ordinary error response. A failure later cuts the
 *  download off — the client sees a broken transfer, never a file that looks complete — and is
 *  logged; it is never an unhandled stream error, so the server goes on. */
export async function ledgerCsvStream(
  db: Database,
  filters: LedgerFilters,
  origin: string,
  pageSize = EXPORT_PAGE_SIZE,
): Promise<ReadableStream<Uint8Array>> {
  // Every match, however many: not the 1,000 a ranked list is cut to.
  const pages = ledgerCsvPages(db, { ...filters, order: null }, origin, pageSize);
  let ahead: IteratorResult<string> | null = await pages.next();
  const encoder = new TextEncoder();
  return new ReadableStream<Uint8Array>({
    async pull(controller) {
      try {
        const next = ahead ?? (await pages.next());
        ahead = null;
        if (next.done) controller.close();
        else controller.enqueue(encoder.encode(next.value));
      } catch (error) {
        processLog().error({ err: error }, "The ledger CSV download was cut off by an error");
        controller.error(error);
      }
    },
    async cancel() {
      await pages.return(undefined);
    },
  });
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
