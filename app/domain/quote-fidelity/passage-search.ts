import { isFiller, spellingVariant, type Word } from "./words";

// Finding where a quote was cut from. Scanning a whole transcript with an alignment would cost
// quote × transcript cells, so candidate places are seeded from the quote's rarest words (looked
// up in an index of the source's words) and only windows around them are aligned.

export interface WordIndex {
  words: Word[];
  positions: Map<string, number[]>;
}

export function indexWords(words: Word[]): WordIndex {
  const positions = new Map<string, number[]>();
  for (const [at, word] of words.entries()) {
    const list = positions.get(word.norm);
    if (list) list.push(at);
    else positions.set(word.norm, [at]);
  }
  return { words, positions };
}

/** Where part of a quote lies in the source: words [sourceFrom, sourceTo) hold quote words
 *  [quoteFrom, quoteTo), the first and last quote words set against a source word. */
export interface Alignment {
  sourceFrom: number;
  sourceTo: number;
  quoteFrom: number;
  quoteTo: number;
  /** The quote words found in the source, as [quote word, source word], in order. */
  matches: [number, number][];
  /** Quote words matched exactly or as a spelling variant. */
  matched: number;
  score: number;
}

const SEED_WORDS = 8;
const CANDIDATES = 6;
const BUCKET = 16;

// Scores: a word kept scores, a changed word costs a little, a quote word with no counterpart more;
// skipping source words costs once for the gap and little per word, so a left-out sentence still
// aligns as one passage while a stray common word far away does not pull the passage apart.
const MATCH = 3;
const VARIANT = 2;
const MISMATCH = -1.4;
const QUOTE_ONLY = -1.5;
const GAP_OPEN = -5;
const GAP_EXTEND = -0.1;
const NONE = Number.NEGATIVE_INFINITY;

/** The best passage of the source for the quote's words, or null when none of them is in it. */
export function searchPassage(index: WordIndex, quote: readonly Word[]): Alignment | null {
  const windows = candidateWindows(index, quote);
  let best: Alignment | null = null;
  for (const [from, to] of windows) {
    const found = align(quote, index.words, from, to);
    if (found && (!best || found.score > best.score)) best = found;
  }
  return best;
}

function candidateWindows(index: WordIndex, quote: readonly Word[]): [number, number][] {
  const quoteAt = new Map<string, number[]>();
  for (const [at, word] of quote.entries()) {
    if (isFiller(word.norm) || !index.positions.has(word.norm)) continue;
    quoteAt.set(word.norm, [...(quoteAt.get(word.norm) ?? []), at]);
  }
  const seeds = [...quoteAt.keys()]
    .sort((a, b) => (index.positions.get(a)?.length ?? 0) - (index.positions.get(b)?.length ?? 0))
    .slice(0, SEED_WORDS);
  // Each seed votes once per diagonal bucket (source position − quote position).
  const votes = new Map<number, number>();
  for (const seed of seeds) {
    const voted = new Set<number>();
    for (const q of quoteAt.get(seed) ?? []) {
      for (const p of index.positions.get(seed) ?? []) voted.add(Math.floor((p - q) / BUCKET));
    }
    for (const bucket of voted) votes.set(bucket, (votes.get(bucket) ?? 0) + 1);
  }
  const slack = quote.length + BUCKET;
  const windows = [...votes.entries()]
    .sort((a, b) => b[1] - a[1] || a[0] - b[0])
    .slice(0, CANDIDATES)
    .map(([bucket]): [number, number] => [
      Math.max(0, bucket * BUCKET - slack),
      Math.min(index.words.length, bucket * BUCKET + BUCKET + quote.length + slack),
    ])
    .sort((a, b) => a[0] - b[0]);
  const merged: [number, number][] = [];
  for (const window of windows) {
    const last = merged.at(-1);
    if (last && window[0] <= last[1]) last[1] = Math.max(last[1], window[1]);
    else merged.push(window);
  }
  return merged;
}

function pairScore(quoteWord: Word, sourceWord: Word): number {
  if (quoteWord.norm === sourceWord.norm) return MATCH;
  return spellingVariant(quoteWord.norm, sourceWord.norm) ? VARIANT : MISMATCH;
}

