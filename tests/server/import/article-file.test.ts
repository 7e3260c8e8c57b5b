import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { articleFromFile } from "~/.server/imports/article-file";
import { UnsupportedFileError } from "~/.server/imports/import-errors";
import { buildDocx } from "../../domain/import/build-docx";

const fixture = (name: string) => readFileSync(new URL(`../../fixtures/import/${name}`, import.meta.url));

describe("articleFromFile", () => {
  it("reads .txt as UTF-8 with the BOM stripped and CRLF turned into LF", async () => {
    const bytes = Buffer.from("\uFEFF\r\nThe dam holds 3 million m³.\r\n\r\nSecond paragraph.\r\n", "utf8");
    expect(await articleFromFile("notes.TXT", bytes)).toEqual({
      title: null,
      text: "The dam holds 3 million m³.\n\nSecond paragraph.",
    });
  });

  it.each(["page.html", "page.htm"])("reads %s as a web page, with its metadata", async (name) => {
    const article = await articleFromFile(name, fixture("news-article.html"));
    expect(article).toMatchObject({
      title: "Harbourton bridge repairs to cost twice the estimate, council says",
      outlet: "The Harbourton Courier",
      publishedAt: "2026-03-14T08:30:00.000Z",
    });
    expect(article.text).toMatch(/^The repair of the Old Quay bridge/);
  });

  it("decodes a saved page in the legacy character set it declares", async () => {
    const html = Buffer.concat([
      Buffer.from('<html><head><meta charset="windows-1252"></head><body><p>Caf'),
      Buffer.from([0xe9]),
      Buffer.from(" prices rose.</p></body></html>"),
    ]);
    expect((await articleFromFile("saved.html", html)).text).toBe("Café prices rose.");
  });

  it.each(["piece.md", "piece.markdown"])("reads %s as Markdown", async (name) => {
    const article = await articleFromFile(name, fixture("opinion-piece.md"));
    expect(article.title).toBe("Ferry fares: what the harbour authority did not say");
    expect(article.text).toMatch(/^Posted by the Harbourton Courier opinion desk\./);
  });

  it("reads .docx", async () => {
    const docx = await buildDocx([{ text: "Budget vote", style: "Title" }, { text: "Approved." }]);
    expect(await articleFromFile("Budget Vote.DOCX", docx)).toEqual({ title: "Budget vote", text: "Approved." });
  });

  it.each([
    [
      "report.pdf",
      "Claimdesk cannot import .pdf files such as report.pdf. Upload a .txt, .html, .htm, .md, .markdown or .docx file instead.",
    ],
    [
      "old.doc",
      "Claimdesk cannot import .doc files such as old.doc. Upload a .txt, .html, .htm, .md, .markdown or .docx file instead.",
    ],
    [
      "README",
      "Claimdesk cannot tell what kind of file README is. Upload a .txt, .html, .htm, .md, .markdown or .docx file instead.",
    ],
  ])("refuses %s", async (name, message) => {
    await expect(articleFromFile(name, Buffer.from("x"))).rejects.toThrow(new UnsupportedFileError(message));
  });

  it.each(["notes.txt", "notes.md", "page.html"])("refuses %s when it is not valid UTF-8", async (name) => {
    await expect(articleFromFile(name, Buffer.from([0x43, 0x61, 0x66, 0xe9]))).rejects.toThrow(
      `${name} is not UTF-8 text`,
    );
  });
});
