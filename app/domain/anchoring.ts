// Keeping claims attached to the right words when an article's text is edited. A claim is found
// again by its own text; where that text occurs more than once, the occurrence whose surroundings
// match best (then the nearest to where the edit should have moved it) wins. A claim whose text is
// gone is reported as lost rather than moved somewhere else.

export interface AnchoredSpan {
  start: number;
  end: number;
  text: string;
}

const CONTEXT = 32;

function commonPrefixLength(a: string, b: string): number {
  const limit = Math.min(a.length, b.length);
  let i = 0;
  while (i < limit && a.charCodeAt(i) === b.charCodeAt(i)) i++;
  return i;
}

function commonSuffixLength(a: string, b: string, prefix: number): number {
  const limit = Math.min(a.length, b.length) - prefix;
  let i = 0;
  while (i < limit && a.charCodeAt(a.length - 1 - i) === b.charCodeAt(b.length - 1 - i)) i++;
  return i;
}

function matchingLength(a: string, b: string, fromEnd: boolean): number {
  const limit = Math.min(a.length, b.length);
  let i = 0;
  while (i < limit && (fromEnd ? a[a.length - 1 - i] === b[b.length - 1 - i] : a[i] === b[i])) i++;
  return i;
}

/** Where needle occurs in haystack, nearest to `from` first (of two as near, the earlier), found lazily:
 *  in a dense article a speaker's name or "said" occurs thousands of times, and the right one is near. */
function* occurrencesNearest(haystack: string, needle: string, from: number): Generator<number> {
  if (!needle) return;
  let after = haystack.indexOf(needle, Math.max(0, from));
  let before = from > 0 ? haystack.lastIndexOf(needle, from - 1) : -1;
  while (after !== -1 || before !== -1) {
    if (before !== -1 && (after === -1 || from - before <= after - from)) {
      yield before;
      before = before > 0 ? haystack.lastIndexOf(needle, before - 1) : -1;
    } else {
      yield after;
      after = haystack.indexOf(needle, after + 1);
    }
  }
}

/** Where each span of oldText is in newText, or null when its words are no longer there. */
export function reanchor(oldText: string, newText: string, spans: AnchoredSpan[]): (AnchoredSpan | null)[] {
  const prefix = commonPrefixLength(oldText, newText);
  const suffix = commonSuffixLength(oldText, newText, prefix);
  const shift = newText.length - oldText.length;
  return spans.map((span) => {
    // Untouched by the edit: before it, or after it (shifted by the change in length).
    if (span.end <= prefix) return span;
    if (span.start >= oldText.length - suffix) return { ...span, start: span.start + shift, end: span.end + shift };
    const before = oldText.slice(Math.max(0, span.start - CONTEXT), span.start);
    const after = oldText.slice(span.end, span.end + CONTEXT);
    const expected = span.start >= prefix ? span.start + shift : span.start;
    let best: number | null = null;
    let bestScore = Number.NEGATIVE_INFINITY;
    for (const at of occurrencesNearest(newText, span.text, expected)) {
      const context =
        matchingLength(before, newText.slice(Math.max(0, at - CONTEXT), at), true) +
        matchingLength(after, newText.slice(at + span.text.length, at + span.text.length + CONTEXT), false);
      const score = context * newText.length - Math.abs(at - expected);
      if (score > bestScore) {
        bestScore = score;
        best = at;
      }
      // Nothing farther away can beat the nearest occurrence with all its surroundings intact.
      if (context === before.length + after.length) break;
    }
    return best === null ? null : { ...span, start: best, end: best + span.text.length };
  });
}

/** reanchor() for a list with gaps (claims without evidence offsets): a gap stays a gap. */
export function reanchorSome(
  oldText: string,
  newText: string,
  spans: (AnchoredSpan | null)[],
): (AnchoredSpan | null)[] {
  const present = spans.filter((span): span is AnchoredSpan => span !== null);
  const placed = reanchor(oldText, newText, present);
  let next = 0;
  return spans.map((span) => (span === null ? null : (placed[next++] ?? null)));
}

/** Where the nth (1-based) occurrence of some words is in a text, for making a claim without a
 *  mouse selection; null when there are not that many. */
export function findOccurrence(text: string, words: string, occurrence = 1): { start: number; end: number } | null {
  if (!words) return null;
  let at = -1;
  for (let seen = 0; seen < occurrence; seen++) {
    at = text.indexOf(words, at + 1);
    if (at === -1) return null;
  }
  return { start: at, end: at + words.length };
}
