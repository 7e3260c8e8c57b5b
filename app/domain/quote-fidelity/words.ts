// Words as a quote check compares them: case, accents, curly or straight marks and dashes never
// count; the punctuation between words is kept apart so a difference in it is only "minor".

export interface Word {
  /** Lower case, without accents or apostrophes: what is compared. */
  norm: string;
  /** As written. */
  text: string;
  start: number;
  end: number;
}

const WORD = /[\p{L}\p{N}]+(?:['’‘ʼ][\p{L}\p{N}]+)*/gu;

export function normaliseWord(text: string): string {
  return text
    .normalize("NFKD")
    .replace(/\p{M}/gu, "")
    .replace(/['’‘ʼ]/g, "")
    .toLowerCase();
}

export function wordsOf(text: string): Word[] {
  const words: Word[] = [];
  for (const match of text.matchAll(WORD)) {
    const start = match.index;
    words.push({ norm: normaliseWord(match[0]), text: match[0], start, end: start + match[0].length });
  }
  return words;
}

/** The punctuation between two words, with quotation marks dropped and dashes and ellipses written
 *  one way: “—” and "--" are the same pause, and a quote's own marks are not the speaker's. */
export function punctuationBetween(text: string, from: number, to: number): string {
  return text
    .slice(from, to)
    .replace(/["“”„«»‘’'`]/g, "")
    .replace(/[‐‑‒–—―]|--/g, "-")
    .replace(/…/g, "...")
    .replace(/\s+/g, "");
}

/** An ellipsis or a bracketed cut between two words of a quote marks words left out on purpose. */
export function isEllipsis(between: string): boolean {
  return /\.\.\.|\[\s*\.*\s*\]/.test(between.replace(/…/g, "..."));
}

// Sounds a transcript keeps and a quote may fairly leave out.
const FILLERS = new Set(["um", "umm", "uh", "uhh", "er", "erm", "ah", "hmm", "mm"]);
const FILLER_PAIRS = new Set(["you know", "i mean"]);

/** How many words from `index` are filler: 0, 1 or 2 ("you know"). */
export function fillerLength(words: readonly Word[], index: number): number {
  const word = words[index];
  if (!word) return 0;
  if (FILLERS.has(word.norm)) return 1;
  const next = words[index + 1];
  return next && FILLER_PAIRS.has(`${word.norm} ${next.norm}`) ? 2 : 0;
}

export function isFiller(norm: string): boolean {
  return FILLERS.has(norm);
}

const NEGATIONS = new Set(["not", "never", "no", "nor", "neither", "nobody", "nothing", "none", "cannot", "nowhere"]);

/** "not", "never", "no", and contractions such as "don't" or "isn't". */
export function isNegation(word: Word): boolean {
  return NEGATIONS.has(word.norm) || /n['’ʼ]t$/i.test(word.text);
}

/** Two spellings of one word ("organisation"/"organization", "colour"/"color"): one edit apart in a
 *  word of five letters or more, two in one of nine or more. */
export function spellingVariant(a: string, b: string): boolean {
  const longest = Math.max(a.length, b.length);
  if (Math.min(a.length, b.length) < 5 || /\d/.test(a + b)) return false;
  const allowed = longest >= 9 ? 2 : 1;
  if (Math.abs(a.length - b.length) > allowed) return false;
  return editDistance(a, b, allowed) <= allowed;
}

/** Edit distance counting a swap of two neighbouring letters as one edit ("centre"/"center"), giving
 *  up (returning limit + 1) once it exceeds `limit`. */
function editDistance(a: string, b: string, limit: number): number {
  let twoBack: number[] = [];
  let previous = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const current = [i];
    let rowBest = i;
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let value = Math.min(
        (previous[j] as number) + 1,
        (current[j - 1] as number) + 1,
        (previous[j - 1] as number) + cost,
      );
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) {
        value = Math.min(value, (twoBack[j - 2] as number) + 1);
      }
      current.push(value);
      rowBest = Math.min(rowBest, value);
    }
    if (rowBest > limit) return limit + 1;
    twoBack = previous;
    previous = current;
  }
  return previous[b.length] as number;
}
