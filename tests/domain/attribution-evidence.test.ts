import { describe, expect, it } from "vitest";
import { type AttributionFacts, attributionView, speakerNeedsCheck } from "~/domain/attribution-evidence";
import { extractClaims } from "~/domain/extraction";
import type { ExtractedClaim } from "~/domain/extraction/types";

const body = [
  "Maria Lopez, the city's transport director, opened the new depot on Monday.",
  '"We will run twice as many buses by spring," she said.',
  'Critics say "the depot is in the wrong place."',
  '"Fares will not rise this year," said Tom Berry, the council leader.',
].join("\n\n");

const facts = (claim: ExtractedClaim, speakerChecked = false): AttributionFacts => ({
  attributionRule: claim.attributionRule,
  attributionConfidence: claim.confidence,
  speakerChecked,
  speakerDescription: claim.speakerDescription,
  speakerStart: claim.speakerStart,
  speakerEnd: claim.speakerEnd,
  cueStart: claim.cueStart,
  cueEnd: claim.cueEnd,
  antecedentStart: claim.antecedentStart,
  antecedentEnd: claim.antecedentEnd,
});

const quote = (words: string) => {
  const claim = extractClaims(body).find((found) => found.text.startsWith(words));
  if (!claim) throw new Error(`no quote starting “${words}”`);
  return claim;
};

describe("how a speaker was found, as a checker sees it", () => {
  it("asks to check a speaker read from a pronoun, showing the pronoun and the name it was read as", () => {
    const view = attributionView(body, facts(quote("We will run")));
    expect(view).toMatchObject({ needsCheck: true, confidence: "medium", mention: "she", resolvedName: "Maria Lopez" });
    const marked = view.passages.flatMap((passage) => passage.parts.filter((part) => part.role));
    expect(marked.map((part) => [part.text, part.role])).toEqual([
      ["Maria Lopez", "antecedent"],
      ["she", "mention"],
      ["said", "cue"],
    ]);
    // The name is in the paragraph before the quote: each paragraph is its own passage.
    expect(view.passages).toHaveLength(2);
  });

  it("stops asking once a person has checked the speaker", () => {
    expect(speakerNeedsCheck(facts(quote("We will run"), true))).toBe(false);
  });

  it("does not ask about a name written beside the quote", () => {
    const view = attributionView(body, facts(quote("Fares will not")));
    expect(view).toMatchObject({ needsCheck: false, confidence: "high", mention: "Tom Berry", resolvedName: null });
    expect(view.rule).toBe("“…,” said Name");
  });

  it("says a description is not a speaker", () => {
    const claim = quote("the depot");
    expect(claim.speaker).toBeNull();
    expect(attributionView(body, facts(claim)).description?.toLowerCase()).toBe("critics");
  });

  it("cuts a long paragraph around the evidence, saying where words were left out", () => {
    const filler = "The depot has room for two hundred buses and a workshop. ".repeat(8);
    const long = `${filler}Officials said nothing more. ${filler}`;
    const at = long.indexOf("Officials");
    const view = attributionView(long, {
      ...facts(quote("Fares will not")),
      speakerStart: at,
      speakerEnd: at + "Officials".length,
      cueStart: at + "Officials ".length,
      cueEnd: at + "Officials said".length,
      antecedentStart: null,
      antecedentEnd: null,
    });
    const [passage] = view.passages;
    expect(passage).toMatchObject({ cutBefore: true, cutAfter: true });
    expect(passage?.parts[0]?.text.startsWith(" ")).toBe(false);
    expect(passage?.parts.map((part) => part.text).join("").length).toBeLessThan(long.length / 2);
  });
});
