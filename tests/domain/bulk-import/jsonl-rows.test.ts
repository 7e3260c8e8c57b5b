import { describe, expect, it } from "vitest";
import { parseJsonlRows } from "~/domain/bulk-import/jsonl-rows";

describe("JSON Lines rows", () => {
  it("reads one article per line, with the line it came from, skipping blank lines", () => {
    const text = [
      '{"title":"One","body":"First text."}',
      "",
      "   ",
      '{"title":"Two","text":"Second text.","url":"https://news.test/2","outlet":"The Ledger","byline":"Ana","published_at":"2025-01-18"}',
    ].join("\r\n");
    expect(parseJsonlRows(text)).toEqual([
      { line: 1, kind: "article", input: { title: "One", body: "First text." } },
      {
        line: 4,
        kind: "article",
        input: {
          title: "Two",
          body: "Second text.",
          url: "https://news.test/2",
          outlet: "The Ledger",
          byline: "Ana",
          publishedOn: "2025-01-18",
        },
      },
    ]);
  });

  it("accepts publishedAt and keeps only the date of a timestamp", () => {
    const [row] = parseJsonlRows('{"title":"T","body":"B","publishedAt":"2025-03-14T09:30:00Z"}');
    expect(row).toMatchObject({ kind: "article", input: { publishedOn: "2025-03-14" } });
  });

  it("prefers body to its alias text", () => {
    const [row] = parseJsonlRows('{"title":"T","body":"the body","text":"the text"}');
    expect(row).toMatchObject({ input: { body: "the body" } });
  });

  it("reports a line that is not JSON with its line number and goes on", () => {
    const rows = parseJsonlRows('{"title":"A","body":"a"}\n{"title": "B", "body": \n{"title":"C","body":"c"}');
    expect(rows.map((row) => [row.line, row.kind])).toEqual([
      [1, "article"],
      [2, "invalid"],
      [3, "article"],
    ]);
    expect(rows[1]).toMatchObject({ reason: expect.stringMatching(/^Not valid JSON: /) });
  });

  it("refuses a line that is JSON but not an object", () => {
    expect(parseJsonlRows('["title","body"]')).toEqual([
      { line: 1, kind: "invalid", reason: "Each line must be a JSON object with a title and a body." },
    ]);
  });

  it("refuses a field that is not text", () => {
    expect(parseJsonlRows('{"title":2024,"body":"b"}')).toEqual([
      { line: 1, kind: "invalid", reason: '"title" must be text, not a number.' },
    ]);
  });

  it("refuses a row without a title or a body in the file's words", () => {
    expect(parseJsonlRows('{"body":"b"}\n{"title":"T","text":"  "}\n{"title":"","url":"https://news.test/1"}')).toEqual(
      [
        { line: 1, kind: "invalid", reason: 'The "title" key is missing.' },
        { line: 2, kind: "invalid", reason: 'The "text" key is empty.' },
        { line: 3, kind: "invalid", reason: 'The "title" key is empty. The "body" (or "text") key is missing.' },
      ],
    );
  });

  it("treats null like a missing field", () => {
    expect(parseJsonlRows('{"title":"T","body":"B","url":null}')).toEqual([
      { line: 1, kind: "article", input: { title: "T", body: "B" } },
    ]);
  });
});
