// The contract between the extraction engine and the rest of Claimdesk (database, UI, CLI, API).
// Offsets are JavaScript string (UTF-16) indices into the article text, end exclusive, and
// text.slice(start, end) === claim.text always holds.

export type ExtractedKind = "quote" | "numeric";

/** How a figure is hedged or bounded: "about", "more than", "at least", "up to", "nearly", … ;
 *  the two ends of a range are "min" and "max". */
export type NumericQualifier = string;

/** How sure an attribution is: `high` for an explicit pattern with the name written out (`“…,” said Jane
 *  Doe`), `medium` for a resolved pronoun, bare surname or description, a sentence's subject or a speaker
 *  carried over from another quote, `low` for a guess. */
export const CONFIDENCES = ["high", "medium", "low"] as const;
export type Confidence = (typeof CONFIDENCES)[number];

/** The rule of the attribution sieve that found a claim's source (see attribution-rules.ts). */
export type AttributionRule =
  | "transcript-label"
  | "quote-verb-name"
  | "quote-name-verb"
  | "name-verb-quote"
  | "reported-speech"
  | "colon-introduction"
  | "according-to"
  | "sentence-end-cue"
  | "sentence-subject"
  | "paragraph-cue"
  | "credit-line"
  | "continuation"
  | "next-sentence"
  | "previous-speaker"
  | "recent-subject"
  | "statement-cue";

export interface Span {
  start: number;
  end: number;
}

export interface ExtractedClaim {
  kind: ExtractedKind;
  text: string;
  start: number;
  end: number;
  /** Who said or asserts it, as the fullest form of their name in the article; null when nobody is named. */
  speaker: string | null;
  /** A title or role given with the name ("Ukrainian presidential adviser"), kept apart from it. */
  speakerTitle: string | null;
  /** The words of the source when they describe rather than name someone ("critics", "a city official",
   *  "they"): descriptions are not people, so `speaker` is then null. */
  speakerDescription: string | null;
  /** The mention of the speaker that this attribution rests on (may be a pronoun or a bare surname). */
  speakerStart: number | null;
  speakerEnd: number | null;
  /** The attribution cue ("said", "according to", a colon), shown beside the speaker as evidence. */
  cueStart: number | null;
  cueEnd: number | null;
  /** Where the name a pronoun, bare surname or description was resolved to is written (the antecedent). */
  antecedentStart: number | null;
  antecedentEnd: number | null;
  /** The sieve rule that found the source, and how sure the attribution is; null when nothing attributes the claim. */
  attributionRule: AttributionRule | null;
  confidence: Confidence | null;
  /** Normalised number for numeric claims (4000 for "4,000", 15 for "15%"); null for quotes. */
  value: number | null;
  /** "percent", an ISO currency code ("USD"), or the counted noun ("North Korean soldiers"); null when none. */
  unit: string | null;
  qualifier: NumericQualifier | null;
  /** The sentence the claim sits in, and where it is. */
  sentence: string;
  sentenceStart: number;
  sentenceEnd: number;
}
