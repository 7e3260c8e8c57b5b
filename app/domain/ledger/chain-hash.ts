import { canonicalJson, type JsonValue } from "./canonical-json";

// One ledger entry's hash covers what was published and the entry before it, so changing any
// published document (or removing an entry) changes every hash after it.

export const GENESIS_HASH = "0".repeat(64);

export type LedgerEntryKind = "publication" | "correction";

export interface LedgerEntryContent {
  claimId: number;
  kind: LedgerEntryKind;
  recordedAt: string;
  document: JsonValue;
}

export function entryCanonical(content: LedgerEntryContent): string {
  return canonicalJson({
    claimId: content.claimId,
    kind: content.kind,
    recordedAt: content.recordedAt,
    document: content.document,
  });
}

/** The text that is hashed: the previous entry's hash, a newline, then the canonical entry. */
export function hashInput(previousHash: string, canonical: string): string {
  return `${previousHash}\n${canonical}`;
}
