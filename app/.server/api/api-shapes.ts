import { speakerNeedsCheck } from "~/domain/attribution-evidence";
import type { ClaimKind, ClaimState } from "~/domain/claim-states";
import type { AttributionRule, Confidence } from "~/domain/extraction/types";
import type { FigureComparison } from "~/domain/figure-comparison";
import { type CaptureStatus, type RecheckStatus, type SourceFields, sourceFieldsOf } from "~/domain/sources";
import type { Article } from "../articles/articles";
import type { ClaimRecord } from "../claims/claim-record";
import type { ArticleClaim } from "../claims/claims";
import type { Rating } from "../review/ratings";
import type { QueueRow } from "../review/review-queue";
import type { Source } from "../review/source-records";

// What the JSON API answers, field by field (docs/api.md describes the same shapes). Explicit, so a
// column added to the database never reaches API clients unannounced. Times are ISO 8601 strings,
// calendar days "YYYY-MM-DD".

type Iso = string;
type Day = string;

const iso = (value: Date) => value.toISOString();
const isoOrNull = (value: Date | null) => (value ? value.toISOString() : null);

export interface ApiPerson {
  id: string;
  name: string;
}

export interface ApiArticle {
  id: number;
  title: string;
  url: string | null;
  outlet: string | null;
  byline: string | null;
  publishedOn: Day | null;
  /** The text claims' start and end offsets point into (JavaScript string offsets, end exclusive). */
  body: string;
  version: number;
  createdAt: Iso;
  updatedAt: Iso;
}

export function toApiArticle(article: Article): ApiArticle {
  return {
    id: article.id,
    title: article.title,
    url: article.url,
    outlet: article.outlet,
    byline: article.byline,
    publishedOn: article.publishedOn,
    body: article.body,
    version: article.version,
    createdAt: iso(article.createdAt),
    updatedAt: iso(article.updatedAt),
  };
}

export interface ApiClaim {
  id: number;
  articleId: number;
  kind: ClaimKind;
  text: string;
  start: number;
  end: number;
  /** True when an edit of the article removed these words: the claim keeps its text but no place. */
  anchorLost: boolean;
  speaker: { id: number; name: string; title: string | null } | null;
  /** How extraction found the speaker; `needsCheck` until a person confirms or corrects a medium or low one. */
  attribution: {
    rule: AttributionRule | null;
    confidence: Confidence | null;
    needsCheck: boolean;
    /** Words that describe rather than name the source ("critics"); no speaker is set from them. */
    description: string | null;
  };
  sentence: string | null;
  /** For a claim about a number: the figure as read from the text. */
  value: number | null;
  unit: string | null;
  qualifier: string | null;
  state: ClaimState;
  /** Send it back with any change: a change made against an older version is refused (409). */
  version: number;
  assignee: ApiPerson | null;
  dueOn: Day | null;
  repeatOfId: number | null;
  publishedVerdictId: number | null;
  firstPublishedAt: Iso | null;
  createdAt: Iso;
  updatedAt: Iso;
}

export function toApiClaim(claim: ArticleClaim): ApiClaim {
  return {
    id: claim.id,
    articleId: claim.articleId,
    kind: claim.kind,
    text: claim.text,
    start: claim.start,
    end: claim.end,
    anchorLost: claim.anchorLost,
    speaker:
      claim.speakerId !== null && claim.speakerName !== null
        ? { id: claim.speakerId, name: claim.speakerName, title: claim.speakerTitle }
        : null,
    attribution: {
      rule: claim.attributionRule,
      confidence: claim.attributionConfidence,
      needsCheck: speakerNeedsCheck(claim),
      description: claim.speakerDescription,
    },
    sentence: claim.sentence,
    value: claim.value,
    unit: claim.unit,
    qualifier: claim.qualifier,
    state: claim.state,
    version: claim.version,
    assignee:
      claim.assigneeId !== null && claim.assigneeName !== null
        ? { id: claim.assigneeId, name: claim.assigneeName }
        : null,
    dueOn: claim.dueOn,
    repeatOfId: claim.repeatOfId,
    publishedVerdictId: claim.publishedVerdictId,
    firstPublishedAt: isoOrNull(claim.firstPublishedAt),
    createdAt: iso(claim.createdAt),
    updatedAt: iso(claim.updatedAt),
  };
}

/** A claim in a list: enough to pick it out; GET /api/v1/claims/:id has the rest. */
export interface ApiClaimListItem {
  id: number;
  articleId: number;
  articleTitle: string;
  kind: ClaimKind;
  text: string;
  speaker: { id: number; name: string } | null;
  state: ClaimState;
  version: number;
  assignee: ApiPerson | null;
  dueOn: Day | null;
  /** Due before today and not yet published or dismissed. */
  overdue: boolean;
  createdAt: Iso;
  /** When the claim entered its current state. */
  stateSince: Iso;
}

