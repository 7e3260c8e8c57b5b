import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import type { DatabaseHandle } from "~/.server/db/database-types";
import { openDatabase } from "~/.server/db/open";
import { type AppInProcess, startServerInProcess } from "../helpers/app-in-process";
import { type LedgerNewsroom, ledgerNewsroom } from "../helpers/ledger-newsroom";
import { createTestDatabase, type TestDatabase } from "../helpers/test-database";

// Public ledger pages are kept per address until the ledger changes, and every instance hears of a
// change from Postgres: here two servers, the second listening on a connection of its own; the
// first runs with LEDGER_PAGE_CACHE=off.

let database: TestDatabase;
let newsroom: LedgerNewsroom;
let first: AppInProcess;
let second: AppInProcess;
let secondConnection: DatabaseHandle | null = null;

const nonceOf = (response: Response) =>
  /'nonce-([^']+)'/.exec(response.headers.get("content-security-policy") ?? "")?.[1] ?? "";

async function ledgerPage(app: AppInProcess, init?: RequestInit) {
  const response = await app.request("/ledger", init);
  return { response, html: await response.text(), cache: response.headers.get("x-page-cache") };
}

beforeAll(async () => {
  database = await createTestDatabase();
  newsroom = await ledgerNewsroom(database.db);
  const claimId = await newsroom.quote("Mara Quill", "Bridges in this county have never been safer");
  await newsroom.publish(claimId, { rating: "False", summary: "Eleven bridges failed inspection." });
  // On Postgres the second server hears changes on its own connection, as another process would;
  // PGlite is one process, so both share it.
  if (database.kind === "postgres") secondConnection = await openDatabase({ url: database.location });
  first = await startServerInProcess(database, { LEDGER_PAGE_CACHE: "off" });
  second = await startServerInProcess(database, {}, { changesFrom: secondConnection ?? undefined });
}, 180_000);

afterAll(async () => {
  await second?.close();
  await first?.close();
  await secondConnection?.close();
  await database?.dispose();
});

describe("the public page cache", () => {
  it("answers a reader's second view from memory, and shares no reader's CSP nonce", async () => {
    const fresh = await ledgerPage(second);
    expect(fresh.html).toContain("Bridges in this county have never been safer");
    const again = await ledgerPage(second);
    expect(again.cache).toBe("hit");
    expect(again.html).toBe(fresh.html);
    expect(nonceOf(again.response)).not.toBe(nonceOf(fresh.response));
    expect(again.html).not.toContain(nonceOf(fresh.response));
  });

  it("renders every view afresh with LEDGER_PAGE_CACHE=off", async () => {
    await ledgerPage(first);
    expect((await ledgerPage(first)).cache).toBeNull();
  });

  it("never answers from memory a request that carries a validator or is not a GET", async () => {
    await ledgerPage(second);
    expect((await ledgerPage(second, { headers: { "If-None-Match": 'W/"x"' } })).cache).toBeNull();
    expect((await second.request("/ledger", { method: "HEAD" })).headers.get("x-page-cache")).toBeNull();
  });

  it("shows a publication on every instance as soon as it is committed", async () => {
    await ledgerPage(second);
    expect((await ledgerPage(second)).cache).toBe("hit");
    const claimId = await newsroom.quote("Tom Reyes", "Unemployment fell every month this year");
    await newsroom.publish(claimId, { rating: "Mostly true", summary: "It fell in ten months out of twelve." });
    // The notification reaches the second instance's connection a moment after the commit.
    for (const app of [first, second]) {
      await vi.waitFor(async () => expect((await ledgerPage(app)).html).toContain("Unemployment fell every month"), {
        timeout: 5_000,
        interval: 20,
      });
    }
  });

  it("shows a claim going under review for a correction", async () => {
    const [listed] = (await ledgerPage(second)).html.match(/\/ledger\/\d+-[\w-]+/) ?? [];
    expect(listed).toBeDefined();
    const claimId = Number(/\/ledger\/(\d+)-/.exec(listed ?? "")?.[1]);
    await newsroom.reopen(claimId, "A reader sent a newer register.");
    await vi.waitFor(async () => expect((await ledgerPage(second)).html).toContain("Under review"), {
      timeout: 5_000,
      interval: 20,
    });
  });
});
