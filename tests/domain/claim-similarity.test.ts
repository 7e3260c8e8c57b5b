import { describe, expect, it } from "vitest";
import { similarityReason, toleranceRange } from "~/domain/claim-similarity";

describe("when a claim repeats one said before", () => {
  it("takes figures within a tenth of each other as the same figure", () => {
    expect(toleranceRange(4000)).toEqual({ low: 3600, high: 4400 });
  });

  it("says why a claim was offered", () => {
    expect(similarityReason({ sameSpeaker: true, alike: 0.824 })).toBe("same speaker, words 82 % alike");
    expect(
      similarityReason({
        sameSpeaker: false,
        alike: 0.41,
        figure: { value: 4000, earlierValue: 3900, unit: "North Korean troops" },
      }),
    ).toBe("figure of North Korean troops within 3 %, sentences 41 % alike");
  });
});
