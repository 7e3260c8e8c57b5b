import { describe, expect, it } from "vitest";
import { claimDisplay, claimDisplayText, quoteWithoutAttributionPunctuation } from "~/domain/claim-display";

const SENTENCE =
  "Ukrainian President Volodymyr Zelenskyy revealed that 4,000 North Korean soldiers have been killed or wounded, a significant portion of the forces deployed in December.";

describe("how a claim is shown", () => {
  it("shows a numeric claim as its sentence with the figure marked", () => {
    const display = claimDisplay({ kind: "numeric", text: "4,000", sentence: ` ${SENTENCE}\n` });
    expect(display.parts).toEqual([
      { text: "Ukrainian President Volodymyr Zelenskyy revealed that ", figure: false },
      { text: "4,000", figure: true },
      { text: SENTENCE.slice(SENTENCE.indexOf(" North Korean")), figure: false },
    ]);
    expect(display.text).toBe(SENTENCE);
    expect(display.quoted).toBe(false);
    expect(claimDisplayText({ kind: "numeric", text: "4,000", sentence: SENTENCE })).toBe(SENTENCE);
  });

  it("marks a figure that opens or closes its sentence without empty parts", () => {
    expect(claimDisplay({ kind: "numeric", text: "45%", sentence: "45%" }).parts).toEqual([
      { text: "45%", figure: true },
    ]);
  });

  it("falls back to the figure alone when no sentence holds it", () => {
    expect(claimDisplay({ kind: "numeric", text: "4,000", sentence: "An edited sentence." })).toEqual({
      parts: [{ text: "4,000", figure: false }],
      text: "4,000",
      quoted: false,
    });
    expect(claimDisplay({ kind: "numeric", text: "4,000", sentence: null }).text).toBe("4,000");
  });

  it("drops the comma a quote leads into its attribution with, keeping the words", () => {
    const text =
      "This is not about Ukraine itself but about Ukraine being used as a tool to weaken Russia’s position in the European security framework,";
    const display = claimDisplay({ kind: "quote", text, sentence: null });
    expect(display.text).toBe(text.slice(0, -1));
    expect(display.quoted).toBe(true);
    expect(claimDisplayText({ kind: "quote", text: "We cannot wait,", sentence: null })).toBe("“We cannot wait”");
  });

  it("drops other attribution punctuation but keeps a quote's own full stop, question or ellipsis", () => {
    expect(quoteWithoutAttributionPunctuation("We will win — ")).toBe("We will win");
    expect(quoteWithoutAttributionPunctuation("It is over;")).toBe("It is over");
    expect(quoteWithoutAttributionPunctuation("not even up for discussion.")).toBe("not even up for discussion.");
    expect(quoteWithoutAttributionPunctuation("Who pays?")).toBe("Who pays?");
    expect(quoteWithoutAttributionPunctuation("and then…")).toBe("and then…");
    expect(quoteWithoutAttributionPunctuation(",")).toBe(",");
  });

  it("shows a statement as its own words, without quotation marks", () => {
    expect(claimDisplay({ kind: "statement", text: "Crime is down,", sentence: "Crime is down, she said." })).toEqual({
      parts: [{ text: "Crime is down,", figure: false }],
      text: "Crime is down,",
      quoted: false,
    });
  });
});
