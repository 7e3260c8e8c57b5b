// The article's words read once, line breaks included as words, with each quote standing as one marker word: attribution rules then
// see `Jane Doe said , “…”` and never take quoted words for evidence, and the words on either side of a
// quote do not run together. Rules index into this one array instead of tokenising windows again.

import type { QuoteSpan } from "./quotes";
import type { Sentence } from "./sentences";
import { appendWords, type Word } from "./words";

export const QUOTE_MARKER = "“…”";

export interface ArticleWords {
  text: string;
  words: Word[];
  /** Index in `words` of each quote's marker, by quote index. */
  markers: number[];
}

export function readArticle(text: string, quotes: QuoteSpan[]): ArticleWords {
  const words: Word[] = [];
  const markers: number[] = [];
  let at = 0;
  for (const quote of quotes) {
    const end = quote.closeMark === null ? quote.paragraphEnd : quote.closeMark + 1;
    if (quote.openMark > at) appendWords(text, at, quote.openMark, words, true);
    markers.push(words.length);
    words.push({ text: QUOTE_MARKER, start: Math.max(at, quote.openMark), end: Math.max(at, end) });
    at = Math.max(at, end);
  }
  appendWords(text, at, text.length, words, true);
  return { text, words, markers };
}

/** Index of the first word of words[from…] starting at or after `offset`. */
export function wordAt(words: Word[], offset: number, from = 0): number {
  let low = Math.max(0, from);
  let high = words.length;
  while (low < high) {
    const mid = (low + high) >> 1;
    if ((words[mid] as Word).start < offset) low = mid + 1;
    else high = mid;
  }
  return low;
}

/** The word range [first, end) of a stretch of text. */
export function wordRange(words: Word[], span: Sentence): { first: number; end: number } {
  return { first: wordAt(words, span.start), end: wordAt(words, span.end) };
}

export const isLineBreak = (word: Word | undefined) => word?.text === "\n";
export const isQuoteMarker = (word: Word | undefined) => word?.text === QUOTE_MARKER;
