import { describe, expect, it } from "vitest";
import { reanchor } from "~/domain/anchoring";

function spanOf(text: string, words: string, from = 0) {
  const start = text.indexOf(words, from);
  return { start, end: start + words.length, text: words };
}

describe("keeping claims on their words when the article is edited", () => {
  const before = "The mayor said “we will build it”. Critics said the cost was $240 million.";

  it("moves a claim with its words when text is inserted before it", () => {
    const after = `PORT ALDER – ${before}`;
    const [moved] = reanchor(before, after, [spanOf(before, "$240 million")]);
    expect(moved && after.slice(moved.start, moved.end)).toBe("$240 million");
  });

  it("leaves a claim before the edit where it was", () => {
    const after = before.replace("Critics", "Opponents");
    expect(reanchor(before, after, [spanOf(before, "we will build it")])).toEqual([spanOf(before, "we will build it")]);
  });

  it("reports a claim whose words were removed instead of moving it elsewhere", () => {
    const after = before.replace("$240 million", "a lot");
    expect(reanchor(before, after, [spanOf(before, "$240 million")])).toEqual([null]);
  });

  it("picks the occurrence with the same surroundings when the words appear twice", () => {
    const text = "Ames said “no deal”. Later, Brook said “no deal” too.";
    const second = spanOf(text, "no deal", text.indexOf("Brook"));
    const edited = `Update: Ames repeated that he wants “no deal”. ${text}`;
    const [moved] = reanchor(text, edited, [second]);
    expect(moved?.start).toBe(edited.indexOf("no deal", edited.indexOf("Brook")));
  });

  it("follows words that moved to another paragraph", () => {
    const text = "First paragraph with 1,200 jobs.\n\nSecond paragraph.";
    const edited = "Second paragraph.\n\nFirst paragraph with 1,200 jobs.";
    const [moved] = reanchor(text, edited, [spanOf(text, "1,200 jobs")]);
    expect(moved && edited.slice(moved.start, moved.end)).toBe("1,200 jobs");
  });
});
