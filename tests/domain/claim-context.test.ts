import { describe, expect, it } from "vitest";
import { claimInParagraph } from "~/domain/claim-context";

const body = "First paragraph.\n\nThe mayor said 12,000 trees were planted. Critics disagree.\n\nLast one.";

describe("a claim shown in its paragraph", () => {
  it("cuts the paragraph around the claim", () => {
    const start = body.indexOf("12,000");
    expect(claimInParagraph(body, start, start + 6)).toEqual({
      before: "The mayor said ",
      claim: "12,000",
      after: " trees were planted. Critics disagree.",
    });
  });

  it("spans every paragraph a claim crosses", () => {
    const start = body.indexOf("Critics");
    const end = body.indexOf(" one.");
    expect(claimInParagraph(body, start, end)).toMatchObject({
      before: "The mayor said 12,000 trees were planted. ",
      after: " one.",
    });
  });

  it("gives nothing for offsets outside the text", () => {
    expect(claimInParagraph(body, 5, body.length + 1)).toBeNull();
  });
});
