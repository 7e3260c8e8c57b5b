import { diffArrays } from "diff";
import { formatCount } from "~/domain/format";
import { type CueTime, timeAt } from "./captions";
import { type Alignment, indexWords, searchPassage, type WordIndex } from "./passage-search";
import { fillerLength, isEllipsis, isNegation, punctuationBetween, spellingVariant, type Word, wordsOf } from "./words";

// Is a quote what the source says? The quote's passage is searched for (passage-search.ts), the
// words of quote and passage are diffed, and each difference is classed by how much it matters to
// a reader: marks never, punctuation, case and "um" little, a changed or dropped word most.

export const QUOTE_FINDINGS = ["verbatim", "minor", "changed", "left_out", "not_found"] as const;
export type QuoteFinding = (typeof QUOTE_FINDINGS)[number];

export const QUOTE_FINDING_LABELS: Record<QuoteFinding, string> = {
  verbatim: "Verbatim",
  minor: "Minor differences",
  changed: "Words changed",
  left_out: "Words left out",
  not_found: "Not found",
};

/**
 * One stretch of the comparison. `same`: the same words; `minor`: the same words but for case,
 * punctuation, spelling or filler words; `changed`: quote words in place of source words; `added`:
 * quote words the source does not have; `dropped`: a source word or two the quote leaves out
 * without an ellipsis; `left_out`: source words cut at an ellipsis or a longer cut; `gap`: the quote
 * goes on from another place in the source (`source` says where).
 */
export type QuoteSegmentOp = "same" | "minor" | "changed" | "added" | "dropped" | "left_out" | "gap";

export interface QuoteSegment {
  op: QuoteSegmentOp;
  quote: string;
  source: string;
}

export interface QuotePassage {
  /** The source's words the quote was taken from. */
  text: string;
  /** Offsets of `text` in the source's text. */
  start: number;
  end: number;
  /** The source's sentences before and after the passage. */
  before: string;
  after: string;
  /** When the passage was said, for a timed transcript. */
  time: string | null;
}

/** A quote checked against one source. Plain JSON: it is stored with the source and is part of the
 *  claim's public record. */
export type QuoteCheck = {
  finding: QuoteFinding;
  /** The finding in words. */
  summary: string;
  /** In the quote's order; two or more when the quote joins places of the source. */
  passages: QuotePassage[];
  segments: QuoteSegment[];
  /** Each changed, added or dropped word, in words. */
  changes: string[];
  /** What was left out, each cut: the words in quotation marks, or what lies between two passages. */
  omitted: string[];
  /** A "not", "never" or "no" that one side has and the other does not. */
  negations: string[];
};

/** What the ledger publishes of a check, as part of the claim's public record: all a reader needs to
 *  see the quote against its passage, without offsets into a text the ledger does not carry. */
export type PublishedQuoteCheck = {
  finding: QuoteFinding;
  summary: string;
  passages: { text: string; before: string; after: string; time: string | null }[];
  segments: QuoteSegment[];
  changes: string[];
  omitted: string[];
};

export function publishedQuoteCheck(check: QuoteCheck): PublishedQuoteCheck {
  return {
    finding: check.finding,
    summary: check.summary,
    passages: check.passages.map(({ text, before, after, time }) => ({ text, before, after, time })),
    segments: check.segments.map(({ op, quote, source }) => ({ op, quote, source })),
    changes: check.changes,
    omitted: check.omitted,
  };
}

export interface QuoteSource {
  text: string;
  /** Cue times of a timed transcript. */
  times?: readonly CueTime[] | null;
}

// Under half the quote's words in the best passage: the quote is not in this source.
const FOUND_SHARE = 0.5;
// A run of quote words this long with no place in the passage is looked for elsewhere.
const STITCH_WORDS = 4;
const STITCH_SHARE = 0.6;
// A cut without an ellipsis of this many words or more is "left out" rather than a changed wording.
const LEFT_OUT_WORDS = 3;
// Longer cuts between two passages are counted rather than quoted.
const QUOTED_GAP_WORDS = 60;
const CONTEXT_CHARACTERS = 400;

const quoted = (text: string) => `“${text}”`;

