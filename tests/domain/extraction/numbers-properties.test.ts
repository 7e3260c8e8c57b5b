import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { findNumbers, type NumericMatch } from "~/domain/extraction/numbers";

/** The contract every caller relies on: exact slices, sorted, non-overlapping, finite values.
 *  Checked in plain code and asserted once, so megabyte inputs stay fast. */
function expectContract(text: string, matches: NumericMatch[]): void {
  const broken: NumericMatch[] = [];
  let previousEnd = 0;
  for (const match of matches) {
    const holds =
      text.slice(match.start, match.end) === match.text &&
      match.start >= previousEnd &&
      match.end > match.start &&
      Number.isFinite(match.value);
    if (!holds) broken.push(match);
    previousEnd = match.end;
  }
  expect(broken).toEqual([]);
}

/** Fragments that exercise every reader, glued together in any order. */
const NUMERIC_FRAGMENTS = [
  "1",
  "0",
  "999",
  ",",
  ",000",
  ".",
  ".5",
  "/",
  ":",
  "-",
  "–",
  " ",
  "\n",
  "$",
  "US$",
  "£",
  "€",
  "Rs ",
  "%",
  " percent",
  " per cent",
  " percentage points",
  "m",
  "bn",
  "k",
  " million",
  " lakh",
  " crore",
  " thousand",
  " hundred",
  " dozen",
  "a ",
  "an ",
  "A",
  "one",
  "One",
  "twenty",
  "-five",
  " and ",
  " to ",
  "between ",
  "half",
  "third",
  "thirds",
  " of",
  "minus ",
  "nearly ",
  "more than ",
  "s",
  "th",
  "’",
  "'",
  "p.m.",
  "Boeing ",
  "Jan. ",
  " times as",
  "\uD800",
  "\uDC00",
  "½",
];

const fragmentText = fc
  .array(fc.constantFrom(...NUMERIC_FRAGMENTS), { maxLength: 40 })
  .map((fragments) => fragments.join(""));
const anyUtf16Text = fc
  .array(fc.integer({ min: 0, max: 0xffff }), { maxLength: 60 })
  .map((codes) => String.fromCharCode(...codes));

describe("findNumbers: properties", () => {
  it("keeps the contract on arbitrary text, including lone surrogates", () => {
    fc.assert(
      fc.property(fc.oneof(fc.string({ maxLength: 80 }), anyUtf16Text), (text) => {
        expectContract(text, findNumbers(text));
      }),
      { numRuns: 2000 },
    );
  });

  it("keeps the contract on dense numeric fragments", () => {
    fc.assert(
      fc.property(fragmentText, (text) => {
        expectContract(text, findNumbers(text));
      }),
      { numRuns: 3000 },
    );
  });

  it("is deterministic", () => {
    fc.assert(
      fc.property(fragmentText, (text) => {
        expect(findNumbers(text)).toEqual(findNumbers(text));
      }),
    );
  });

  it("finds the same figure wherever it sits in unrelated text", () => {
    fc.assert(
      fc.property(fc.stringMatching(/^[a-z ]{0,30}$/), (padding) => {
        const text = `${padding}. Officials said 4,000 people were evacuated.`;
        const figure = findNumbers(text).find((match) => match.text === "4,000");
        expect(figure).toMatchObject({ start: padding.length + 17, value: 4000, unit: "people" });
      }),
    );
  });
});

describe("findNumbers: adversarial input", () => {
  it.each([
    ["a megabyte of digits", "7".repeat(1_000_000)],
    ["comma runs", "1,".repeat(300_000)],
    ["endless thousands groups", `1${",000".repeat(200_000)}`],
    ["endless Indian groups", `1${",00".repeat(300_000)}`],
    ["stacked magnitudes", `one${" million".repeat(100_000)}`],
    ["stacked digit magnitudes", `5${" million".repeat(100_000)}`],
    ["dash chains", "1-".repeat(300_000)],
    ["currency signs", `${"$".repeat(300_000)}5`],
    ["articles", "a ".repeat(200_000)],
    ["lone surrogates", "\uD800 5 \uDC00".repeat(50_000)],
  ])("%s: completes and keeps the contract", (_name, text) => {
    expectContract(text, findNumbers(text));
  });

  it("does not turn a megabyte of digits or stacked magnitudes into an infinite value", () => {
    expect(findNumbers("9".repeat(1_000_000))).toEqual([]);
    const stacked = findNumbers(`5${" million".repeat(1000)}`);
    expect(stacked[0]).toMatchObject({ text: "5 million million", value: 5e12 });
  });
});
