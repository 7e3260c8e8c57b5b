import { describe, expect, it } from "vitest";
import { parseCsvRows } from "~/domain/bulk-import/csv-rows";

describe("CSV rows", () => {
  it("maps header names in any letter case and reads quoted commas, quotes and newlines", () => {
    const text = [
      "Title,BODY,Url,Published_At",
      '"Budget, revised","He said ""no"".',
      "",
      'Second paragraph.",https://news.test/1,2025-02-01',
      "Plain,Short text,,",
    ].join("\n");
    expect(parseCsvRows(text)).toEqual([
      {
        line: 2,
        kind: "article",
        input: {
          title: "Budget, revised",
          body: 'He said "no".\n\nSecond paragraph.',
          url: "https://news.test/1",
          publishedOn: "2025-02-01",
        },
      },
      { line: 5, kind: "article", input: { title: "Plain", body: "Short text", url: "", publishedOn: "" } },
    ]);
  });

  it("counts lines from the start of each record, skipping blank lines, with Windows line endings", () => {
    const text = 'title,text\r\n\r\na,b\r\n   \r\n\r\nc,"d\r\ne"\r\nf,g\r\n';
    expect(parseCsvRows(text).map((row) => row.line)).toEqual([3, 6, 8]);
  });

  it("reports a row with the wrong number of fields and keeps the others", () => {
    const rows = parseCsvRows("title,body\na,b\nan unquoted, comma,body\nc,d");
    expect(rows.map((row) => [row.line, row.kind])).toEqual([
      [2, "article"],
      [3, "invalid"],
      [4, "article"],
    ]);
    expect(rows[1]).toMatchObject({ reason: expect.stringContaining("3 fields but the header has 2") });
  });

  it("says which column of a row is empty, in the file's words", () => {
    expect(parseCsvRows('title,body,url\nSpeech,"",\n,text,\n , ,https://news.test/1')).toEqual([
      { line: 2, kind: "invalid", reason: 'The "body" column is empty.' },
      { line: 3, kind: "invalid", reason: 'The "title" column is empty.' },
      { line: 4, kind: "invalid", reason: 'The "title" and "body" columns are empty.' },
    ]);
  });

  it("refuses a header without a title or body column", () => {
    expect(() => parseCsvRows("name,content\na,b")).toThrow(/"title" and "body" \(or "text"\) are missing/);
  });

  it("names the line where a quoted field that never closes starts", () => {
    expect(() => parseCsvRows('title,body\na,b\n\nc,"d\ne,f\n')).toThrow(/^Line 4: a quoted field/);
  });

  it("returns no rows for an empty file", () => {
    expect(parseCsvRows("")).toEqual([]);
  });
});
