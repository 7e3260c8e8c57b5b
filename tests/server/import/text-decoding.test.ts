import { describe, expect, it } from "vitest";
import { UnsupportedFileError } from "~/.server/imports/import-errors";
import { declaredHtmlCharset, decodeHtmlPage, decodeUtf8File } from "~/.server/imports/text-decoding";

// "Café" in windows-1252: é is the single byte 0xE9, which is invalid as UTF-8.
const CAFE_1252 = Buffer.from([0x43, 0x61, 0x66, 0xe9]);

describe("decodeUtf8File", () => {
  it("decodes UTF-8 and drops a byte-order mark", () => {
    expect(decodeUtf8File("a.txt", Buffer.from("\uFEFFCafé", "utf8"))).toBe("Café");
  });

  it("refuses bytes that are not UTF-8, naming the file", () => {
    expect(() => decodeUtf8File("notes.txt", CAFE_1252)).toThrow(UnsupportedFileError);
    expect(() => decodeUtf8File("notes.txt", CAFE_1252)).toThrow(
      "notes.txt is not UTF-8 text, so its characters cannot be read reliably. Save it as UTF-8 and upload it again.",
    );
  });
});

describe("declaredHtmlCharset", () => {
  it.each([
    ["text/html; charset=ISO-8859-1", "", "windows-1252"],
    ['text/html; charset="utf-8"', '<meta charset="windows-1252">', "utf-8"],
    [null, '<meta charset="windows-1252">', "windows-1252"],
    [null, '<meta http-equiv="Content-Type" content="text/html; charset=Shift_JIS">', "shift_jis"],
    ["text/html", "<p>no declaration</p>", null],
    ["text/html; charset=klingon", "", null],
  ])("content type %j with %j → %j", (contentType, html, charset) => {
    expect(declaredHtmlCharset(Buffer.from(html), contentType)).toBe(charset);
  });

  it("only looks for <meta charset> near the start of the page", () => {
    const late = Buffer.from(`${" ".repeat(2000)}<meta charset="windows-1252">`);
    expect(declaredHtmlCharset(late)).toBeNull();
  });
});

describe("decodeHtmlPage", () => {
  it("uses the declared charset", () => {
    expect(decodeHtmlPage(CAFE_1252, "text/html; charset=windows-1252")).toBe("Café");
  });

  it("reads undeclared pages as UTF-8, replacing bad bytes like a browser", () => {
    expect(decodeHtmlPage(CAFE_1252, "text/html")).toBe("Caf\uFFFD");
  });
});
