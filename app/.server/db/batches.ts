import { getTableColumns, type Table } from "drizzle-orm";

/** What one statement of ours may carry. Postgres (and PGlite) count bind parameters in 16 bits, so
 *  65,535 is the ceiling; staying well under it leaves room for the parameters around the rows. */
export const BIND_PARAMETERS_PER_STATEMENT = 30_000;

/** Splits rows into consecutive batches whose rows × parametersPerRow stays within the budget, for
 *  multi-row statements whose size grows with an article (a dense one has tens of thousands of claims). */
export function inBatches<Row>(
  rows: readonly Row[],
  parametersPerRow: number,
  maxParameters = BIND_PARAMETERS_PER_STATEMENT,
): Row[][] {
  const size = Math.max(1, Math.floor(maxParameters / Math.max(1, parametersPerRow)));
  const batches: Row[][] = [];
  for (let start = 0; start < rows.length; start += size) batches.push(rows.slice(start, start + size));
  return batches;
}

/** Rows for `insert(table).values(batch)`, batched by the table's column count: Drizzle sends at most one
 *  parameter per column of each row (a missing value is written as `default`), so that bounds a row. */
export function insertBatches<Row>(table: Table, rows: readonly Row[]): Row[][] {
  return inBatches(rows, Object.keys(getTableColumns(table)).length);
}
