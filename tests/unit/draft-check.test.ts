import { describe, expect, it } from "vitest";
import {
  draftClaims,
  figureMatchReason,
  MAX_DRAFT_CHARACTERS,
  parseDraft,
  quoteMatchReason,
  toleranceRange,
  unitPattern,
} from "~/domain/draft-check";
import { AppError } from "~/domain/errors";

describe("when a quote of a draft repeats a claim on record", () => {
  it("is a repeat by the same speaker with words alike, and says how alike", () => {
    expect(quoteMatchReason({ sameSpeaker: true, similarity: 0.82, speakerName: "Ana Ruiz" })).toBe(
      "same speaker, 82 % alike words",
    );
  });

  it("is not a repeat by the same speaker with different words", () => {
    expect(quoteMatchReason({ sameSpeaker: true, similarity: 0.2, speakerName: "Ana Ruiz" })).toBeNull();
  });

  it("needs nearly the same words from another speaker, and never calls it the same speaker", () => {
    expect(quoteMatchReason({ sameSpeaker: false, similarity: 0.45, speakerName: "Tom Ashby" })).toBeNull();
    expect(quoteMatchReason({ sameSpeaker: false, similarity: 0.74, speakerName: "Tom Ashby" })).toBe(
      "74 % alike words, said by Tom Ashby",
    );
    expect(quoteMatchReason({ sameSpeaker: false, similarity: 0.9, speakerName: null })).toBe(
      "90 % alike words, no speaker named",
    );
  });
});

describe("when a figure of a draft repeats a figure on record", () => {
  const draft = { value: 38_000, unit: "vehicles" };

  it("is the same counted thing within 10 % said by the same speaker", () => {
    expect(figureMatchReason(draft, { value: 39_000, unit: "vehicles", sameSpeaker: true, similarity: 0 })).toBe(
      "same speaker, same figure within 3 %",
    );
    expect(figureMatchReason(draft, { value: 38_000, unit: "vehicle", sameSpeaker: true, similarity: 0 })).toBe(
      "same speaker, the same figure",
    );
  });

  it("is never the number alone: another speaker's figure needs a sentence in alike words", () => {
    expect(
      figureMatchReason(draft, { value: 38_000, unit: "vehicles", sameSpeaker: false, similarity: 0.1 }),
    ).toBeNull();
    expect(figureMatchReason(draft, { value: 38_000, unit: "vehicles", sameSpeaker: false, similarity: 0.62 })).toBe(
      "62 % alike words, the same figure",
    );
  });

  it("is not a figure of another thing or out of tolerance", () => {
    expect(figureMatchReason(draft, { value: 38_000, unit: "cars", sameSpeaker: true, similarity: 1 })).toBeNull();
    expect(figureMatchReason(draft, { value: 43_000, unit: "vehicles", sameSpeaker: true, similarity: 1 })).toBeNull();
    expect(figureMatchReason(draft, { value: null, unit: "vehicles", sameSpeaker: true, similarity: 1 })).toBeNull();
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
