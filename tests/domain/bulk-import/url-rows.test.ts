import { describe, expect, it } from "vitest";
import { parseUrlRows } from "~/domain/bulk-import/url-rows";

describe("URL list rows", () => {
  it("takes one address per line, trimmed, with its line number, skipping blank lines", () => {
    expect(parseUrlRows("\uFEFFhttps://a.test/1\r\n\r\n  https://b.test/2  \nnot a url\n")).toEqual([
      { line: 1, kind: "url", url: "https://a.test/1" },
      { line: 3, kind: "url", url: "https://b.test/2" },
      { line: 4, kind: "url", url: "not a url" },
    ]);
  });
});
