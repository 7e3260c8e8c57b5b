// Quoted names of shows, films, laws and nicknames ("Face the Nation," “13th”) are not claims: a
// short quoted string in title case is taken for a title when nobody is said to have said it, or
// when it follows a possessive, "on" or "titled" (MSNBC's "Morning Joe", on “Face the Nation”).

import type { QuoteSpan } from "./quotes";

const MINOR_WORDS = new Set(["of", "and", "the", "on", "with", "in", "a", "an", "to", "for", "at", "or", "by", "from"]);
const MAX_TITLE_WORDS = 6;
const TITLE_CONTEXT = /(?:\p{L}['’]s?|\b(?:on|titled|entitled|episode of))[,:]?\s*$/iu;

function isTitleCase(quoted: string): boolean {
  const words = quoted.split(/\s+/);
  if (words.length > MAX_TITLE_WORDS) return false;
  return words.every((word, i) => /^[\p{Lu}\p{N}]/u.test(word) || (i > 0 && MINOR_WORDS.has(word)));
}

export function isQuotedTitle(text: string, quote: QuoteSpan, attributed: boolean): boolean {
  if (!isTitleCase(text.slice(quote.start, quote.end))) return false;
  if (!attributed) return true;
  return TITLE_CONTEXT.test(text.slice(Math.max(quote.paragraphStart, quote.openMark - 30), quote.openMark));
}
