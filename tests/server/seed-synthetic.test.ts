import { ne, sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { claims, ledgerClaims, ledgerSearch, ledgerTallies } from "~/.server/db/schema/all-tables";
import { listLedgerClaims } from "~/.server/ledger/ledger-query";
import { verifyLedger } from "~/.server/ledger/verify-ledger";
import { seedSyntheticClaims } from "~/cli/seed-synthetic";
import { absentWord, SYNTHETIC_SEARCH_TERMS } from "~/cli/synthetic-claims";
import { ledgerFiltersSchema } from "~/domain/schemas/ledger";
import { createTestDatabase, type TestDatabase } from "../helpers/test-database";

let database: TestDatabase;

beforeAll(async () => {
  database = await createTestDatabase();
  // Batches of 40: the derived rows are made batch by batch, as at a million claims.
  await seedSyntheticClaims(database, { claims: 150, seed: 7, batch: 40 });
}, 120_000);
afterAll(() => database.dispose());

async function tallied(): Promise<number> {
  const [row] = await database.db
    .select({ claims: sql<number>`sum(${ledgerTallies.claims})::int` })
    .from(ledgerTallies);
  return row?.claims ?? 0;
}

const search = (q: string) =>
  listLedgerClaims(database.db, ledgerFiltersSchema.parse({ q }), null, 200).then((page) => page.items.length);

describe("the synthetic seeder", () => {
  it("publishes every claim on a ledger that verifies, with its search rows and tallies", async () => {
    const report = await verifyLedger(database.db);
    expect(report.ok).toBe(true);
    expect(await database.db.$count(ledgerClaims)).toBe(150);
    expect(await database.db.$count(ledgerSearch)).toBe(150);
    expect(await tallied()).toBe(150);
    expect(await database.db.$count(claims, ne(claims.state, "published"))).toBe(1);
  });

  it("writes words every claim has, and none has", async () => {
    for (const word of SYNTHETIC_SEARCH_TERMS.everywhere) expect(await search(word)).toBe(150);
    expect(await search(absentWord(3))).toBe(0);
  });

  it("adds to a ledger that already has claims, which still verifies", async () => {
    await seedSyntheticClaims(database, { claims: 40, seed: 7 });
    expect((await verifyLedger(database.db)).ok).toBe(true);
    expect(await database.db.$count(ledgerClaims)).toBe(190);
    expect(await tallied()).toBe(190);
  });
});