/** Checks a quote against a source's text; `index` may be given when several quotes share a source. */
export function checkQuote(quoteText: string, source: QuoteSource, index?: WordIndex): QuoteCheck {
  const quote = wordsOf(quoteText);
  const sourceIndex = index ?? indexWords(wordsOf(source.text));
  const parts = findParts(quote, sourceIndex);
  if (parts.length === 0) return notFound();
  const segments: QuoteSegment[] = [];
  const negations: string[] = [];
  const gaps: string[] = [];
  for (const [n, part] of parts.entries()) {
    const previous = parts[n - 1];
    if (previous) {
      const gap = gapBetween(previous, part, sourceIndex.words, source.text);
      segments.push(gap.segment);
      gaps.push(gap.omitted);
    }
    segments.push(...compare(quoteText, quote, source.text, sourceIndex.words, part, negations));
  }
  const passages = parts.map((part) => passageOf(source, sourceIndex.words, part));
  return classify(segments, passages, negations, gaps);
}

interface Part extends Alignment {
  /** The quote words this part covers (all of them for a quote found in one place). */
  quoteStart: number;
  quoteEnd: number;
}

function contentWords(words: readonly Word[]): number {
  let count = 0;
  for (let at = 0; at < words.length; at++) if (fillerLength(words, at) === 0) count++;
  return count;
}

/** The first and last matches of a run of at least two quote words found together: a common word
 *  matched on its own near the passage says little about where the quote came from. */
function solidEnds(matches: [number, number][]): [[number, number], [number, number]] {
  const together = (at: number) => {
    const here = matches[at] as [number, number];
    const next = matches[at + 1];
    const previous = matches[at - 1];
    const joins = (a?: [number, number], b?: [number, number]) => !!a && !!b && b[0] === a[0] + 1 && b[1] === a[1] + 1;
    return joins(here, next) || joins(previous, here);
  };
  const first = matches.findIndex((_, at) => together(at));
  const last = matches.findLastIndex((_, at) => together(at));
  if (first < 0) return [matches[0] as [number, number], matches.at(-1) as [number, number]];
  return [matches[first] as [number, number], matches[last] as [number, number]];
}

function findParts(quote: Word[], index: WordIndex): Part[] {
  const content = contentWords(quote);
  const main = content > 0 ? searchPassage(index, quote) : null;
  if (!main || main.matched < Math.min(2, content) || main.matched < content * FOUND_SHARE) return [];
  const mainPart: Part = { ...main, quoteStart: 0, quoteEnd: quote.length };
  const parts: Part[] = [mainPart];
  // A quote joined from two places: the words before or after the passage found are looked for
  // on their own, and named as another passage when they are found elsewhere better than here.
  const [[firstQuote, firstSource], [lastQuote, lastSource]] = solidEnds(main.matches);
  const matchedIn = (from: number, to: number) => main.matches.filter(([q]) => q >= from && q < to).length;
  const leading = quote.slice(0, firstQuote);
  const before =
    contentWords(leading) >= STITCH_WORDS ? elsewhere(leading, index, main, matchedIn(0, firstQuote)) : null;
  if (before) {
    parts.unshift({ ...before, quoteStart: 0, quoteEnd: firstQuote });
    Object.assign(mainPart, { quoteStart: firstQuote, quoteFrom: firstQuote, sourceFrom: firstSource });
  }
  const shift = lastQuote + 1;
  const trailing = quote.slice(shift);
  const after =
    contentWords(trailing) >= STITCH_WORDS ? elsewhere(trailing, index, main, matchedIn(shift, quote.length)) : null;
  if (after) {
    parts.push({
      ...after,
      quoteStart: shift,
      quoteEnd: quote.length,
      quoteFrom: after.quoteFrom + shift,
      quoteTo: after.quoteTo + shift,
    });
    Object.assign(mainPart, { quoteEnd: shift, quoteTo: shift, sourceTo: lastSource + 1 });
  }
  return parts;
}

function elsewhere(words: Word[], index: WordIndex, main: Alignment, matchedHere: number): Alignment | null {
  const found = searchPassage(index, words);
  if (!found || found.matched < contentWords(words) * STITCH_SHARE || found.matched <= matchedHere) return null;
  const overlaps = found.sourceFrom < main.sourceTo && main.sourceFrom < found.sourceTo;
  return overlaps ? null : found;
}

const slice = (text: string, words: readonly Word[], from: number, to: number) =>
  from >= to ? "" : text.slice((words[from] as Word).start, (words[to - 1] as Word).end);

