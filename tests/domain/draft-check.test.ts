import { describe, expect, it } from "vitest";
import { toleranceRange } from "~/domain/claim-similarity";
import {
  draftClaims,
  figureMatchReason,
  MAX_DRAFT_CHARACTERS,
  parseDraft,
  quoteMatchReason,
  unitPattern,
} from "~/domain/draft-check";
import { AppError } from "~/domain/errors";

describe("when a draft repeats the same speaker's claim on record", () => {
  it("is a quote in words alike, and says how alike", () => {
    expect(quoteMatchReason(0.82)).toBe("same speaker, 82 % alike words");
    expect(quoteMatchReason(0.2)).toBeNull();
  });

  const draft = { value: 38_000, unit: "vehicles" };

  it("is a figure of the same counted thing within 10 %, in a sentence of alike words", () => {
    expect(figureMatchReason(draft, { value: 39_000, unit: "vehicles", similarity: 0.5 })).toBe(
      "same speaker, 50 % alike words, same figure within 3 %",
    );
    expect(figureMatchReason(draft, { value: 38_000, unit: "vehicle", similarity: 0.5 })).toBe(
      "same speaker, 50 % alike words, the same figure",
    );
  });

  it("is never a figure on its number alone", () => {
    expect(figureMatchReason(draft, { value: 38_000, unit: "vehicles", similarity: 0.1 })).toBeNull();
    expect(figureMatchReason(draft, { value: 38_000, unit: null, similarity: 1 })).toBeNull();
  });

  it("is not a figure of another thing or out of tolerance", () => {
    expect(figureMatchReason(draft, { value: 38_000, unit: "cars", similarity: 1 })).toBeNull();
    expect(figureMatchReason(draft, { value: 43_000, unit: "vehicles", similarity: 1 })).toBeNull();
    expect(figureMatchReason(draft, { value: null, unit: "vehicles", similarity: 1 })).toBeNull();
  });

  it("looks in a ±10 % range, for negative figures too", () => {
    expect(toleranceRange(200)).toEqual({ low: 180, high: 220 });
    expect(toleranceRange(-50)).toEqual({ low: -55, high: -45 });
  });

  it("filters units by exact code for percent and currencies, by the head noun's spellings otherwise", () => {
    expect(unitPattern("GBP")).toBe("^GBP$");
    expect(unitPattern("people")).toBe("\\m(person|persons|persones|people)\\M");
  });
});

describe("the draft", () => {
  it("yields its quotes and figures with a unit, with the speaker", () => {
    const claims = draftClaims(
      "“We will build 500 homes,” said Ana Ruiz. The council has 48 members. It met in 2024, and on 3 May.",
    );
    expect(claims.map((claim) => [claim.kind, claim.text, claim.speaker])).toEqual([
      ["quote", "We will build 500 homes,", "Ana Ruiz"],
      ["numeric", "500", "Ana Ruiz"],
      ["numeric", "48", null],
    ]);
  });

  it("is refused when empty (422) or longer than a draft can be (413), with the limit in the message", () => {
    expect(() => parseDraft({ text: "  " })).toThrow("Paste the draft to check.");
    const tooLong = (() => {
      try {
        parseDraft({ text: "x".repeat(MAX_DRAFT_CHARACTERS + 1) });
      } catch (error) {
        return error;
      }
    })();
    expect(tooLong).toBeInstanceOf(AppError);
    expect(tooLong).toMatchObject({ status: 413, message: expect.stringContaining("at most 60,000") });
  });
});
