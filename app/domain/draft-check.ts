import { z } from "zod";
import { formatCount } from "~/domain/format";
import { FIGURE_TOLERANCE, MIN_WORDS_ALIKE } from "./claim-similarity";
import { AppError } from "./errors";
import { extractClaims } from "./extraction";
import { countedHead, headSpellings, isNormalisedUnit, relativeDistance, sameCountedThing } from "./figure-match";

// A reporter's draft checked against what the newsroom already rated: the rules deciding when a quote
// or a figure of the draft repeats a claim on record, and how the match is explained. A repeat is the
// same speaker's: alike words for a quote; for a figure the same counted thing within the tolerance
// and a sentence in alike words too, so a figure never matches on its number alone.

/** About 10,000 words: several long stories. A whole book is not a draft. */
export const MAX_DRAFT_CHARACTERS = 60_000;

export const draftCheckSchema = z.object({
  text: z.string("Paste the draft to check.").trim().min(1, "Paste the draft to check."),
});

/** The draft's text, refused when empty (422) or longer than a draft can sensibly be (413). */
export function parseDraft(input: unknown): string {
  const parsed = draftCheckSchema.safeParse(input);
  if (!parsed.success) throw new AppError(422, "invalid", "Paste the draft to check.", { text: "Paste the draft." });
  const { text } = parsed.data;
  if (text.length > MAX_DRAFT_CHARACTERS) {
    throw new AppError(
      413,
      "too_large",
      `The draft is ${formatCount(text.length)} characters; check at most ${formatCount(MAX_DRAFT_CHARACTERS)} (about 10,000 words) at a time.`,
      { text: "Too long: check it in parts." },
    );
  }
  return text;
}

/** A quote or figure of the draft, as looked up in the ledger and the review queue. */
export interface DraftClaim {
  kind: "quote" | "numeric";
  text: string;
  speaker: string | null;
  value: number | null;
  unit: string | null;
  sentence: string;
  start: number;
  end: number;
}

/** The quotes and figures of a draft, in reading order; a figure without a unit counts nothing
 *  that could be matched, and is left out. */
export function draftClaims(text: string): DraftClaim[] {
  return extractClaims(text)
    .filter((claim) => claim.kind === "quote" || (claim.value !== null && claim.unit !== null))
    .map((claim) => ({
      kind: claim.kind,
      text: claim.text,
      speaker: claim.speaker,
      value: claim.value,
      unit: claim.unit,
      sentence: claim.sentence.trim(),
      start: claim.start,
      end: claim.end,
    }));
}

/** A case-insensitive pattern finding the head noun of a unit in any spelling, or the exact unit for
 *  percent and currencies: a coarse filter for the database, sameCountedThing decides. */
export function unitPattern(unit: string): string {
  const head = countedHead(unit);
  if (isNormalisedUnit(unit) || !head) return `^${escapeRegExp(unit)}$`;
  return `\\m(${headSpellings(head).map(escapeRegExp).join("|")})\\M`;
}

const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");

const percent = (share: number) => `${Math.round(share * 100)} %`;

/** Why the same speaker's claim on record repeats a quote of the draft, or null when it does not. */
export function quoteMatchReason(similarity: number): string | null {
  return similarity >= MIN_WORDS_ALIKE ? `same speaker, ${percent(similarity)} alike words` : null;
}

/** Why the same speaker's figure on record is the draft's figure repeated, or null when it is not: the
 *  same counted thing, a value within the tolerance and a sentence in alike words. */
export function figureMatchReason(
  draft: { value: number; unit: string },
  match: { value: number | null; unit: string | null; similarity: number },
): string | null {
  if (match.value === null || !sameCountedThing(draft.unit, match.unit)) return null;
  const distance = relativeDistance(draft.value, match.value);
  if (distance > FIGURE_TOLERANCE || match.similarity < MIN_WORDS_ALIKE) return null;
  const figure =
    distance === 0 ? "the same figure" : `same figure within ${Math.max(1, Math.ceil(distance * 100 - 1e-9))} %`;
  return `same speaker, ${percent(match.similarity)} alike words, ${figure}`;
}
