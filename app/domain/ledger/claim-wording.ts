import { type ClaimWordsFacts, figureInSentence } from "../claim-display";
import type { ClaimKind } from "../claim-states";

// What a reader is shown as "the claim". A figure alone ("45%") says nothing, so a numeric claim is
// published as the sentence it was said in; quotes are the speaker's own words.

/** The words published for a claim: a numeric claim's sentence, otherwise its own text. */
export function publishedClaimText(claim: { kind: ClaimKind; text: string; sentence: string | null }): string {
  const inSentence = figureInSentence(claim);
  return inSentence ? `${inSentence.before}${inSentence.figure}${inSentence.after}` : claim.text;
}

/** A published claim as claimDisplay takes it. A numeric document's text is already its sentence; the
 *  figure to mark in it is the claim's own words, kept in the context paragraph (a document published
 *  after its words were lost from the article has none: its sentence is shown unmarked). */
export function publishedClaimWords(document: {
  kind: ClaimKind;
  text: string;
  context: { sentence?: string | null; paragraph: { claim: string } | null };
}): ClaimWordsFacts {
  const figure = document.kind === "numeric" ? document.context.paragraph?.claim : undefined;
  return figure
    ? { kind: document.kind, text: figure, sentence: document.text }
    : { kind: document.kind, text: document.text, sentence: null };
}
