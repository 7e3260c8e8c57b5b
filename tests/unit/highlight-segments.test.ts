import { describe, expect, it } from "vitest";
import { highlightSegments } from "~/domain/highlight-segments";

describe("highlighting claims in the article text", () => {
  const body = "Benn said “we created 12,000 jobs”.\n\nCritics disagreed.";
  const quote = { id: 1, start: body.indexOf("we"), end: body.indexOf("”") };
  const number = { id: 2, start: body.indexOf("12,000"), end: body.indexOf("12,000") + 6 };

  it("keeps paragraphs and covers every character exactly once", () => {
    const paragraphs = highlightSegments(body, [quote, number]);
    expect(paragraphs.map((p) => body.slice(p.start, p.end))).toEqual([
      "Benn said “we created 12,000 jobs”.",
      "Critics disagreed.",
    ]);
    const text = paragraphs.flatMap((p) => p.segments.map((s) => body.slice(s.start, s.end))).join("|");
    expect(text).toBe("Benn said “|we created |12,000| jobs|”.|Critics disagreed.");
  });

  it("lists the innermost claim first where a number sits inside a quote", () => {
    const [first] = highlightSegments(body, [quote, number]);
    expect(first?.segments.map((s) => s.claimIds)).toEqual([[], [1], [2, 1], [1], []]);
  });

  it("marks the selected claim's attribution as evidence", () => {
    const [first] = highlightSegments(
      body,
      [quote],
      [
        { start: 0, end: 4, role: "mention" },
        { start: 5, end: 9, role: "cue" },
      ],
    );
    expect(first?.segments.filter((s) => s.evidence).map((s) => [body.slice(s.start, s.end), s.evidence])).toEqual([
      ["Benn", "mention"],
      ["said", "cue"],
    ]);
  });
});