/** Whether source words [from, to) are all filler ("um", "you know"). */
function allFiller(words: readonly Word[], from: number, to: number): boolean {
  let at = from;
  while (at < to) {
    const length = fillerLength(words, at);
    if (length === 0) return false;
    at += length;
  }
  return at === to;
}

/** A stretch of the diff: source words [source, source + sourceCount) against quote words
 *  [quote, quote + quoteCount); a kept stretch has both counts equal. */
interface Run {
  kept: boolean;
  source: number;
  sourceCount: number;
  quote: number;
  quoteCount: number;
}

function runsOf(source: readonly Word[], quote: readonly Word[], part: Part): Run[] {
  const same = (s: number, q: number) =>
    (source[s] as Word).norm === (quote[q] as Word).norm ||
    spellingVariant((source[s] as Word).norm, (quote[q] as Word).norm);
  const changes = diffArrays(range(part.sourceFrom, part.sourceTo), range(part.quoteStart, part.quoteEnd), {
    comparator: same,
  });
  const runs: Run[] = [];
  let s = part.sourceFrom;
  let q = part.quoteStart;
  for (const change of changes) {
    const count = change.count ?? change.value.length;
    const sourceCount = change.added ? 0 : count;
    const quoteCount = change.removed ? 0 : count;
    const kept = !change.added && !change.removed;
    const last = runs.at(-1);
    // A removal next to an addition is one changed wording.
    if (!kept && last && !last.kept) {
      last.sourceCount += sourceCount;
      last.quoteCount += quoteCount;
    } else runs.push({ kept, source: s, sourceCount, quote: q, quoteCount });
    s += sourceCount;
    q += quoteCount;
  }
  return slideCuts(runs, source);
}

/** A word or two kept between two cuts ("We are [not going] to [raise … want] to be clear") is the
 *  same word at the end of the second cut: the diff may pick either, a reader sees one cut. */
function slideCuts(runs: Run[], source: readonly Word[]): Run[] {
  for (let n = 0; n + 2 < runs.length; n++) {
    const [cut, kept, next] = [runs[n], runs[n + 1], runs[n + 2]] as [Run, Run, Run];
    const isCut = (run: Run) => !run.kept && run.quoteCount === 0;
    if (!isCut(cut) || !kept.kept || kept.sourceCount > 2 || !isCut(next) || next.sourceCount < kept.sourceCount) {
      continue;
    }
    const shift = next.sourceCount - kept.sourceCount;
    const slides = Array.from({ length: kept.sourceCount }, (_, k) => k).every(
      (k) => (source[kept.source + k] as Word).norm === (source[next.source + shift + k] as Word).norm,
    );
    if (!slides) continue;
    runs.splice(
      n,
      3,
      { ...cut, sourceCount: cut.sourceCount + kept.sourceCount + shift },
      { ...kept, source: next.source + shift },
    );
    n = Math.max(-1, n - 2);
  }
  return runs;
}

function compare(
  quoteText: string,
  quote: readonly Word[],
  sourceText: string,
  source: readonly Word[],
  part: Part,
  negations: string[],
): QuoteSegment[] {
  const segments: QuoteSegment[] = [];
  for (const run of runsOf(source, quote, part)) {
    const { source: s, quote: q, sourceCount: removed, quoteCount: added } = run;
    if (run.kept) {
      for (let t = 0; t < added; t++) {
        const minor = pairIsMinor(quoteText, quote, sourceText, source, s + t, q + t, part, t < added - 1);
        push(
          segments,
          minor ? "minor" : "same",
          quoteText.slice(...wordSpan(quote, q + t)),
          sourceText.slice(...wordSpan(source, s + t)),
        );
      }
      continue;
    }
    const sourceWords = slice(sourceText, source, s, s + removed);
    const quoteWords = slice(quoteText, quote, q, q + added);
    const sourceFiller = allFiller(source, s, s + removed);
    const quoteFiller = allFiller(quote, q, q + added);
    if ((removed === 0 || sourceFiller) && (added === 0 || quoteFiller)) {
      segments.push({ op: "minor", quote: quoteWords, source: sourceWords });
    } else if (removed > 0 && added > 0) {
      noteNegations(source.slice(s, s + removed), quote.slice(q, q + added), negations);
      segments.push({ op: "changed", quote: quoteWords, source: sourceWords });
    } else if (added > 0) {
      noteNegations([], quote.slice(q, q + added), negations);
      segments.push({ op: "added", quote: quoteWords, source: "" });
    } else {
      const atEllipsis =
        q > part.quoteStart &&
        q < part.quoteEnd &&
        isEllipsis(quoteText.slice((quote[q - 1] as Word).end, (quote[q] as Word).start));
      // A cut at an ellipsis, or of a clause, is words left out (listed in full); a word or two dropped
      // silently changes the wording, and so does a "not" cut even at an ellipsis: it is called out.
      const short = removed < LEFT_OUT_WORDS;
      const leftOut = short ? atEllipsis && !source.slice(s, s + removed).some(isNegation) : true;
      if (!leftOut) noteNegations(source.slice(s, s + removed), [], negations);
      segments.push({ op: leftOut ? "left_out" : "dropped", quote: "", source: sourceWords });
    }
  }
  return segments;
}

