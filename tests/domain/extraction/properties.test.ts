import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { type ExtractedClaim, extractClaims } from "~/domain/extraction";

// Pieces that stress the scanners: every kind of quotation mark, apostrophes, line breaks, names,
// speech verbs, abbreviations, numbers, markup, other scripts, emoji and lone surrogates.
const PIECES = [
  '"',
  "“",
  "”",
  "„",
  "«",
  "»",
  "‹",
  "›",
  "'",
  "‘",
  "’",
  "''",
  "\n",
  "\n\n",
  " ",
  ", ",
  ". ",
  ": ",
  "—",
  "(",
  ")",
  "said",
  "he said",
  "Sen.",
  "Mr. ",
  "Jane Doe",
  "DOE: ",
  "according to",
  "who",
  "the mayor",
  '<tweet a="1"/>',
  "4,000",
  "$2.5 billion",
  "15%",
  "Київ",
  "東京",
  "مرحبا",
  "😀",
  "👩‍👩‍👧",
  "\uD800",
  "\uDC00",
  "a",
  "Z",
  "…",
];
const articleText = fc.array(fc.constantFrom(...PIECES), { maxLength: 200 }).map((pieces) => pieces.join(""));

function expectWellFormed(text: string, claims: ExtractedClaim[]) {
  let previous = -1;
  for (const claim of claims) {
    expect(text.slice(claim.start, claim.end)).toBe(claim.text);
    expect(text.slice(claim.sentenceStart, claim.sentenceEnd)).toBe(claim.sentence);
    expect(claim.sentenceStart).toBeLessThanOrEqual(claim.start);
    expect(claim.sentenceEnd).toBeGreaterThanOrEqual(claim.end);
    expect(claim.start).toBeGreaterThanOrEqual(previous);
    previous = claim.start;
    if (claim.kind === "quote") expect(claim.value).toBeNull();
    else expect(Number.isFinite(claim.value)).toBe(true);
    for (const [from, to] of [
      [claim.speakerStart, claim.speakerEnd],
      [claim.cueStart, claim.cueEnd],
    ] as const) {
      if (from === null || to === null) expect(from).toBe(to);
      else expect(0 <= from && from <= to && to <= text.length).toBe(true);
    }
  }
}

describe("extractClaims on any input", () => {
  it("never throws and keeps every span true to the text, for random strings", () => {
    fc.assert(
      fc.property(fc.string({ unit: "binary", maxLength: 300 }), (text) => {
        expectWellFormed(text, extractClaims(text));
      }),
      { numRuns: 300 },
    );
  });

  it("never throws and keeps every span true to the text, for adversarial article-like strings", () => {
    fc.assert(
      fc.property(articleText, (text) => {
        expectWellFormed(text, extractClaims(text));
      }),
      { numRuns: 500 },
    );
  });

  it("is deterministic", () => {
    fc.assert(
      fc.property(articleText, (text) => {
        expect(extractClaims(text)).toEqual(extractClaims(text));
      }),
      { numRuns: 100 },
    );
  });

  it("finishes on a megabyte of quotation marks and other degenerate input", () => {
    const megabyte = 1 << 20;
    for (const unit of ["“", '"', "'", "‘", "“ ", '" said "', ".", "Mr. ", "A ", "\uD800"]) {
      const text = unit.repeat(Math.ceil(megabyte / unit.length));
      expectWellFormed(text, extractClaims(text));
    }
  }, 60_000);
});
