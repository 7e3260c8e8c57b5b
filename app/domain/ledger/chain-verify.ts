import { type SourceFields, sourceFieldsOf } from "../sources";
import { canonicalJson, type JsonValue } from "./canonical-json";
import { entryCanonical, GENESIS_HASH, hashInput, type LedgerEntryKind } from "./chain-hash";
import type { PublishedDocument } from "./published-document";

// Checking the ledger's hash chain, entry by entry from the first, the same way whether the entries
// come from the database or from /ledger/chain.json: each entry must follow the one before it, its
// canonical text must be the canonical form of what it says, and its hash must be that text's.

/** One entry as stored and as /ledger/chain.json gives it. */
export interface ChainEntry {
  id: number;
  claimId: number;
  kind: string;
  recordedAt: string;
  canonical: string;
  previousHash: string;
  hash: string;
}

export interface ChainMismatch {
  /** Null when no entry is at fault but one is missing (the head hash a reader kept is not there). */
  entryId: number | null;
  claimId: number | null;
  problem: string;
}

export type ChainReport =
  | { ok: true; count: number; head: string }
  | { ok: false; count: number; mismatch: ChainMismatch };

interface ParsedEntry {
  claimId: number;
  kind: LedgerEntryKind;
  recordedAt: string;
  document: JsonValue;
}

function parseCanonical(canonical: string): ParsedEntry | null {
  let value: unknown;
  try {
    value = JSON.parse(canonical);
  } catch {
    return null;
  }
  if (typeof value !== "object" || value === null || Array.isArray(value)) return null;
  const entry = value as Record<string, unknown>;
  const kindOk = entry.kind === "publication" || entry.kind === "correction";
  if (typeof entry.claimId !== "number" || !kindOk || typeof entry.recordedAt !== "string") return null;
  if (typeof entry.document !== "object" || entry.document === null) return null;
  return entry as unknown as ParsedEntry;
}

/** The published document an entry records (null when its text is not an entry). */
export function entryDocument(entry: Pick<ChainEntry, "canonical">): PublishedDocument | null {
  return (parseCanonical(entry.canonical)?.document as unknown as PublishedDocument | undefined) ?? null;
}

/** What is wrong with one entry, given the hash of the entry before it; null when nothing is. */
export function entryProblem(entry: ChainEntry, previousHash: string, sha256: (text: string) => string): string | null {
  if (entry.previousHash !== previousHash)
    return `its previous hash ${entry.previousHash} is not the hash of the entry before it (${previousHash})`;
  const parsed = parseCanonical(entry.canonical);
  if (!parsed) return "its canonical text is not a ledger entry";
  const canonical = entryCanonical(parsed);
  if (canonical !== entry.canonical) return "its canonical text is not in canonical form";
  if (parsed.claimId !== entry.claimId)
    return `it is filed under claim ${entry.claimId} but records claim ${parsed.claimId}`;
  if (parsed.kind !== entry.kind) return `it is filed as a ${entry.kind} but records a ${parsed.kind}`;
  if (Date.parse(parsed.recordedAt) !== Date.parse(entry.recordedAt))
    return `it is dated ${entry.recordedAt} but records ${parsed.recordedAt}`;
  if (sha256(hashInput(previousHash, canonical)) !== entry.hash)
    return "its hash does not match its canonical text and the previous hash";
  return null;
}

/** Walks the chain in order, one entry (or page of entries) at a time, keeping only the last hash. */
export class ChainWalk {
  count = 0;
  head = GENESIS_HASH;
  mismatch: ChainMismatch | null = null;
  private keptHeadSeen = false;

  /** `keptHead`: a head hash the reader noted earlier, which must still be in the chain. */
  constructor(
    private readonly sha256: (text: string) => string,
    private readonly keptHead: string | null = null,
  ) {}

  /** Checks the next entry; returns false (and keeps the mismatch) at the first one that fails. */
  add(entry: ChainEntry): boolean {
    if (this.mismatch) return false;
    const problem = entryProblem(entry, this.head, this.sha256);
    if (problem) {
      this.mismatch = { entryId: entry.id, claimId: entry.claimId, problem };
      return false;
    }
    if (entry.hash === this.keptHead) this.keptHeadSeen = true;
    this.head = entry.hash;
    this.count += 1;
    return true;
  }

  fail(mismatch: ChainMismatch): void {
    this.mismatch ??= mismatch;
  }

  report(): ChainReport {
    if (this.keptHead && !this.mismatch && !this.keptHeadSeen)
      this.fail({
        entryId: null,
        claimId: null,
        problem: `the head you kept (${this.keptHead}) is not in the chain: entries were removed or rewritten`,
      });
    return this.mismatch
      ? { ok: false, count: this.count, mismatch: this.mismatch }
      : { ok: true, count: this.count, head: this.head };
  }
}

/** The first place (as a dotted path) where two JSON values differ, or null when they are the same. */
export function firstDifference(
  expected: JsonValue | undefined,
  actual: JsonValue | undefined,
  path = "",
): string | null {
  if (canonicalJson(expected ?? null) === canonicalJson(actual ?? null)) return null;
  const where = path || "the whole document";
  if (Array.isArray(expected) && Array.isArray(actual)) {
    if (expected.length !== actual.length) return `${where} (${expected.length} items, now ${actual.length})`;
    for (const [index, item] of expected.entries()) {
      const difference = firstDifference(item, actual[index], `${path}[${index}]`);
      if (difference) return difference;
    }
    return where;
  }
  const isObject = (value: unknown): value is { [key: string]: JsonValue | undefined } =>
    typeof value === "object" && value !== null && !Array.isArray(value);
  if (isObject(expected) && isObject(actual)) {
    const keys = [...new Set([...Object.keys(expected), ...Object.keys(actual)])].sort();
    for (const key of keys) {
      const difference = firstDifference(expected[key], actual[key], path ? `${path}.${key}` : key);
      if (difference) return difference;
    }
  }
  return where;
}

/** The parts of a published document that come straight from the claim's published rows (the
 *  claim's text, its published verdict versions and its sources), for comparing with those rows.
 *  Left out: what legitimately changes without a new publication — a rating renamed or recoloured
 *  on the scale, a speaker renamed, a page captured later, repeats linked later. */
export interface PublishedRecord {
  text: string;
  verdicts: {
    number: number;
    ratingId: number;
    summary: string;
    rationale: string;
    publishedAt: string;
    correctionNote: string | null;
  }[];
  /** Null while a correction is being researched: sources may then be edited before republishing. */
  sources: SourceFields[] | null;
}

export function publishedRecordOf(document: PublishedDocument, options: { withSources: boolean }): PublishedRecord {
  return {
    text: document.text,
    verdicts: [document.verdict, ...document.corrections]
      .map((verdict) => ({
        number: verdict.number,
        ratingId: verdict.rating.id,
        summary: verdict.summary,
        rationale: verdict.rationale,
        publishedAt: verdict.publishedAt,
        correctionNote: verdict.correctionNote,
      }))
      .sort((a, b) => b.number - a.number),
    sources: options.withSources ? document.sources.map(sourceFieldsOf) : null,
  };
}

/** The one-line summary the CLI prints. */
export function describeReport(report: ChainReport): string {
  if (report.ok) {
    const entries = report.count === 1 ? "entry" : "entries";
    return `OK: ${report.count} ledger ${entries}, head ${report.head}`;
  }
  const { entryId, claimId, problem } = report.mismatch;
  const where = entryId === null ? "" : ` at entry ${entryId} (claim ${claimId})`;
  return `MISMATCH${where}: ${problem}.`;
}
