import { describe, expect, it } from "vitest";
import { detectImportFormat, parseImportRows } from "~/domain/bulk-import/parse-import";

describe("detecting the format of an upload", () => {
  it.each([
    ["articles.jsonl", "anything", "jsonl"],
    ["articles.NDJSON", "anything", "jsonl"],
    ["articles.csv", "anything", "csv"],
    ["list.txt", '\n{"title":"a","body":"b"}', "jsonl"],
    ["list.txt", "https://news.test/a\nhttps://news.test/b", "urls"],
    ["export", "title,body\na,b", "csv"],
  ] as const)("%s starting %j is %s", (name, text, format) => {
    expect(detectImportFormat(name, text)).toBe(format);
  });

  it("asks for the format when the content does not tell", () => {
    expect(() => detectImportFormat("notes.txt", "just some words")).toThrow(/cannot tell what kind of list/);
  });

  it("parses with the chosen format", () => {
    expect(parseImportRows("urls", "https://a.test")).toEqual([{ line: 1, kind: "url", url: "https://a.test" }]);
  });
});
