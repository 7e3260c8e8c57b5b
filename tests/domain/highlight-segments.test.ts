import { describe, expect, it } from "vitest";
import { highlightSegments, withEvidence } from "~/domain/highlight-segments";

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
    const [first] = highlightSegments(body, [quote]).map((paragraph) =>
      withEvidence(paragraph, [
        { start: 0, end: 4, role: "mention" },
        { start: 5, end: 9, role: "cue" },
      ]),
    );
    expect(first?.segments.filter((s) => s.evidence).map((s) => [body.slice(s.start, s.end), s.evidence])).toEqual([
      ["Benn", "mention"],
      ["said", "cue"],
    ]);
  });

  it("gives every run exactly the claims covering it, innermost first, whatever the overlaps", () => {
    const text = Array.from({ length: 40 }, (_, i) => `Sentence ${i} has some words in it.`).join("\n\n");
    let seed = 7;
    const random = (below: number) => {
      seed = (seed * 1_103_515_245 + 12_345) % 2_147_483_648;
      return seed % below;
    };
    const spans = Array.from({ length: 300 }, (_, id) => {
      const start = random(text.length - 1);
      return { id, start, end: Math.min(text.length, start + 1 + random(60)) };
    });
    for (const paragraph of highlightSegments(text, spans)) {
      let at = paragraph.start;
      for (const segment of paragraph.segments) {
        expect(segment.start).toBe(at);
        at = segment.end;
        const covering = spans
          .filter((span) => span.start <= segment.start && segment.end <= span.end)
          .sort((a, b) => a.end - a.start - (b.end - b.start));
        const sizeOf = (id: number) => (spans[id]?.end ?? 0) - (spans[id]?.start ?? 0);
        expect(segment.claimIds.map(sizeOf)).toEqual(covering.map((span) => span.end - span.start));
        expect(new Set(segment.claimIds)).toEqual(new Set(covering.map((span) => span.id)));
      }
      expect(at).toBe(paragraph.end);
    }
  });
});
