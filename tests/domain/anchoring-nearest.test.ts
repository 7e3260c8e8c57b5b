import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { type AnchoredSpan, reanchor } from "~/domain/anchoring";

// reanchor() looks at a span's occurrences nearest first and stops at the first whose surroundings are
// intact. It must choose exactly what scoring every occurrence chooses: this oracle is that exhaustive search.
const CONTEXT = 32;

function matching(a: string, b: string, fromEnd: boolean) {
  let i = 0;
  while (i < Math.min(a.length, b.length) && (fromEnd ? a.at(-1 - i) === b.at(-1 - i) : a[i] === b[i])) i++;
  return i;
}

function exhaustiveReanchor(oldText: string, newText: string, span: AnchoredSpan): number | null {
  let prefix = 0;
  while (prefix < Math.min(oldText.length, newText.length) && oldText[prefix] === newText[prefix]) prefix++;
  let suffix = 0;
  while (
    suffix < Math.min(oldText.length, newText.length) - prefix &&
    oldText.at(-1 - suffix) === newText.at(-1 - suffix)
  )
    suffix++;
  const shift = newText.length - oldText.length;
  if (span.end <= prefix) return span.start;
  if (span.start >= oldText.length - suffix) return span.start + shift;
  const before = oldText.slice(Math.max(0, span.start - CONTEXT), span.start);
  const after = oldText.slice(span.end, span.end + CONTEXT);
  const expected = span.start >= prefix ? span.start + shift : span.start;
  let best: number | null = null;
  let bestScore = Number.NEGATIVE_INFINITY;
  for (let at = newText.indexOf(span.text); span.text && at !== -1; at = newText.indexOf(span.text, at + 1)) {
    const context =
      matching(before, newText.slice(Math.max(0, at - CONTEXT), at), true) +
      matching(after, newText.slice(at + span.text.length, at + span.text.length + CONTEXT), false);
    const score = context * newText.length - Math.abs(at - expected);
    if (score > bestScore) {
      bestScore = score;
      best = at;
    }
  }
  return best;
}

// Few distinct words, so every span occurs many times, as names and "said" do in a dense article.
const word = fc.constantFrom("said", "Ada", "Varga", "12,000", "“", "”", ",", ".", " ", "\n\n", "the", "jobs");
const text = fc.array(word, { minLength: 1, maxLength: 120 }).map((words) => words.join(" "));
const edit = fc.tuple(fc.nat(), fc.nat(12), text);

describe("re-anchoring where the same words occur again and again", () => {
  it("chooses the same occurrence as scoring all of them would", () => {
    fc.assert(
      fc.property(
        text,
        fc.array(edit, { minLength: 1, maxLength: 3 }),
        fc.array(fc.tuple(fc.nat(), fc.integer({ min: 1, max: 12 })), { minLength: 1, maxLength: 20 }),
        (oldText, edits, picks) => {
          let newText = oldText;
          for (const [at, removed, inserted] of edits) {
            const start = at % (newText.length + 1);
            newText = newText.slice(0, start) + inserted + newText.slice(start + removed);
          }
          const spans = picks.map(([at, length]) => {
            const start = at % oldText.length;
            return { start, end: Math.min(oldText.length, start + length), text: oldText.slice(start, start + length) };
          });
          const placed = reanchor(oldText, newText, spans).map((place) => place?.start ?? null);
          expect(placed).toEqual(spans.map((span) => exhaustiveReanchor(oldText, newText, span)));
        },
      ),
      { numRuns: 1000 },
    );
  });
});
