import { describe, expect, it } from "vitest";
import { publishedClaimText, publishedClaimWords } from "~/domain/ledger/claim-wording";

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

  it("gives claimDisplay a published numeric claim's figure, from its context paragraph", () => {
    const document = {
      kind: "numeric" as const,
      text: "Zelenskyy revealed that 4,000 soldiers were hurt.",
      context: {
        sentence: null,
        paragraph: { before: "Zelenskyy revealed that ", claim: "4,000", after: " soldiers…" },
      },
    };
    expect(publishedClaimWords(document)).toEqual({ kind: "numeric", text: "4,000", sentence: document.text });
    // Published after its words were lost from the article: the sentence, with nothing to mark.
    expect(publishedClaimWords({ ...document, context: { sentence: null, paragraph: null } })).toEqual({
      kind: "numeric",
      text: document.text,
      sentence: null,
    });
  });
});
