// When two claims are "said before" twins. Words are compared without their figures, so a number alone
// never makes two claims alike ("4,000 soldiers" is not "40,000 cars"); figures are compared as what
// they count: the same unit or counted noun, and a value within a tolerance.

/** Words must be at least this alike (pg_trgm similarity of the claims' words without figures). */
export const MIN_WORDS_ALIKE = 0.3;
/** A figure within this fraction of another (either way) is "the same figure". */
export const FIGURE_TOLERANCE = 0.2;
/** A percentage or an amount of money says little about what it counts: its sentence must be this alike. */
export const MIN_SENTENCE_ALIKE_FOR_BARE_UNITS = 0.25;

/** Units that name a measure rather than the thing counted. */
const BARE_UNITS = new Set(["percent", "percentage points"]);
const isCurrency = (unit: string) => /^[A-Z]{3}$/.test(unit);

/** Whether a unit says what is counted ("North Korean soldiers") or only how (percent, USD). */
export const isBareUnit = (unit: string) => BARE_UNITS.has(unit.toLowerCase()) || isCurrency(unit);

/** The range of values that count as the same figure as `value`. */
export function figureWindow(value: number): { low: number; high: number } {
  const a = value * (1 - FIGURE_TOLERANCE);
  const b = value / (1 - FIGURE_TOLERANCE);
  return { low: Math.min(a, b), high: Math.max(a, b) };
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
