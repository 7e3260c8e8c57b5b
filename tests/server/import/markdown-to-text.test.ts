import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { textFromMarkdown } from "~/.server/imports/markdown-to-text";

const opinionPiece = readFileSync(new URL("../../fixtures/import/opinion-piece.md", import.meta.url), "utf8");

const textOf = (markdown: string) => textFromMarkdown(markdown).text;

describe("textFromMarkdown: an article", () => {
  const { title, text } = textFromMarkdown(opinionPiece);

  it("takes the first level-1 heading as the title, without its emphasis", () => {
    expect(title).toBe("Ferry fares: what the harbour authority did not say");
  });

  it("strips the syntax and keeps one paragraph per block", () => {
    expect(text.split("\n\n")).toEqual([
      "Posted by the Harbourton Courier opinion desk. Read the authority's statement and the fare table before you decide.",
      "The claim",
      "The new fares are the lowest in the region, according to the authority.",
      "Nobody has checked that yet.",
      "The authority's spokesperson, Ines Valdéz, said fares would rise by 3% in June & again in January. That is not what the 2025 report_final document says, and everyone most readers know it.",
      "Three things to look at:",
      "The single fare goes from 2.40 to 2.60 crowns.",
      "Season tickets are unchanged until autumn.",
      "Children under 12 still travel free.",
      "Compare with the island line.",
      "Ask the authority for its own figures.",
      "fare_2025 = 2.40 fare_2026 = 2.60",
      "Contact the desk at mailto:opinion@courier.example or escape a literal *asterisk*.",
    ]);
  });
});

describe("textFromMarkdown: titles", () => {
  it("has no title without a level-1 heading", () => {
    expect(textFromMarkdown("## Section\n\nBody.")).toEqual({ title: null, text: "Section\n\nBody." });
  });

  it("accepts an underlined (setext) title and closing hashes", () => {
    expect(textFromMarkdown("Water rates\n===========\n\nBody.")).toEqual({ title: "Water rates", text: "Body." });
    expect(textFromMarkdown("# Water rates ##\n\nBody.")).toEqual({ title: "Water rates", text: "Body." });
  });

  it("keeps a title heading in the text when it is not the opening line", () => {
    expect(textFromMarkdown("Intro.\n\n# Water rates\n\nBody.")).toEqual({
      title: "Water rates",
      text: "Intro.\n\nWater rates\n\nBody.",
    });
  });

  it("does not read #hashtags as headings", () => {
    expect(textFromMarkdown("#factcheck of the day")).toEqual({ title: null, text: "#factcheck of the day" });
  });
});

describe("textFromMarkdown: inline syntax", () => {
  it.each([
    ["**bold** and __strong__", "bold and strong"],
    ["*em* and _em_", "em and em"],
    ["snake_case_name stays", "snake_case_name stays"],
    ["2 * 3 * 4 = 24", "2 * 3 * 4 = 24"],
    ["~~struck~~ text", "struck text"],
    ["`code *not emphasis*`", "code *not emphasis*"],
    ["[a link](https://x.example/a_b) here", "a link here"],
    ['[titled](https://x.example "Title")', "titled"],
    ["[reference][ref] link\n\n[ref]: https://x.example", "reference link"],
    ["[undefined][nowhere] reference", "[undefined][nowhere] reference"],
    ["![alt text](https://x.example/i.png) gone", "gone"],
    ["<https://x.example/page>", "https://x.example/page"],
    // A line break starts a new paragraph, as it does in a web page.
    ["<span class='x'>inline</span> <br/>html", "inline\n\nhtml"],
    ["<!-- a comment --> visible", "visible"],
    ["\\*literal\\* \\_under\\_ \\# hash", "*literal* _under_ # hash"],
    ["Tom &amp; Jerry &lt;3 &#8364;5 &#x263A;", "Tom & Jerry <3 €5 ☺"],
    ["unknown &bogus; entity", "unknown &bogus; entity"],
  ])("%j → %j", (markdown, text) => {
    expect(textOf(markdown)).toBe(text);
  });
});

describe("textFromMarkdown: blocks", () => {
  it("joins wrapped lines and normalises Windows line endings", () => {
    expect(textOf("One line\r\nwrapped here.\r\n\r\nNext.")).toBe("One line wrapped here.\n\nNext.");
  });

  it("drops front matter, thematic breaks and link definitions", () => {
    expect(textOf("---\ntitle: x\n---\nBody.\n\n***\n\n- - -\n\n[ref]: https://x.example\nEnd.")).toBe("Body.\n\nEnd.");
  });

  it("makes every list item a paragraph, with its continuation lines", () => {
    expect(textOf("- one\n  continued\n- two\n\n3. three\n4) four\n+ five")).toBe(
      "one continued\n\ntwo\n\nthree\n\nfour\n\nfive",
    );
  });

  it("separates a quotation from the text around it, and quoted paragraphs from each other", () => {
    // A line right after a quotation continues it (CommonMark's lazy continuation), so "After." follows a blank line.
    expect(textOf("Before.\n> quoted\n> still quoted\n>\n> > nested\n\nAfter.")).toBe(
      "Before.\n\nquoted still quoted\n\nnested\n\nAfter.",
    );
  });

  it("keeps the characters of fenced code, tilde fences included", () => {
    expect(textOf("```js\nconst x = **y**;\n```\n\n~~~\n[not](a link)\n~~~")).toBe("const x = **y**;\n\n[not](a link)");
  });

  it("drops raw HTML that is not text, such as scripts", () => {
    expect(textOf("<script>alert(1)</script>\n\nText.")).toBe("Text.");
  });

  it("is empty for empty input", () => {
    expect(textFromMarkdown("")).toEqual({ title: null, text: "" });
  });
});
