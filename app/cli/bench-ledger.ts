import { eq } from "drizzle-orm";
import type { DatabaseHandle } from "~/.server/db/database-types";
import { ledgerClaims, ratings } from "~/.server/db/schema/all-tables";
import {
  ledgerOrder,
  ledgerPageQuery,
  listLedgerClaims,
  topSpeakers,
  verdictCounts,
} from "~/.server/ledger/ledger-query";
import { decodeCursor } from "~/domain/ledger/cursor";
import { LEDGER_PAGE_SIZE, type LedgerFilters, NO_LEDGER_FILTERS } from "~/domain/schemas/ledger";
import { withDatabase } from "./database-from-config";

// `npm run bench:ledger` (against DATABASE_URL, after `npm run db:seed:synthetic`): times the
// queries behind /ledger — the first page, a filtered and searched page, and page 500 of both —
// and prints each one's EXPLAIN ANALYZE plan with the server's own execution time.

const PAGE = 500;
const RUNS = 5;

async function explain(handle: DatabaseHandle, filters: LedgerFilters, cursor: string | null) {
  // Where the page itself found its matches (the recent window or the word index).
  const { matchSource } = await listLedgerClaims(handle.db, filters, cursor, LEDGER_PAGE_SIZE);
  const decoded = cursor ? decodeCursor(cursor, ledgerOrder(filters) === "relevance") : null;
  const query = ledgerPageQuery(handle.db, filters, decoded, LEDGER_PAGE_SIZE, matchSource ?? "recent").toSQL();
  const statement = `explain (analyze, buffers) ${query.sql}`;
  const lines =
    handle.kind === "postgres"
      ? await handle.client.unsafe(statement, query.params as never[])
      : (await handle.client.query<Record<string, string>>(statement, query.params)).rows;
  return lines.map((line) => Object.values(line)[0] as string);
}

/** The cursor of page `page` of a list, by walking it as a reader clicking "Next" would. */
async function cursorOfPage(handle: DatabaseHandle, filters: LedgerFilters, page: number) {
  let cursor: string | null = null;
  for (let shown = 1; shown < page; shown += 1) {
    cursor = (await listLedgerClaims(handle.db, filters, cursor, LEDGER_PAGE_SIZE)).nextCursor;
    if (!cursor) throw new Error(`The list has fewer than ${page} pages (${shown}).`);
  }
  return cursor;
}

async function measure(handle: DatabaseHandle, label: string, filters: LedgerFilters, cursor: string | null) {
  const wall: number[] = [];
  for (let run = 0; run < RUNS; run += 1) {
    const started = performance.now();
    await listLedgerClaims(handle.db, filters, cursor, LEDGER_PAGE_SIZE);
    wall.push(performance.now() - started);
  }
  const plan = await explain(handle, filters, cursor);
  const execution = plan.find((line) => line.startsWith("Execution Time"));
  const median = [...wall].sort((a, b) => a - b)[Math.floor(RUNS / 2)] ?? 0;
  process.stdout.write(`\n== ${label} ==\n`);
  process.stdout.write(`median of ${RUNS} calls: ${median.toFixed(1)} ms (app); server: ${execution ?? "?"}\n`);
  process.stdout.write(`${plan.join("\n")}\n`);
}

async function timed(label: string, work: () => Promise<unknown>) {
  await work();
  const started = performance.now();
  await work();
  process.stdout.write(`${label}: ${(performance.now() - started).toFixed(1)} ms\n`);
}

export async function runBenchLedger(): Promise<number> {
  await withDatabase(async (handle) => {
    const [falseRating] = await handle.db.select({ id: ratings.id }).from(ratings).where(eq(ratings.label, "False"));
    const searched: LedgerFilters = { ...NO_LEDGER_FILTERS, q: "hospital waiting", verdict: falseRating?.id ?? null };
    const broad: LedgerFilters = { ...NO_LEDGER_FILTERS, q: "million", kind: "numeric" };
    const total = await handle.db.$count(ledgerClaims);
    process.stdout.write(`ledger_claims: ${total} rows on ${handle.kind} (${handle.location})\n`);
    await measure(handle, "first page, no filters", NO_LEDGER_FILTERS, null);
    await measure(handle, `searched "hospital waiting" + verdict False, first page`, searched, null);
    await measure(handle, `searched "million" + kind numeric, first page`, broad, null);
    await measure(
      handle,
      `page ${PAGE}, no filters`,
      NO_LEDGER_FILTERS,
      await cursorOfPage(handle, NO_LEDGER_FILTERS, PAGE),
    );
    await measure(
      handle,
      `page ${PAGE} of searched "million" + kind numeric`,
      broad,
      await cursorOfPage(handle, broad, PAGE),
    );
    process.stdout.write("\n");
    await timed("verdict chart, whole ledger", () => verdictCounts(handle.db));
    await timed("top speakers", () => topSpeakers(handle.db, 10));
  });
  return 0;
}
