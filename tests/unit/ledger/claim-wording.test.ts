import { describe, expect, it } from "vitest";
import { publishedClaimText, quoteMarks } from "~/domain/ledger/claim-wording";

describe("the words published for a claim", () => {
  it("publishes a figure in the sentence it was said in", () => {
    const sentence = " Bills are still 45% higher than three years ago, Mensah said.";
    expect(publishedClaimText({ kind: "numeric", text: "45%", sentence })).toBe(sentence.trim());
  });

  it("keeps a quote's own words", () => {
    expect(
      publishedClaimText({ kind: "quote", text: "We cannot wait,", sentence: "“We cannot wait,” she said." }),
    ).toBe("We cannot wait,");
  });

  it("falls back to the figure when no sentence holds it", () => {
    expect(publishedClaimText({ kind: "numeric", text: "45%", sentence: "An edited sentence." })).toBe("45%");
  });

  it("puts quotation marks only around quotes", () => {
    expect(quoteMarks("quote")).toEqual({ open: "“", close: "”" });
    expect(quoteMarks("numeric")).toEqual({ open: "", close: "" });
  });
});