const range = (from: number, to: number) => Array.from({ length: Math.max(0, to - from) }, (_, i) => from + i);

function wordSpan(words: readonly Word[], at: number): [number, number] {
  const word = words[at] as Word;
  return [word.start, word.end];
}

/** Adds a word to the last segment when it is of the same kind, so the comparison reads as text. */
function push(segments: QuoteSegment[], op: "same" | "minor", quote: string, source: string) {
  const last = segments.at(-1);
  if (last?.op === op) {
    last.quote += ` ${quote}`;
    last.source += ` ${source}`;
  } else segments.push({ op, quote, source });
}

/** Same word, but in another case or spelling, or followed by other punctuation. The quote's first
 *  word may be capitalised and its last may take a full stop: that is how a quote is cut. */
function pairIsMinor(
  quoteText: string,
  quote: readonly Word[],
  sourceText: string,
  source: readonly Word[],
  s: number,
  q: number,
  part: Part,
  nextAlsoSame: boolean,
): boolean {
  const quoteWord = quote[q] as Word;
  const sourceWord = source[s] as Word;
  if (quoteWord.norm !== sourceWord.norm) return true;
  if (q !== part.quoteStart && quoteWord.text.replace(/[’‘ʼ]/g, "'") !== sourceWord.text.replace(/[’‘ʼ]/g, "'"))
    return true;
  if (!nextAlsoSame) return false;
  const quoteNext = quote[q + 1] as Word;
  const sourceNext = source[s + 1] as Word;
  return (
    punctuationBetween(quoteText, quoteWord.end, quoteNext.start) !==
    punctuationBetween(sourceText, sourceWord.end, sourceNext.start)
  );
}

function noteNegations(sourceWords: readonly Word[], quoteWords: readonly Word[], negations: string[]) {
  const inSource = sourceWords.filter(isNegation).map((word) => word.text);
  const inQuote = quoteWords.filter(isNegation).map((word) => word.text);
  for (const word of inSource) {
    if (!inQuote.some((other) => other.toLowerCase() === word.toLowerCase())) {
      negations.push(`The source says ${quoted(word)} here; the quote does not.`);
    }
  }
  for (const word of inQuote) {
    if (!inSource.some((other) => other.toLowerCase() === word.toLowerCase())) {
      negations.push(`The quote says ${quoted(word)}; the source does not.`);
    }
  }
}

/** What lies between two passages of a stitched quote: the words themselves when few, else a count. */
function gapBetween(
  before: Part,
  after: Part,
  words: readonly Word[],
  text: string,
): { segment: QuoteSegment; omitted: string } {
  if (after.sourceFrom >= before.sourceTo) {
    const apart = after.sourceFrom - before.sourceTo;
    const where = `${formatCount(apart)} words later in the source`;
    if (apart > QUOTED_GAP_WORDS) {
      return {
        segment: { op: "gap", quote: "", source: where },
        omitted: `the ${formatCount(apart)} words between the two passages`,
      };
    }
    const cut = slice(text, words, before.sourceTo, after.sourceFrom);
    return { segment: { op: "gap", quote: "", source: cut || where }, omitted: cut ? quoted(cut) : "nothing" };
  }
  const apart = before.sourceFrom - after.sourceTo;
  return {
    segment: { op: "gap", quote: "", source: `from ${formatCount(apart)} words earlier in the source` },
    omitted: `the order: the second passage comes ${formatCount(apart)} words before the first`,
  };
}

