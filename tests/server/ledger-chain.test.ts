import { execFile } from "node:child_process";
import { promisify } from "node:util";
import { eq, sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { claims, ledgerClaims, ledgerEntries, ratings, sources, verdicts } from "~/.server/db/schema/all-tables";
import { verifyLedger, verifyPublishedChain } from "~/.server/ledger/verify-ledger";
import { describeReport } from "~/domain/ledger/chain-verify";
import { loader as chainLoader } from "~/routes/ledger.chain[.]json";
import { type LedgerNewsroom, ledgerNewsroom } from "../helpers/ledger-newsroom";
import { createTestDatabase, type TestDatabase } from "../helpers/test-database";
import { type LocalServer, startLocalServer } from "./fetch/local-server";

let database: TestDatabase;
let newsroom: LedgerNewsroom;
let site: LocalServer;
const claimIds: number[] = [];

beforeAll(async () => {
  database = await createTestDatabase();
  newsroom = await ledgerNewsroom(database.db);
  for (const [speaker, words, rating] of [
    ["Mara Quill", "Bridges in this county have never been safer", "False"],
    ["Tom Reyes", "Unemployment fell every month this year", "Mostly true"],
    ["Mara Quill", "We built more schools than any county", "Half true"],
  ] as const) {
    const claimId = await newsroom.quote(speaker, words);
    await newsroom.publish(claimId, { rating, summary: `Checked: ${words}.`, rationale: "See the **register**." });
    claimIds.push(claimId);
  }
  // /ledger/chain.json, served over HTTP on 127.0.0.1 by the route's own loader.
  site = await startLocalServer(async (request, response) => {
    const answer = await chainLoader({
      request: new Request(site.url(request.url)),
      params: {},
      context: { db: database.db },
    });
    response.writeHead(answer.status, Object.fromEntries(answer.headers));
    response.end(Buffer.from(await answer.arrayBuffer()));
  });
});

afterAll(async () => {
  await site?.close();
  await database?.dispose();
});

const verify = () => verifyLedger(database.db);
const entriesOf = (claimId: number) =>
  database.db.select().from(ledgerEntries).where(eq(ledgerEntries.claimId, claimId)).orderBy(ledgerEntries.id);

/** Runs `change` as someone with database access would, checks what verify says, then puts it back. */
async function tampered(change: string, ...undo: string[]) {
  await database.db.execute(sql.raw(change));
  try {
    return await verify();
  } finally {
    for (const statement of undo) await database.db.execute(sql.raw(statement));
  }
}

describe("ledger verify against the database", () => {
  it("is OK after publications, with the head hash and the number of entries", async () => {
    const report = await verify();
    const [head] = await database.db.select().from(ledgerEntries).orderBy(sql`id desc`).limit(1);
    expect(report).toEqual({ ok: true, count: 3, head: head?.hash });
    expect(describeReport(report)).toBe(`OK: 3 ledger entries, head ${head?.hash}`);
  });

  it("fails at the claim's entry when a published verdict's summary is edited in SQL", async () => {
    const claimId = claimIds[1] as number;
    const [entry] = await entriesOf(claimId);
    const report = await tampered(
      `update verdicts set summary = 'Rewritten quietly.' where claim_id = ${claimId}`,
      `update verdicts set summary = 'Checked: Unemployment fell every month this year.' where claim_id = ${claimId}`,
    );
    expect(report).toMatchObject({ ok: false, mismatch: { entryId: entry?.id, claimId } });
    expect(describeReport(report)).toMatch(
      /published data in the database differs from this entry at verdicts\[0\]\.summary/,
    );
    expect((await verify()).ok).toBe(true);
  });

  it("fails at the claim's entry when the public document is edited, or its rating swapped", async () => {
    const claimId = claimIds[0] as number;
    const [entry] = await entriesOf(claimId);
    const [row] = await database.db.select().from(ledgerClaims).where(eq(ledgerClaims.claimId, claimId));
    const report = await tampered(
      `update ledger_claims set document = jsonb_set(document, '{verdict,summary}', '"All fine."') where claim_id = ${claimId}`,
      `update ledger_claims set document = jsonb_set(document, '{verdict,summary}', '${JSON.stringify(row?.document.verdict.summary)}') where claim_id = ${claimId}`,
    );
    expect(report).toMatchObject({ ok: false, mismatch: { entryId: entry?.id, claimId } });
    expect(describeReport(report)).toMatch(/public ledger shows a different verdict\.summary/);

    const [trueRating] = await database.db.select().from(ratings).where(eq(ratings.label, "True"));
    const swapped = await tampered(
      `update ledger_claims set rating_id = ${trueRating?.id} where claim_id = ${claimId}`,
      `update ledger_claims set rating_id = ${row?.ratingId} where claim_id = ${claimId}`,
    );
    expect(swapped).toMatchObject({ ok: false, mismatch: { entryId: entry?.id } });

    await database.db.execute(sql`update ledger_claims set rating_id = ${trueRating?.id} where claim_id = ${claimId}`);
    const bothSwapped = await tampered(
      `update verdicts set rating_id = ${trueRating?.id} where id = (select published_verdict_id from claims where id = ${claimId})`,
      `update verdicts set rating_id = ${row?.ratingId} where id = (select published_verdict_id from claims where id = ${claimId})`,
      `update ledger_claims set rating_id = ${row?.ratingId} where claim_id = ${claimId}`,
    );
    expect(bothSwapped).toMatchObject({ ok: false, mismatch: { entryId: entry?.id } });
    expect(describeReport(bothSwapped)).toMatch(/verdicts\[0\]\.ratingId/);
  });

  it("fails at the claim's entry when a row the lists read is edited or removed", async () => {
    const claimId = claimIds[2] as number;
    const entry = (await entriesOf(claimId)).at(-1);
    const restoreSearch = `insert into ledger_search (claim_id, published_at, rating_id, speaker_id, kind, said_on, outlet, search)
      select claim_id, published_at, rating_id, speaker_id, kind, said_on, outlet, claimdesk_ledger_search_vector(ledger_claims)
      from ledger_claims where claim_id = ${claimId}`;
    const [row] = await database.db.select().from(ledgerClaims).where(eq(ledgerClaims.claimId, claimId));
    const cases = [
      [`delete from ledger_search where claim_id = ${claimId}`, [restoreSearch], /missing from ledger_search/],
      [
        `update ledger_claims set speaker_id = null where claim_id = ${claimId}`,
        [`update ledger_claims set speaker_id = ${row?.speakerId} where claim_id = ${claimId}`],
        /another speaker_id than this entry records/,
      ],
      [
        `update ledger_claims set published_at = published_at + interval '1 day' where claim_id = ${claimId}`,
        [`update ledger_claims set published_at = published_at - interval '1 day' where claim_id = ${claimId}`],
        /another published_at than this entry records/,
      ],
      [
        `update ledger_search set kind = 'statement' where claim_id = ${claimId}`,
        [`update ledger_search set kind = 'quote' where claim_id = ${claimId}`],
        /ledger_search files the claim under another kind/,
      ],
      [
        `update ledger_search set search = to_tsvector('english', 'nothing to see') where claim_id = ${claimId}`,
        [`delete from ledger_search where claim_id = ${claimId}`, restoreSearch],
        /ledger_search indexes other words/,
      ],
    ] as const;
    for (const [change, undo, problem] of cases) {
      const report = await tampered(change, ...undo);
      expect(report).toMatchObject({ ok: false, mismatch: { entryId: entry?.id, claimId } });
      expect(describeReport(report)).toMatch(problem);
    }
    expect((await verify()).ok).toBe(true);
  });

  it("fails when a verdict count the charts show differs from the public ledger", async () => {
    const report = await tampered(
      "update ledger_tallies set claims = claims + 5 where speaker_id is not null",
      "update ledger_tallies set claims = claims - 5 where speaker_id is not null",
    );
    expect(report).toMatchObject({ ok: false, mismatch: { entryId: null } });
    expect(describeReport(report)).toMatch(
      /ledger_tallies counts \d+ for speaker \d+ rated \d+, but the public ledger has \d+/,
    );
  });

  it("fails when a published claim's source is edited", async () => {
    const claimId = claimIds[2] as number;
    const report = await tampered(
      `update sources set url = 'https://other.example/' where claim_id = ${claimId}`,
      `update sources set url = 'https://data.example/register' where claim_id = ${claimId}`,
    );
    expect(report).toMatchObject({ ok: false, mismatch: { claimId } });
    expect(describeReport(report)).toMatch(/sources\[0\]\.url/);
  });

  it("fails at an entry rewritten in the chain itself (append-only trigger switched off), however its hash is fixed up", async () => {
    const claimId = claimIds[1] as number;
    const [entry] = await entriesOf(claimId);
    if (!entry) throw new Error("no entry");
    const forged = entry.canonical.replace("Mostly true", "True");
    await database.db.execute(sql`alter table ledger_entries disable trigger user`);
    try {
      const rewritten = await tampered(
        `update ledger_entries set canonical = '${forged.replaceAll("'", "''")}' where id = ${entry.id}`,
        `update ledger_entries set canonical = '${entry.canonical.replaceAll("'", "''")}' where id = ${entry.id}`,
      );
      expect(rewritten).toMatchObject({ ok: false, count: 1, mismatch: { entryId: entry.id, claimId } });
      expect(describeReport(rewritten)).toMatch(/its hash does not match/);

      const removed = await tampered(
        `delete from ledger_entries where id = ${entry.id}`,
        `insert into ledger_entries overriding system value select ${entry.id}, ${claimId}, '${entry.kind}', '${entry.canonical.replaceAll("'", "''")}', '${entry.previousHash}', '${entry.hash}', '${entry.recordedAt.toISOString()}'`,
      );
      expect(removed).toMatchObject({ ok: false, mismatch: { entryId: entry.id + 1 } });
    } finally {
      await database.db.execute(sql`alter table ledger_entries enable trigger user`);
    }
    expect((await verify()).ok).toBe(true);
  });

  it("stays OK through a correction: under review, then republished with its note", async () => {
    const claimId = claimIds[0] as number;
    await newsroom.reopen(claimId, "The register was revised.");
    // While researching, sources may change before they are republished.
    await database.db.update(sources).set({ title: "Register (revised)" }).where(eq(sources.claimId, claimId));
    expect((await verify()).ok).toBe(true);
    await newsroom.correct(claimId, { rating: "Mostly false", summary: "Nine bridges failed." }, "Revised register.");
    const report = await verify();
    expect(report).toMatchObject({ ok: true, count: 4 });
    const [claim] = await database.db.select().from(claims).where(eq(claims.id, claimId));
    const published = await database.db.select().from(verdicts).where(eq(verdicts.claimId, claimId));
    expect(claim?.state).toBe("published");
    expect(published.filter((verdict) => verdict.publishedAt !== null)).toHaveLength(2);
  });

  it("fails when a public ledger row has no entry in the chain", async () => {
    const candidate = await newsroom.quote("Nia Park", "Rents have halved since spring");
    const source = claimIds[2] as number;
    const report = await tampered(
      `insert into ledger_claims (claim_id, slug, rating_id, kind, published_at, first_published_at, document)
       select ${candidate}, 'forged', rating_id, kind, published_at, first_published_at, document
       from ledger_claims where claim_id = ${source}`,
      // The search copy a trigger made of the forged row goes with it.
      `delete from ledger_search where claim_id = ${candidate}`,
      `delete from ledger_claims where claim_id = ${candidate}`,
    );
    expect(report).toMatchObject({ ok: false, mismatch: { entryId: null, claimId: candidate } });
    expect(describeReport(report)).toMatch(/on the public ledger without an entry in the chain/);
  });
});

describe("ledger verify against a live ledger's /ledger/chain.json", () => {
  it("recomputes the chain over HTTP, page by page, and checks a kept head", async () => {
    const local = await verifyLedger(database.db);
    if (!local.ok) throw new Error(describeReport(local));
    expect(await verifyPublishedChain(site.url())).toEqual(local);
    expect((await verifyPublishedChain(site.url(), { keptHead: local.head })).ok).toBe(true);
    expect(await verifyPublishedChain(site.url(), { keptHead: "a".repeat(64) })).toMatchObject({
      ok: false,
      mismatch: { entryId: null },
    });
  });

  it("finds a rewritten entry from the outside", async () => {
    const [entry] = await entriesOf(claimIds[1] as number);
    if (!entry) throw new Error("no entry");
    await database.db.execute(sql`alter table ledger_entries disable trigger user`);
    try {
      await database.db.execute(
        sql`update ledger_entries set canonical = replace(canonical, 'Mostly true', 'True') where id = ${entry.id}`,
      );
      expect(await verifyPublishedChain(site.url())).toMatchObject({ ok: false, mismatch: { entryId: entry.id } });
    } finally {
      await database.db.execute(sql`update ledger_entries set canonical = ${entry.canonical} where id = ${entry.id}`);
      await database.db.execute(sql`alter table ledger_entries enable trigger user`);
    }
  });

  it("is what `claimdesk ledger verify URL` prints, with exit 0 when OK and 1 on a mismatch", async () => {
    // Asynchronously: this process serves the ledger the command reads.
    const run = (...args: string[]) =>
      promisify(execFile)(process.execPath, ["--import", "tsx", "app/cli/main.ts", "ledger", "verify", ...args], {
        encoding: "utf8",
      }).then(
        (done) => ({ status: 0, stdout: done.stdout }),
        (failed: { code: number; stdout: string }) => ({ status: failed.code, stdout: failed.stdout }),
      );
    const ok = await run(site.url());
    expect(ok.stdout).toMatch(/^OK: 4 ledger entries, head [0-9a-f]{64}\n$/);
    expect(ok.status).toBe(0);
    const wrongHead = await run(site.url(), "--head", "b".repeat(64));
    expect(wrongHead.stdout).toMatch(/^MISMATCH: the head you kept/);
    expect(wrongHead.status).toBe(1);
    expect((await run("verify-typo")).status).toBe(2);
  });
});
