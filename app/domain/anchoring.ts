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

function occurrences(haystack: string, needle: string): number[] {
  const found: number[] = [];
  if (!needle) return found;
  for (let at = haystack.indexOf(needle); at !== -1; at = haystack.indexOf(needle, at + 1)) found.push(at);
  return found;
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
    const candidates = occurrences(newText, span.text);
    if (candidates.length === 0) return null;
    const before = oldText.slice(Math.max(0, span.start - CONTEXT), span.start);
    const after = oldText.slice(span.end, span.end + CONTEXT);
    const expected = span.start >= prefix ? span.start + shift : span.start;
    let best = candidates[0] as number;
    let bestScore = Number.NEGATIVE_INFINITY;
    for (const at of candidates) {
      const context =
        matchingLength(before, newText.slice(Math.max(0, at - CONTEXT), at), true) +
        matchingLength(after, newText.slice(at + span.text.length, at + span.text.length + CONTEXT), false);
      const score = context * newText.length - Math.abs(at - expected);
      if (score > bestScore) {
        bestScore = score;
        best = at;
      }
    }
    return { ...span, start: best, end: best + span.text.length };
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
