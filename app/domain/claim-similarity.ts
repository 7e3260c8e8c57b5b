// When a claim repeats one said before (the "said before" suggestions and the draft check). Words are
// compared without their figures, so a number alone never makes two claims alike ("4,000 soldiers" is not
// "40,000 cars"); figures are compared as what they count (figure-match.ts: the same unit or counted
// noun) and by value, within a tolerance.

/** Words this alike (pg_trgm similarity, pg_trgm's own "similar" threshold) say the same thing; for a
 *  figure, its sentence must be this alike too when the unit names only a measure. */
export const MIN_WORDS_ALIKE = 0.3;
/** How far a figure may be from another and still be "the same figure": ±10 %. */
export const FIGURE_TOLERANCE = 0.1;

/** The value range a figure must fall in to be the same figure as `value`. */
export function toleranceRange(value: number): { low: number; high: number } {
  const margin = Math.abs(value) * FIGURE_TOLERANCE;
  return { low: value - margin, high: value + margin };
}

const percent = (fraction: number) => `${Math.round(Math.min(fraction, 1) * 100)} %`;

export interface SimilarityEvidence {
  sameSpeaker: boolean;
  /** How alike the words (or, for a figure, the sentences) are, 0–1. */
  alike: number;
  /** For a figure: the two values and what they count. */
  figure?: { value: number; earlierValue: number; unit: string };
}

/** Why an earlier claim is offered as a twin, in the words a checker reads. */
export function similarityReason(evidence: SimilarityEvidence): string {
  const parts: string[] = [];
  if (evidence.sameSpeaker) parts.push("same speaker");
  if (evidence.figure) {
    const { value, earlierValue, unit } = evidence.figure;
    const difference = value === 0 ? 0 : Math.abs(earlierValue - value) / Math.abs(value);
    parts.push(difference === 0 ? `same figure of ${unit}` : `figure of ${unit} within ${percent(difference)}`);
    parts.push(`sentences ${percent(evidence.alike)} alike`);
  } else {
    parts.push(`words ${percent(evidence.alike)} alike`);
  }
  return parts.join(", ");
}
