import { getTableColumns } from "drizzle-orm";
import { drizzle } from "drizzle-orm/pg-proxy";
import { describe, expect, it } from "vitest";
import { BIND_PARAMETERS_PER_STATEMENT, inBatches, insertBatches } from "~/.server/db/batches";
import { claimEvents, claims } from "~/.server/db/schema/all-tables";
import { formatMegabytes } from "~/domain/text-size";

const POSTGRES_MAX_BIND_PARAMETERS = 65_535;

describe("statement batches", () => {
  it("keeps every batch under the budget, in order, without losing or repeating a row", () => {
    const rows = Array.from({ length: 10_001 }, (_, index) => index);
    const batches = inBatches(rows, 7, 700);
    expect(batches.map((batch) => batch.length)).toEqual([...Array(100).fill(100), 1]);
    expect(batches.flat()).toEqual(rows);
    expect(inBatches([], 7)).toEqual([]);
  });

  it("sizes insert batches so that no statement goes over Postgres' limit, whatever the row count", () => {
    // A database that never runs anything: only the SQL Drizzle would send is looked at.
    const db = drizzle(async () => ({ rows: [] }));
    const claimRows = Array.from({ length: 2_500 }, (_, index) => ({
      ...Object.fromEntries(Object.keys(getTableColumns(claims)).map((column) => [column, null])),
      articleId: 1,
      kind: "numeric" as const,
      text: `${index}`,
      startOffset: index,
      endOffset: index + 1,
    }));
    const eventRows = Array.from({ length: 8_000 }, (_, index) => ({
      claimId: index,
      actorId: null,
      action: "extracted",
      details: {},
    }));
    const statements = [
      ...insertBatches(claims, claimRows).map((batch) => db.insert(claims).values(batch).toSQL()),
      ...insertBatches(claimEvents, eventRows).map((batch) => db.insert(claimEvents).values(batch).toSQL()),
    ];
    expect(statements.length).toBeGreaterThan(2);
    for (const statement of statements) {
      expect(statement.params.length).toBeLessThanOrEqual(BIND_PARAMETERS_PER_STATEMENT);
    }
    expect(BIND_PARAMETERS_PER_STATEMENT).toBeLessThan(POSTGRES_MAX_BIND_PARAMETERS);
  });
});

describe("sizes in messages", () => {
  it("rounds up, so a text just over a limit never reads as the limit itself", () => {
    expect(formatMegabytes(1_000_000)).toBe("1.0 MB");
    expect(formatMegabytes(1_000_001)).toBe("1.1 MB");
    expect(formatMegabytes(1_048_576)).toBe("1.1 MB");
    expect(formatMegabytes(50_000_000)).toBe("50.0 MB");
  });
});
