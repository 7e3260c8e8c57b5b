import { describe, expect, it } from "vitest";
import { figureWindow, isBareUnit, similarityReason } from "~/domain/claim-similarity";

describe("when two claims are said-before twins", () => {
  it("takes figures within a fifth of each other, either way, as the same figure", () => {
    const { low, high } = figureWindow(4000);
    expect(low).toBe(3200);
    expect(high).toBe(5000);
    expect(3100 >= low).toBe(false);
  });

  it("knows which units only say how something is measured", () => {
    expect(isBareUnit("percent")).toBe(true);
    expect(isBareUnit("USD")).toBe(true);
    expect(isBareUnit("North Korean soldiers")).toBe(false);
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
