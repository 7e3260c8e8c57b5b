import type { ClaimKind } from "../claim-states";

// What a reader is shown as "the claim". A figure alone ("45%") says nothing, so a numeric claim is
// published as the sentence it was said in; quotes are the speaker's own words.

/** The words published for a claim: a numeric claim's sentence, otherwise its own text. */
export function publishedClaimText(claim: { kind: ClaimKind; text: string; sentence: string | null }): string {
  return claim.kind === "numeric" && claim.sentence?.includes(claim.text) ? claim.sentence.trim() : claim.text;
}

/** Quotation marks only around what the speaker actually said word for word. */
export function quoteMarks(kind: ClaimKind): { open: string; close: string } {
  return kind === "quote" ? { open: "“", close: "”" } : { open: "", close: "" };
}
