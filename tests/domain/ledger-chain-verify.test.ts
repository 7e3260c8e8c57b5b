import { createHash } from "node:crypto";
import { describe, expect, it } from "vitest";
import { entryCanonical, GENESIS_HASH, hashInput } from "~/domain/ledger/chain-hash";
import { type ChainEntry, ChainWalk, describeReport, firstDifference } from "~/domain/ledger/chain-verify";

const sha256 = (text: string) => createHash("sha256").update(text, "utf8").digest("hex");

/** A well-formed chain of `count` entries, as appendLedgerEntry writes them. */
function chain(count: number): ChainEntry[] {
  const entries: ChainEntry[] = [];
  let previousHash = GENESIS_HASH;
  for (let id = 1; id <= count; id++) {
    const recordedAt = new Date(Date.UTC(2025, 0, id)).toISOString();
    const kind = id === 3 ? "correction" : "publication";
    const canonical = entryCanonical({ claimId: id * 10, kind, recordedAt, document: { text: `claim ${id}` } });
    const hash = sha256(hashInput(previousHash, canonical));
    entries.push({ id, claimId: id * 10, kind, recordedAt, canonical, previousHash, hash });
    previousHash = hash;
  }
  return entries;
}

function walk(entries: ChainEntry[], keptHead: string | null = null) {
  const walker = new ChainWalk(sha256, keptHead);
  for (const entry of entries) if (!walker.add(entry)) break;
  return walker.report();
}

describe("ChainWalk", () => {
  it("accepts a chain that hashes up from the genesis hash and reports its head", () => {
    const entries = chain(4);
    expect(walk(entries)).toEqual({ ok: true, count: 4, head: entries[3]?.hash });
    expect(walk([])).toEqual({ ok: true, count: 0, head: GENESIS_HASH });
  });

  it("stops at an entry whose canonical text was edited", () => {
    const entries = chain(4);
    entries[1] = {
      ...(entries[1] as ChainEntry),
      canonical: (entries[1] as ChainEntry).canonical.replace("claim 2", "claim two"),
    };
    expect(walk(entries)).toMatchObject({ ok: false, count: 1, mismatch: { entryId: 2, claimId: 20 } });
  });

  it("stops at the entry after one that was removed", () => {
    const entries = chain(4);
    entries.splice(1, 1);
    expect(walk(entries)).toMatchObject({
      ok: false,
      mismatch: { entryId: 3, problem: expect.stringContaining("previous hash") },
    });
  });

  it("stops when a column contradicts the canonical text, or the text is not canonical", () => {
    const entries = chain(2);
    const second = entries[1] as ChainEntry;
    expect(walk([entries[0] as ChainEntry, { ...second, claimId: 99 }])).toMatchObject({
      ok: false,
      mismatch: { entryId: 2, problem: expect.stringContaining("records claim 20") },
    });
    expect(walk([entries[0] as ChainEntry, { ...second, canonical: ` ${second.canonical}` }])).toMatchObject({
      ok: false,
      mismatch: { entryId: 2, problem: expect.stringContaining("canonical form") },
    });
  });

  it("stops when a rewritten entry's hash was recomputed but the next entry still points at the old one", () => {
    const entries = chain(3);
    const second = entries[1] as ChainEntry;
    const canonical = second.canonical.replace("claim 2", "claim two");
    entries[1] = { ...second, canonical, hash: sha256(hashInput(second.previousHash, canonical)) };
    expect(walk(entries)).toMatchObject({ ok: false, mismatch: { entryId: 3 } });
  });

  it("fails when the head a reader kept is no longer in the chain (the chain was rewritten from there)", () => {
    const entries = chain(3);
    expect(walk(entries, entries[1]?.hash ?? null).ok).toBe(true);
    const report = walk(entries.slice(0, 1), entries[2]?.hash ?? null);
    expect(report).toMatchObject({ ok: false, mismatch: { entryId: null } });
    expect(describeReport(report)).toMatch(/^MISMATCH: the head you kept/);
  });

  it("summarises a report in one line", () => {
    const entries = chain(2);
    expect(describeReport(walk(entries))).toBe(`OK: 2 ledger entries, head ${entries[1]?.hash}`);
    entries[0] = { ...(entries[0] as ChainEntry), hash: "f".repeat(64) };
    expect(describeReport(walk(entries))).toMatch(/^MISMATCH at entry 1 \(claim 10\): its hash does not match/);
  });
});

describe("firstDifference", () => {
  it("names the first path where two documents differ", () => {
    const before = { verdict: { summary: "A", number: 1 }, sources: [{ url: "x" }, { url: "y" }] };
    expect(firstDifference(before, structuredClone(before))).toBeNull();
    expect(firstDifference(before, { ...before, verdict: { summary: "B", number: 1 } })).toBe("verdict.summary");
    expect(firstDifference(before, { ...before, sources: [{ url: "x" }, { url: "z" }] })).toBe("sources[1].url");
    expect(firstDifference(before, { ...before, sources: [{ url: "x" }] })).toBe("sources (2 items, now 1)");
  });
});
