import { desc, sql } from "drizzle-orm";
import type { JsonValue } from "~/domain/ledger/canonical-json";
import { entryCanonical, GENESIS_HASH, hashInput, type LedgerEntryKind } from "~/domain/ledger/chain-hash";
import type { Database } from "../db/database-types";
import { ledgerEntries } from "../db/schema/all-tables";
import { sha256Hex } from "../sha256";

// Any fixed number: publications from every app instance take turns appending to the one chain.
const CHAIN_LOCK_KEY = 4_201_772;

export interface NewLedgerEntry {
  claimId: number;
  kind: LedgerEntryKind;
  document: JsonValue;
}

/** Appends entries, in order, to the ledger's hash chain; call inside the publishing transaction. */
export async function appendLedgerEntries(tx: Database, entries: NewLedgerEntry[]): Promise<void> {
  if (entries.length === 0) return;
  await tx.execute(sql`select pg_advisory_xact_lock(${CHAIN_LOCK_KEY})`);
  const [last] = await tx
    .select({ hash: ledgerEntries.hash })
    .from(ledgerEntries)
    .orderBy(desc(ledgerEntries.id))
    .limit(1);
  let previousHash = last?.hash ?? GENESIS_HASH;
  const recordedAt = new Date();
  const rows = entries.map((entry) => {
    const canonical = entryCanonical({ ...entry, recordedAt: recordedAt.toISOString() });
    const hash = sha256Hex(hashInput(previousHash, canonical));
    const row = { claimId: entry.claimId, kind: entry.kind, canonical, previousHash, hash, recordedAt };
    previousHash = hash;
    return row;
  });
  await tx.insert(ledgerEntries).values(rows);
}

export function appendLedgerEntry(tx: Database, entry: NewLedgerEntry): Promise<void> {
  return appendLedgerEntries(tx, [entry]);
}
