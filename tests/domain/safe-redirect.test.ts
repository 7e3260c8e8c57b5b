import { describe, expect, it } from "vitest";
import { safeRedirect } from "~/domain/safe-redirect";

describe("where sign-in sends you afterwards", () => {
  it("goes back to the page on this site you were trying to open", () => {
    expect(safeRedirect("/admin/users?page=2")).toBe("/admin/users?page=2");
    expect(safeRedirect("/ledger?q=r%C3%A9forme#results")).toBe("/ledger?q=r%C3%A9forme#results");
  });

  it("writes the path back as a browser would read it, percent-encoded", () => {
    expect(safeRedirect("/articles/../queue")).toBe("/queue");
    expect(safeRedirect("/ledger?q=réforme")).toBe("/ledger?q=r%C3%A9forme");
  });

  it("never sends you to another site", () => {
    for (const target of [
      "//evil.example",
      "https://evil.example",
      "/\\evil.example",
      "/\\/evil.example",
      "javascript:alert(1)",
      "evil.example",
      "",
      null,
      undefined,
    ]) {
      expect(safeRedirect(target)).toBe("/");
    }
  });

  it("refuses addresses with control characters, raw or percent-encoded (repro 4)", () => {
    // "/<tab>/evil.example" is "//evil.example" to a browser; a newline cannot go in a Location header.
    for (const target of [
      "/\t/evil.example",
      "/\n/evil.example",
      "/\r\n/evil.example",
      "/%09/evil.example",
      "/%0a/evil.example",
      "/%0D%0A/evil.example",
      "/%00",
      "/\u007f/evil.example",
      "/%5c/evil.example",
    ]) {
      expect(safeRedirect(target)).toBe("/");
    }
  });

  it("uses the given fallback", () => {
    expect(safeRedirect("//evil.example", "/queue")).toBe("/queue");
  });
});