function passageOf(source: QuoteSource, words: readonly Word[], part: Part): QuotePassage {
  const start = (words[part.sourceFrom] as Word).start;
  const end = (words[part.sourceTo - 1] as Word).end;
  return {
    text: source.text.slice(start, end),
    start,
    end,
    ...contextAround(source.text, start, end),
    time: source.times?.length ? timeAt(source.times, start) : null,
  };
}

const SENTENCE_END = /[.!?…]+["'”’)\]]*(?=\s)/g;

/** The source's text around a passage: the sentence before the passage's and the start of its own;
 *  the rest of its sentence and the one after. Cut at a word when a transcript has no full stops. */
export function contextAround(text: string, start: number, end: number): { before: string; after: string } {
  const headFrom = Math.max(0, start - CONTEXT_CHARACTERS * 2);
  const head = text.slice(headFrom, start);
  const headEnds = [...head.matchAll(SENTENCE_END)].map((match) => match.index + match[0].length);
  const cutAt = headEnds.length >= 2 ? (headEnds[headEnds.length - 2] as number) : 0;
  let before = head.slice(cutAt).trim();
  if (before.length > CONTEXT_CHARACTERS || (cutAt === 0 && headFrom > 0)) {
    before = `… ${before.slice(-CONTEXT_CHARACTERS).replace(/^\S*\s/, "")}`;
  }
  const tail = text.slice(end, end + CONTEXT_CHARACTERS * 2);
  const tailEnds = [...tail.matchAll(SENTENCE_END)].map((match) => match.index + match[0].length);
  const tailCut = tailEnds[1] ?? (end + tail.length >= text.length ? tail.length : undefined);
  let after = tail.slice(0, tailCut).trim();
  if (after.length > CONTEXT_CHARACTERS || tailCut === undefined) {
    after = `${after.slice(0, CONTEXT_CHARACTERS).replace(/\s\S*$/, "")} …`;
  }
  return { before, after };
}

function notFound(): QuoteCheck {
  return {
    finding: "not_found",
    summary: "The quote was not found in this source: fewer than half of its words are in any one passage.",
    passages: [],
    segments: [],
    changes: [],
    omitted: [],
    negations: [],
  };
}

function classify(segments: QuoteSegment[], passages: QuotePassage[], negations: string[], gaps: string[]): QuoteCheck {
  const changes: string[] = [];
  const omitted: string[] = [...gaps];
  for (const segment of segments) {
    if (segment.op === "changed")
      changes.push(`${quoted(segment.quote)} in the quote, ${quoted(segment.source)} in the source`);
    if (segment.op === "added") changes.push(`${quoted(segment.quote)} is not in the source`);
    if (segment.op === "dropped") changes.push(`${quoted(segment.source)} is left out`);
    if (segment.op === "left_out") omitted.push(quoted(segment.source));
  }
  const ops = new Set(segments.map((segment) => segment.op));
  const finding: QuoteFinding =
    changes.length > 0
      ? "changed"
      : ops.has("left_out") || ops.has("gap")
        ? "left_out"
        : ops.has("minor")
          ? "minor"
          : "verbatim";
  const distinct = [...new Set(negations)];
  return {
    finding,
    summary: summaryOf(finding, changes, omitted, distinct, passages.length),
    passages,
    segments,
    changes,
    omitted,
    negations: distinct,
  };
}

function summaryOf(
  finding: QuoteFinding,
  changes: string[],
  omitted: string[],
  negations: string[],
  passages: number,
): string {
  const plural = (count: number, word: string) => `${count} ${word}${count === 1 ? "" : "s"}`;
  const negation = negations.length > 0 ? ` ${negations.join(" ")}` : "";
  switch (finding) {
    case "verbatim":
      return "The source has these words, as quoted.";
    case "minor":
      return "The source has these words, with minor differences only (punctuation, case, spelling or filler words).";
    case "changed":
      return `The quote changes the source's words: ${plural(changes.length, "difference")}.${negation}${
        omitted.length > 0 ? ` It also leaves out ${plural(omitted.length, "passage")}.` : ""
      }`;
    case "left_out":
      return passages > 1
        ? `The quote joins ${passages} places of the source: what lies between them is left out.`
        : `The quote leaves out words the source has: ${plural(omitted.length, "cut")}.`;
    case "not_found":
      return notFound().summary;
  }
}
