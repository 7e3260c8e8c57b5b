import { type ClaimContext, claimInParagraph } from "../claim-context";
import type { ClaimKind } from "../claim-states";
import type { PublishedQuoteCheck } from "../quote-fidelity/check";
import type { SourceFields } from "../sources";
import { publishedClaimText } from "./claim-wording";
import { idSlug } from "./slug";

// What readers see of a published claim: the one shape that is hashed into the ledger chain, stored
// in the public projection and rendered by every public page and export. Only published facts go in.

export interface PublishedRating {
  /** The rating on the newsroom's scale, so a swapped rating is told apart from a renamed one. */
  id: number;
  label: string;
  colour: string;
  position: number;
  scored: boolean;
  /** On the scale's numeric order (best = bestRating); null for a rating outside it, such as "Unproven". */
  ratingValue: number | null;
  bestRating: number | null;
  worstRating: number | null;
}

export interface PublishedVerdict {
  number: number;
  rating: PublishedRating;
  summary: string;
  /** Markdown. */
  rationale: string;
  publishedAt: string;
  correctionNote: string | null;
}

export interface PublishedSource extends SourceFields {
  capturedAt: string | null;
  capturedSha256: string | null;
  /** How faithful a quote is to this source, with the passage it was found in. Present only when the
   *  quote was checked, so records approved or chained before quote checks hash the same as they did. */
  quoteCheck?: PublishedQuoteCheck;
}

export interface PublishedFigures {
  claimed: { value: number | null; unit: string | null };
  reference: {
    value: number;
    unit: string | null;
    asOf: string | null;
    source: { title: string; url: string } | null;
    /** The sentence of the source the figure was taken from. Present only when one was recorded, so
     *  records approved or chained before passages were kept hash the same as they did. */
    passage?: string;
  };
}

/** Another place the same talking point was said. */
export interface PublishedAppearance {
  saidOn: string | null;
  speakerName: string | null;
  outlet: string | null;
  articleTitle: string;
  articleUrl: string | null;
  /** The claim's own ledger page. */
  slug: string;
}

export interface PublishedDocument {
  claimId: number;
  slug: string;
  text: string;
  kind: ClaimKind;
  context: { sentence: string | null; paragraph: ClaimContext | null };
  speaker: { name: string; slug: string; title: string | null } | null;
  article: { title: string; url: string | null; outlet: string | null; publishedOn: string | null };
  verdict: PublishedVerdict;
  /** Earlier published verdicts, newest first: the public correction history. */
  corrections: PublishedVerdict[];
  sources: PublishedSource[];
  figures: PublishedFigures | null;
  repeats: { count: number; appearances: PublishedAppearance[] };
  dates: { said: string | null; checked: string | null; published: string; updated: string };
}

export interface ScaleRating {
  id: number;
  label: string;
  colour: string;
  position: number;
  scored: boolean;
}

/** A rating as published: scored ratings count down from the best (n) to the worst (1). */
export function publishedRating(rating: ScaleRating, scale: readonly ScaleRating[]): PublishedRating {
  const ordered = scale.filter((each) => each.scored).sort((a, b) => a.position - b.position || a.id - b.id);
  const index = ordered.findIndex((each) => each.id === rating.id);
  const scored = rating.scored && index !== -1;
  return {
    id: rating.id,
    label: rating.label,
    colour: rating.colour,
    position: rating.position,
    scored,
    ratingValue: scored ? ordered.length - index : null,
    bestRating: scored ? ordered.length : null,
    worstRating: scored ? 1 : null,
  };
}

export const claimSlug = (claimId: number, text: string) => idSlug(claimId, text);
export const speakerSlug = (speakerId: number, name: string) => idSlug(speakerId, name);

/** A verdict version as stored: published once it has a publishedAt. */
export interface VerdictVersionFacts {
  id: number;
  number: number;
  ratingId: number;
  summary: string;
  rationale: string;
  approvedAt: Date | null;
  publishedAt: Date | null;
  correctionNote: string | null;
}

/** Everything the published document is made from, as read from the database (published rows only). */
export interface PublishedClaimFacts {
  claim: {
    id: number;
    text: string;
    kind: ClaimKind;
    sentence: string | null;
    startOffset: number;
    endOffset: number;
    anchorLost: boolean;
    value: number | null;
    unit: string | null;
    speakerTitle: string | null;
    referenceValue: number | null;
    referenceUnit: string | null;
    referenceAsOf: string | null;
    referencePassage?: string | null;
    firstPublishedAt: Date | null;
    /** The slug it was first published under, kept for good. */
    slug: string | null;
  };
  speaker: { id: number; name: string } | null;
  article: { title: string; url: string | null; outlet: string | null; publishedOn: string | null; body: string };
  /** The claim's published verdict versions, in any order. */
  publishedVerdicts: (VerdictVersionFacts & { publishedAt: Date })[];
  /** The one readers see now (claims.published_verdict_id). */
  currentVerdictId: number;
  scale: readonly ScaleRating[];
  sources: PublishedSource[];
  referenceSource: { title: string; url: string } | null;
  repeats: PublishedDocument["repeats"];
}

export function shapePublishedDocument(facts: PublishedClaimFacts): PublishedDocument {
  const { claim, article, speaker, scale } = facts;
  const toVerdict = (row: PublishedClaimFacts["publishedVerdicts"][number]): PublishedVerdict => {
    const rating = scale.find((each) => each.id === row.ratingId);
    if (!rating) throw new Error(`Rating ${row.ratingId} is not on the scale.`);
    return {
      number: row.number,
      rating: publishedRating(rating, scale),
      summary: row.summary,
      rationale: row.rationale,
      publishedAt: row.publishedAt.toISOString(),
      correctionNote: row.correctionNote,
    };
  };
  const newestFirst = [...facts.publishedVerdicts].sort((a, b) => b.number - a.number);
  const current = newestFirst.find((each) => each.id === facts.currentVerdictId);
  if (!current) throw new Error(`Claim ${claim.id}'s current verdict is not published.`);
  return {
    claimId: claim.id,
    slug: claim.slug ?? claimSlug(claim.id, publishedClaimText(claim)),
    text: publishedClaimText(claim),
    kind: claim.kind,
    context: {
      sentence: claim.sentence,
      paragraph: claim.anchorLost ? null : claimInParagraph(article.body, claim.startOffset, claim.endOffset),
    },
    speaker: speaker
      ? { name: speaker.name, slug: speakerSlug(speaker.id, speaker.name), title: claim.speakerTitle }
      : null,
    article: { title: article.title, url: article.url, outlet: article.outlet, publishedOn: article.publishedOn },
    verdict: toVerdict(current),
    corrections: newestFirst.filter((each) => each.id !== current.id).map(toVerdict),
    sources: facts.sources,
    figures:
      claim.referenceValue === null
        ? null
        : {
            claimed: { value: claim.value, unit: claim.unit },
            reference: {
              value: claim.referenceValue,
              unit: claim.referenceUnit,
              asOf: claim.referenceAsOf,
              source: facts.referenceSource,
              ...(claim.referencePassage ? { passage: claim.referencePassage } : {}),
            },
          },
    repeats: facts.repeats,
    dates: {
      said: article.publishedOn,
      checked: current.approvedAt?.toISOString() ?? null,
      published: (claim.firstPublishedAt ?? current.publishedAt).toISOString(),
      updated: current.publishedAt.toISOString(),
    },
  };
}
