import type { ClaimContext } from "../claim-context";
import type { ClaimKind } from "../claim-states";
import { AppError } from "../errors";
import { canonicalJson, type JsonValue } from "./canonical-json";
import type { PublishedDocument, PublishedFigures, PublishedSource } from "./published-document";

// What an editor approves of a claim: the part of its published document the newsroom decides — the
// words, who said them and where, the verdict and what it rests on. Projected from the very document
// publication puts on the ledger, so nothing readers see can change unreviewed. Left out is what
// legitimately changes between approval and publication: the dates of approval and publication, the
// correction history and note, other claims' appearances, and the scale's labels, colours and order,
// which an admin may edit at any time (the rating itself is kept by its id).

/** A source as approved: with its quote check (finding and passage) when the claim is a quote and one
 *  was made, so a finding that changes after approval sends the claim back to review. */
export type PublicRecordSource = Omit<PublishedSource, "capturedAt">;

// A type, not an interface, so a record is a plain JSON object wherever one is expected.
export type PublicRecord = {
  text: string;
  kind: ClaimKind;
  /** The slug carries the speaker's id: a claim moved to another speaker of the same name changes too. */
  speaker: { name: string; slug: string } | null;
  speakerTitle: string | null;
  articleTitle: string;
  articleUrl: string | null;
  outlet: string | null;
  saidOn: string | null;
  sentence: string | null;
  paragraph: ClaimContext | null;
  ratingId: number;
  summary: string;
  rationale: string;
  sources: PublicRecordSource[];
  figures: PublishedFigures | null;
};

export type PublicRecordPart = keyof PublicRecord;

/** Each part of the record in the newsroom's words, in the order messages list them. */
export const PUBLIC_RECORD_PARTS: Record<PublicRecordPart, string> = {
  text: "the claim's words",
  kind: "the kind of claim",
  speaker: "the speaker",
  speakerTitle: "the speaker's title",
  articleTitle: "the article's title",
  articleUrl: "the article's address",
  outlet: "the outlet",
  saidOn: "the date it was said",
  sentence: "the sentence it was said in",
  paragraph: "the context paragraph",
  ratingId: "the rating",
  summary: "the summary",
  rationale: "the rationale",
  sources: "the sources",
  figures: "the reference figure",
};

const PARTS = Object.keys(PUBLIC_RECORD_PARTS) as PublicRecordPart[];

export function publicRecordOf(document: PublishedDocument): PublicRecord {
  return {
    text: document.text,
    kind: document.kind,
    speaker: document.speaker ? { name: document.speaker.name, slug: document.speaker.slug } : null,
    speakerTitle: document.speaker?.title ?? null,
    articleTitle: document.article.title,
    articleUrl: document.article.url,
    outlet: document.article.outlet,
    saidOn: document.article.publishedOn,
    sentence: document.context.sentence,
    paragraph: document.context.paragraph,
    ratingId: document.verdict.rating.id,
    summary: document.verdict.summary,
    rationale: document.verdict.rationale,
    sources: document.sources.map(({ capturedAt: _capturedAt, ...source }) => source),
    figures: document.figures,
  };
}

/** The exact text the record's SHA-256 covers (the ledger chain's canonical JSON). */
export function canonicalPublicRecord(record: PublicRecord): string {
  return canonicalJson(record as unknown as JsonValue);
}

/** The parts that differ between an earlier record (as stored, so possibly of an older shape) and the
 *  current one, in PUBLIC_RECORD_PARTS order. */
export function changedParts(earlier: Readonly<Record<string, unknown>>, current: PublicRecord): PublicRecordPart[] {
  const canonical = (value: unknown) => (value === undefined ? undefined : canonicalJson(value as JsonValue));
  return PARTS.filter((part) => canonical(earlier[part]) !== canonical(current[part]));
}

/** A verdict's approval as stored: null on both for a verdict approved before approvals covered the record. */
export interface StoredApproval {
  approvedRecord: Readonly<Record<string, unknown>> | null;
  approvedRecordSha256: string | null;
}

/** What changed since approval: null while the approval covers the current record, an empty list for a
 *  verdict approved before approvals covered the public record (nothing to compare it with). */
export function outdatedParts(
  approval: StoredApproval,
  current: { record: PublicRecord; sha256: string },
): PublicRecordPart[] | null {
  if (approval.approvedRecordSha256 === current.sha256) return null;
  return approval.approvedRecord ? changedParts(approval.approvedRecord, current.record) : [];
}

const listFormat = new Intl.ListFormat("en-GB", { style: "long", type: "conjunction" });

/** "the speaker, the article's title and the sources". */
export function describeParts(parts: readonly PublicRecordPart[]): string {
  return listFormat.format(parts.map((part) => PUBLIC_RECORD_PARTS[part]));
}

/** Why publishing was refused: the approval no longer covers what publishing would show, and the
 *  claim went back to review (the refusal says so; the server commits that before refusing). */
export function outdatedApprovalMessage(changed: readonly PublicRecordPart[]): string {
  const what =
    changed.length === 0
      ? "This verdict was approved before approvals covered the public record"
      : `${capitalise(describeParts(changed))} changed since this verdict was approved`;
  return `${what}, so it was not published. The claim is back in review: an editor must approve it again.`;
}

/** Publishing found the approved record outdated; the caller sends the claim back to review. */
export class ApprovalOutdatedError extends AppError {
  readonly claimId: number;
  readonly verdictId: number;
  /** Empty when the verdict was approved before approvals covered the public record. */
  readonly changed: PublicRecordPart[];

  constructor(claimId: number, verdictId: number, changed: PublicRecordPart[]) {
    super(409, "approval_outdated", outdatedApprovalMessage(changed));
    this.name = "ApprovalOutdatedError";
    this.claimId = claimId;
    this.verdictId = verdictId;
    this.changed = changed;
  }
}

const capitalise = (text: string) => text.charAt(0).toUpperCase() + text.slice(1);
