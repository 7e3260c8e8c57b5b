import type { ClaimContext } from "../claim-context";
import type { ClaimKind } from "../claim-states";
import type { SourceKind } from "../sources";
import { idSlug } from "./slug";

// What readers see of a published claim: the one shape that is hashed into the ledger chain, stored
// in the public projection and rendered by every public page and export. Only published facts go in.

export interface PublishedRating {
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

export interface PublishedSource {
  url: string;
  title: string;
  publisher: string | null;
  kind: SourceKind;
  passage: string | null;
  accessedOn: string | null;
  archiveUrl: string | null;
  capturedAt: string | null;
  capturedSha256: string | null;
}

export interface PublishedFigures {
  claimed: { value: number | null; unit: string | null };
  reference: {
    value: number;
    unit: string | null;
    asOf: string | null;
    source: { title: string; url: string } | null;
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
