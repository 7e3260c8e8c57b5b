// Sentence boundaries. Written by hand rather than with Intl.Segmenter: on the benchmark articles the
// segmenter took ~30× longer than this scan and split after "Sen." and "Mr.", which news text is full of.

import { isAbbreviation } from "./words";

export interface Sentence {
  start: number;
  end: number;
}

// A sentence ends at . ! ? or … (with any closing quotes or brackets) before white space and a
// capital, digit or opening mark, and always at a line break. The lookbehind makes a run of
// stops one attempt, so a megabyte of dots stays linear.
const BOUNDARY = /(?<![.!?…])[.!?…]+["”’'»)\]]*(?=\s+["“‘'«([]?[\p{Lu}\p{N}])|\n/gu;
const WORD_BEFORE_PERIOD = /(?:^|[^\p{L}.])([\p{L}.]+)$/u;

function endsWithAbbreviation(text: string, period: number): boolean {
  const word = WORD_BEFORE_PERIOD.exec(text.slice(Math.max(0, period - 20), period))?.[1];
  return word !== undefined && isAbbreviation(word);
}

/** The sentences of `text`, in order, trimmed of surrounding white space. */
export function findSentences(text: string): Sentence[] {
  const sentences: Sentence[] = [];
  const push = (from: number, to: number) => {
    let start = from;
    let end = to;
    while (start < end && /\s/.test(text[start] as string)) start++;
    while (end > start && /\s/.test(text[end - 1] as string)) end--;
    if (end > start) sentences.push({ start, end });
  };
  let start = 0;
  BOUNDARY.lastIndex = 0;
  for (let match = BOUNDARY.exec(text); match; match = BOUNDARY.exec(text)) {
    if (match[0] !== "\n" && match[0][0] === "." && endsWithAbbreviation(text, match.index)) continue;
    const end = match.index + match[0].length;
    push(start, end);
    start = end;
  }
  push(start, text.length);
  return sentences;
}

/** Index of the sentence containing `offset` (or the last one starting before it). */
export function sentenceIndexAt(sentences: Sentence[], offset: number): number {
  let low = 0;
  let high = sentences.length - 1;
  while (low < high) {
    const mid = (low + high + 1) >> 1;
    if ((sentences[mid] as Sentence).start <= offset) low = mid;
    else high = mid - 1;
  }
  return low;
}

/** The sentences that hold text[start, end): from the one it starts in to the one it ends in. */
export function enclosingSentence(text: string, sentences: Sentence[], start: number, end: number) {
  const first = sentences[sentenceIndexAt(sentences, start)];
  const last = sentences[sentenceIndexAt(sentences, Math.max(start, end - 1))];
  const sentenceStart = Math.min(first?.start ?? start, start);
  const sentenceEnd = Math.max(last?.end ?? end, end);
  return { sentence: text.slice(sentenceStart, sentenceEnd), sentenceStart, sentenceEnd };
}