export function toApiClaimListItem(row: QueueRow): ApiClaimListItem {
  return {
    id: row.id,
    articleId: row.articleId,
    articleTitle: row.articleTitle,
    kind: row.kind,
    text: row.text,
    speaker: row.speakerId !== null && row.speakerName !== null ? { id: row.speakerId, name: row.speakerName } : null,
    state: row.state,
    version: row.version,
    assignee:
      row.assigneeId !== null && row.assigneeName !== null ? { id: row.assigneeId, name: row.assigneeName } : null,
    dueOn: row.dueOn,
    overdue: row.overdue,
    createdAt: iso(row.createdAt),
    stateSince: iso(row.stateSince),
  };
}

/** The source's own fields (url, title, publisher, kind, passage, accessedOn, archiveUrl), then ours. */
export interface ApiSource extends SourceFields {
  id: number;
  claimId: number;
  createdAt: Iso;
  /** The page as Claimdesk read it when the source was added (its text is shown on the claim page). */
  capture: {
    status: CaptureStatus;
    error: string | null;
    at: Iso | null;
    title: string | null;
    sha256: string | null;
  };
  /** The last re-check of a published claim's source: did the page change or disappear? */
  recheck: { status: RecheckStatus | null; note: string | null; at: Iso | null };
}

export function toApiSource(source: Source): ApiSource {
  return {
    id: source.id,
    claimId: source.claimId,
    ...sourceFieldsOf(source),
    createdAt: iso(source.createdAt),
    capture: {
      status: source.captureStatus,
      error: source.captureError,
      at: isoOrNull(source.capturedAt),
      title: source.capturedTitle,
      sha256: source.capturedSha256,
    },
    recheck: { status: source.recheckStatus, note: source.recheckNote, at: isoOrNull(source.recheckedAt) },
  };
}

export interface ApiRating {
  id: number;
  label: string;
  description: string;
  colour: string;
  /** Display order, best first. */
  position: number;
  /** False for ratings outside the true-to-false order, such as "Unproven". */
  scored: boolean;
}

export function toApiRating(rating: Rating): ApiRating {
  return {
    id: rating.id,
    label: rating.label,
    description: rating.description,
    colour: rating.colour,
    position: rating.position,
    scored: rating.scored,
  };
}

export interface ApiVerdict {
  id: number;
  /** 1 for the claim's first verdict, 2 for the next…: every version is kept. */
  number: number;
  rating: { id: number; label: string; colour: string };
  summary: string;
  /** Markdown. */
  rationale: string;
  author: ApiPerson;
  approvedBy: ApiPerson | null;
  approvedAt: Iso | null;
  publishedAt: Iso | null;
  correctionNote: string | null;
  createdAt: Iso;
}

type VerdictVersion = ClaimRecord["verdicts"][number];

export function toApiVerdict(verdict: VerdictVersion): ApiVerdict {
  return {
    id: verdict.id,
    number: verdict.number,
    rating: { id: verdict.rating.id, label: verdict.rating.label, colour: verdict.rating.colour },
    summary: verdict.summary,
    rationale: verdict.rationale,
    author: { id: verdict.authorId, name: verdict.authorName },
    approvedBy:
      verdict.approvedById !== null && verdict.approvedByName !== null
        ? { id: verdict.approvedById, name: verdict.approvedByName }
        : null,
    approvedAt: isoOrNull(verdict.approvedAt),
    publishedAt: isoOrNull(verdict.publishedAt),
    correctionNote: verdict.correctionNote,
    createdAt: iso(verdict.createdAt),
  };
}

export interface ApiClaimEvent {
  id: number;
  action: string;
  fromState: string | null;
  toState: string | null;
  note: string | null;
  details: Record<string, unknown>;
  /** Who did it (display name); null for Claimdesk itself, such as extraction. */
  actor: string | null;
  at: Iso;
}

export interface ApiClaimDetail extends ApiClaim {
  article: { id: number; title: string; url: string | null; outlet: string | null; publishedOn: Day | null };
  sources: ApiSource[];
  /** The latest version: the draft under review, or the approved or published one. */
  currentVerdict: ApiVerdict | null;
  /** Every version, oldest first. */
  verdicts: ApiVerdict[];
  /** For a claim about a number: the figure it is checked against. */
  reference: {
    value: number;
    unit: string | null;
    asOf: Day | null;
    sourceId: number | null;
    comparison: FigureComparison | null;
  } | null;
  /** Every step, oldest first. */
  events: ApiClaimEvent[];
}

export function toApiClaimDetail(record: ClaimRecord): ApiClaimDetail {
  const verdicts = record.verdicts.map(toApiVerdict);
  return {
    ...toApiClaim(record.claim),
    article: {
      id: record.article.id,
      title: record.article.title,
      url: record.article.url,
      outlet: record.article.outlet,
      publishedOn: record.article.publishedOn,
    },
    sources: record.sources.map(toApiSource),
    currentVerdict: verdicts.at(-1) ?? null,
    verdicts,
    reference: record.reference && {
      value: record.reference.value,
      unit: record.reference.unit,
      asOf: record.reference.asOf,
      sourceId: record.reference.source?.id ?? null,
      comparison: record.reference.comparison,
    },
    events: record.events.map((event) => ({
      id: event.id,
      action: event.action,
      fromState: event.fromState,
      toState: event.toState,
      note: event.note,
      details: event.details,
      actor: event.actorName,
      at: iso(event.createdAt),
    })),
  };
}
