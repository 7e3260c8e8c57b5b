import { describe, expect, it } from "vitest";
import { extractClaims } from "~/domain/extraction";

describe("extractClaims", () => {
  const text = [
    "The county hired 40 new teachers this year.",
    "Schools chief Hana Okafor said that 1,200 pupils were still without a teacher.",
    "“We need 300 more by September,” Okafor told the board.",
  ].join("\n");
  const claims = extractClaims(text);

  it("returns quotes and numeric claims sorted by start, with every field", () => {
    expect(claims.map((claim) => claim.start)).toEqual([...claims.map((claim) => claim.start)].sort((a, b) => a - b));
    expect(claims.map((claim) => claim.kind)).toEqual(["numeric", "numeric", "quote", "numeric"]);
    for (const claim of claims) {
      expect(Object.keys(claim).sort()).toEqual(
        [
          "antecedentEnd",
          "antecedentStart",
          "attributionRule",
          "confidence",
          "cueEnd",
          "cueStart",
          "end",
          "kind",
          "qualifier",
          "sentence",
          "sentenceEnd",
          "sentenceStart",
          "speaker",
          "speakerDescription",
          "speakerEnd",
          "speakerStart",
          "speakerTitle",
          "start",
          "text",
          "unit",
          "value",
        ].sort(),
      );
      expect(text.slice(claim.start, claim.end)).toBe(claim.text);
      expect(text.slice(claim.sentenceStart, claim.sentenceEnd)).toBe(claim.sentence);
    }
  });

  it("credits a number to whoever its sentence cites, and none to the article's own statements", () => {
    const byText = Object.fromEntries(claims.map((claim) => [claim.text, claim]));
    expect(byText["40"]?.speaker).toBeNull();
    expect(byText["1,200"]).toMatchObject({ value: 1200, speaker: "Hana Okafor" });
    expect(byText["1,200"]?.sentence).toBe(
      "Schools chief Hana Okafor said that 1,200 pupils were still without a teacher.",
    );
  });

  it("credits a number inside a quote to the quote's speaker", () => {
    const inQuote = claims.find((claim) => claim.text === "300");
    expect(inQuote).toMatchObject({ kind: "numeric", value: 300, speaker: "Hana Okafor" });
    expect(claims.find((claim) => claim.kind === "quote")?.value).toBeNull();
  });

  it("returns nothing for empty text", () => {
    expect(extractClaims("")).toEqual([]);
  });
});
