import type { ClaimKind } from "./claim-states";

// How a claim is shown wherever it appears (desk pages, the ledger, the feed, ClaimReview). A figure
// alone ("4,000") says nothing and would read as all the speaker said, so a numeric claim is shown as
// the sentence it was said in with the figure marked. A quote is the speaker's words; the comma (or
// other punctuation) that leads into "he said" belongs to the attribution and is left off. Only the
// display changes: the stored span and the published text stay as they were.

export interface ClaimDisplayPart {
  text: string;
  /** The figure a numeric claim counts, to be marked in its sentence. */
  figure: boolean;
}

export interface ClaimDisplay {
  parts: ClaimDisplayPart[];
  /** The parts as one plain text, for titles, feeds and exports. */
  text: string;
  /** Only a quote goes in quotation marks: it is the speaker's words, word for word. */
  quoted: boolean;
}

export interface ClaimWordsFacts {
  kind: ClaimKind;
  text: string;
  sentence: string | null;
}

/** A numeric claim's sentence cut around its figure, or null when no sentence holds the figure. */
export function figureInSentence(claim: ClaimWordsFacts): { before: string; figure: string; after: string } | null {
  if (claim.kind !== "numeric" || !claim.sentence || !claim.text) return null;
  const sentence = claim.sentence.trim();
  const at = sentence.indexOf(claim.text);
  if (at === -1) return null;
  return { before: sentence.slice(0, at), figure: claim.text, after: sentence.slice(at + claim.text.length) };
}

// What leads from a quote into its attribution: “…framework,” he said / “…framework” — he said.
const ATTRIBUTION_PUNCTUATION = /[\s,;:—–-]+$/u;

/** A quote's words without the punctuation that belongs to the attribution after it. */
export function quoteWithoutAttributionPunctuation(text: string): string {
  return text.replace(ATTRIBUTION_PUNCTUATION, "") || text;
}

export function claimDisplay(claim: ClaimWordsFacts): ClaimDisplay {
  const inSentence = figureInSentence(claim);
  if (inSentence) {
    const parts = [
      { text: inSentence.before, figure: false },
      { text: inSentence.figure, figure: true },
      { text: inSentence.after, figure: false },
    ].filter((part) => part.text !== "");
    return { parts, text: parts.map((part) => part.text).join(""), quoted: false };
  }
  const text = claim.kind === "quote" ? quoteWithoutAttributionPunctuation(claim.text) : claim.text;
  return { parts: [{ text, figure: false }], text, quoted: claim.kind === "quote" };
}

/** The display as one line of plain text, in quotation marks when it is a quote. */
export function claimDisplayText(claim: ClaimWordsFacts): string {
  const display = claimDisplay(claim);
  return display.quoted ? `“${display.text}”` : display.text;
}
