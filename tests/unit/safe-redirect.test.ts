import { describe, expect, it } from "vitest";
import { safeRedirect } from "~/domain/safe-redirect";

describe("where sign-in sends you afterwards", () => {
  it("goes back to the page on this site you were trying to open", () => {
    expect(safeRedirect("/admin/users?page=2")).toBe("/admin/users?page=2");
  });

  it("never sends you to another site", () => {
    for (const target of [
      "//evil.example",
      "https://evil.example",
      "/\\evil.example",
      "javascript:alert(1)",
      "",
      null,
    ]) {
      expect(safeRedirect(target)).toBe("/articles");
    }
  });
});
