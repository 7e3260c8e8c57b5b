import { describe, expect, it } from "vitest";
import { collapseWhitespace, joinParagraphs, withoutLeadingTitle } from "~/.server/imports/paragraphs";

describe("paragraph helpers", () => {
  it("collapses every kind of whitespace run into one space", () => {
    expect(collapseWhitespace(" a\t\tb\n\nc\u00a0 d ")).toBe("a b c d");
  });

  it("joins paragraphs with one blank line", () => {
    expect(joinParagraphs(["One.", "Two."])).toBe("One.\n\nTwo.");
  });

  it("drops an opening paragraph that repeats the title, and nothing else", () => {
    expect(withoutLeadingTitle(["Title", "Body", "Title"], "Title")).toEqual(["Body", "Title"]);
    expect(withoutLeadingTitle(["Intro", "Title"], "Title")).toEqual(["Intro", "Title"]);
    expect(withoutLeadingTitle(["Body"], null)).toEqual(["Body"]);
  });
});