// The three alignment states: a quote word against a source word, a quote word alone, a source word skipped.
const State = { Pair: 0, QuoteOnly: 1, SourceOnly: 2 } as const;
type State = (typeof State)[keyof typeof State];

function bestOf(values: [number, number, number]): [number, State] {
  const [pair, quoteOnly, sourceOnly] = values;
  if (pair >= quoteOnly && pair >= sourceOnly) return [pair, State.Pair];
  return quoteOnly >= sourceOnly ? [quoteOnly, State.QuoteOnly] : [sourceOnly, State.SourceOnly];
}

/** Aligns the whole quote with any stretch of source words [from, to) (affine gaps, Gotoh). */
function align(quote: readonly Word[], source: readonly Word[], from: number, to: number): Alignment | null {
  const m = quote.length;
  const n = to - from;
  const width = n + 1;
  const size = (m + 1) * width;
  const scores = [
    new Float64Array(size).fill(NONE),
    new Float64Array(size).fill(NONE),
    new Float64Array(size).fill(NONE),
  ];
  const back = [new Uint8Array(size), new Uint8Array(size), new Uint8Array(size)];
  const [pair, quoteOnly, sourceOnly] = scores as [Float64Array, Float64Array, Float64Array];
  // The passage may start anywhere.
  for (let j = 0; j <= n; j++) pair[j] = 0;
  const pairScores = new Float64Array(n);
  for (let i = 1; i <= m; i++) {
    const quoteWord = quote[i - 1] as Word;
    const quoteCost = isFiller(quoteWord.norm) ? 0 : QUOTE_ONLY;
    for (let j = 0; j < n; j++) pairScores[j] = pairScore(quoteWord, source[from + j] as Word);
    for (let j = 0; j <= n; j++) {
      const k = i * width + j;
      const up = k - width;
      const [fromUp, upState] = bestOf([pair[up] as number, quoteOnly[up] as number, sourceOnly[up] as number]);
      quoteOnly[k] = fromUp + quoteCost;
      (back[State.QuoteOnly] as Uint8Array)[k] = upState;
      if (j === 0) continue;
      const diagonal = up - 1;
      const [fromDiagonal, diagonalState] = bestOf([
        pair[diagonal] as number,
        quoteOnly[diagonal] as number,
        sourceOnly[diagonal] as number,
      ]);
      pair[k] = fromDiagonal + (pairScores[j - 1] as number);
      (back[State.Pair] as Uint8Array)[k] = diagonalState;
      const left = k - 1;
      const filler = isFiller((source[from + j - 1] as Word).norm);
      const open = filler ? 0 : GAP_OPEN;
      const [fromLeft, leftState] = bestOf([
        (pair[left] as number) + open,
        (quoteOnly[left] as number) + open,
        (sourceOnly[left] as number) + (filler ? 0 : GAP_EXTEND),
      ]);
      sourceOnly[k] = fromLeft;
      (back[State.SourceOnly] as Uint8Array)[k] = leftState;
    }
  }
  let endJ = 0;
  let endState: State = State.QuoteOnly;
  let best = NONE;
  for (let j = 0; j <= n; j++) {
    for (const state of [State.Pair, State.QuoteOnly]) {
      const value = (scores[state] as Float64Array)[m * width + j] as number;
      if (value > best) [best, endJ, endState] = [value, j, state];
    }
  }
  let i = m;
  let j = endJ;
  let state: State = endState;
  let matched = 0;
  let sourceFrom = -1;
  let sourceTo = -1;
  let quoteFrom = -1;
  let quoteTo = -1;
  const matches: [number, number][] = [];
  while (i > 0) {
    const k = i * width + j;
    const previous = (back[state] as Uint8Array)[k] as State;
    if (state === State.Pair) {
      // A changed word at either end still belongs to the passage.
      if (pairScore(quote[i - 1] as Word, source[from + j - 1] as Word) > 0) {
        matched++;
        matches.push([i - 1, from + j - 1]);
      }
      if (sourceTo < 0) [sourceTo, quoteTo] = [from + j, i];
      [sourceFrom, quoteFrom] = [from + j - 1, i - 1];
      i--;
      j--;
    } else if (state === State.QuoteOnly) i--;
    else j--;
    state = previous;
  }
  if (matched === 0) return null;
  return { sourceFrom, sourceTo, quoteFrom, quoteTo, matches: matches.reverse(), matched, score: best };
}
