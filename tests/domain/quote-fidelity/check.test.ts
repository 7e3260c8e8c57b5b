import { describe, expect, it } from "vitest";
import { parseTranscript } from "~/domain/quote-fidelity/captions";
import { checkQuote } from "~/domain/quote-fidelity/check";

// An invented council meeting, as a checker might paste it.
const TRANSCRIPT = [
  "Thank you, chair. Let me start with the budget.",
  "We are not going to raise council tax this year, and I want to be clear about that.",
  "The library on Mill Street will stay open on Saturdays.",
  "Um, the bus lanes were, you know, a decision the previous administration made.",
  "We will review them in the spring.",
  "Our housing plan builds four hundred homes by 2028 and every one of them will be affordable.",
  "The river path needs repairs after the floods and the work starts in March.",
  "Questions about the depot should go to the transport committee.",
  "Finally, the leisure centre reopens next month after its refurbishment.",
].join(" ");

const check = (quote: string) => checkQuote(quote, { text: TRANSCRIPT });

describe("quote fidelity", () => {
  it("finds a verbatim quote whatever quotation marks, dashes or final full stop it has", () => {
    const result = check("“The library on Mill Street will stay open on Saturdays”");
    expect(result.finding).toBe("verbatim");
    expect(result.passages[0]?.text).toBe("The library on Mill Street will stay open on Saturdays");
    expect(result.passages[0]?.before).toBe(
      "We are not going to raise council tax this year, and I want to be clear about that.",
    );
    expect(result.passages[0]?.after).toBe(
      ". Um, the bus lanes were, you know, a decision the previous administration made.",
    );
    expect(check("We will review them in the spring").finding).toBe("verbatim");
  });

  it("calls a changed comma, another case or a dropped “um” minor", () => {
    const result = check("The bus lanes were a decision the previous administration made");
    expect(result.finding).toBe("minor");
    expect(result.segments.filter((segment) => segment.op === "minor").map((segment) => segment.source)).toEqual([
      "you know",
    ]);
    expect(
      check("Our housing plan builds four hundred homes by 2028, and every one of them will be affordable").finding,
    ).toBe("minor");
  });

  it("lists one changed word", () => {
    const result = check("The library on Mill Street will stay open on Sundays");
    expect(result.finding).toBe("changed");
    expect(result.changes).toEqual(["“Sundays” in the quote, “Saturdays” in the source"]);
    expect(result.segments).toContainEqual({ op: "changed", quote: "Sundays", source: "Saturdays" });
  });

  it("calls out a dropped “not”", () => {
    const result = check("We are going to raise council tax this year");
    expect(result.finding).toBe("changed");
    expect(result.changes).toEqual(["“not” is left out"]);
    expect(result.negations).toEqual(["The source says “not” here; the quote does not."]);
    expect(result.summary).toContain("“not”");
  });

  it("shows a middle sentence left out at an ellipsis, with what was omitted", () => {
    const result = check("The library on Mill Street will stay open on Saturdays … We will review them in the spring.");
    expect(result.finding).toBe("left_out");
    expect(result.omitted).toEqual(["“Um, the bus lanes were, you know, a decision the previous administration made”"]);
    expect(result.passages).toHaveLength(1);
  });

  it("names both passages of a quote stitched from two places far apart", () => {
    const result = check(
      "We are not going to raise council tax this year and the leisure centre reopens next month after its refurbishment",
    );
    expect(result.finding).toBe("left_out");
    expect(result.passages.map((passage) => passage.text)).toEqual([
      "We are not going to raise council tax this year, and",
      "the leisure centre reopens next month after its refurbishment",
    ]);
    expect(result.summary).toBe("The quote joins 2 places of the source: what lies between them is left out.");
    expect(result.segments.find((segment) => segment.op === "gap")?.source).toBe("79 words later in the source");
    expect(result.omitted).toEqual(["the 79 words between the two passages"]);
  });

  it("lists a longer cut as words left out, but calls out a “not” cut at an ellipsis and a changed contraction", () => {
    const cut = check("We are … to be clear about that");
    expect(cut.finding).toBe("left_out");
    expect(cut.omitted).toEqual(["“not going to raise council tax this year, and I want”"]);
    const notCut = check("We are … going to raise council tax this year");
    expect(notCut.finding).toBe("changed");
    expect(notCut.negations).toEqual(["The source says “not” here; the quote does not."]);
    const text = "We don't think the depot should close, and we never did.";
    const changed = checkQuote("We do think the depot should close", { text });
    expect(changed.finding).toBe("changed");
    expect(changed.negations).toEqual(["The source says “don't” here; the quote does not."]);
  });

  it("says not found for a quote the source does not have", () => {
    const result = check("We will build a new stadium for the city's football club");
    expect(result.finding).toBe("not_found");
    expect(result.passages).toEqual([]);
  });

  it("tolerates a spelling variant as minor", () => {
    expect(check("Finally, the leisure center reopens next month after its refurbishment").finding).toBe("minor");
  });

  it("gives the time of the cue a passage starts in", () => {
    const vtt = [
      "WEBVTT",
      "",
      "00:00:01.000 --> 00:00:04.000",
      "<v Mayor>Thank you, chair.",
      "",
      "00:01:23.500 --> 00:01:27.000",
      "The library on Mill Street",
      "will stay open on Saturdays.",
    ].join("\n");
    const transcript = parseTranscript(vtt, "vtt");
    const result = checkQuote("will stay open on Saturdays", transcript);
    expect(result.finding).toBe("verbatim");
    expect(result.passages[0]?.time).toBe("00:01:23.500");
  });
});
