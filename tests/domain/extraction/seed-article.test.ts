import { existsSync, readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { extractClaims } from "~/domain/extraction";

// The shared seed article lives outside the repository (../shared); the test skips without it.
const path = fileURLToPath(new URL("../../../../shared/fixtures/seed-article.txt", import.meta.url));

describe.skipIf(!existsSync(path))("seed article", () => {
  const text = existsSync(path) ? readFileSync(path, "utf8") : "";
  const claims = extractClaims(text);
  const quotes = claims.filter((claim) => claim.kind === "quote");

  it("finds exactly the four quotes, each with its speaker", () => {
    expect(quotes.map((quote) => quote.speaker)).toEqual([
      "Dmitry Peskov",
      "Nikolai Patrushev",
      "Sergey Lavrov",
      "Vladyslav Vlasiuk",
    ]);
    expect(quotes[1]?.text).toBe("not even up for discussion.");
    for (const claim of claims) expect(text.slice(claim.start, claim.end)).toBe(claim.text);
  });

  it("does not open a quote at an apostrophe written as a left quotation mark", () => {
    const apostrophes = [text.indexOf("Ukraine‘s"), text.indexOf("Putin‘s")];
    expect(apostrophes.every((at) => at >= 0)).toBe(true);
    for (const at of apostrophes) {
      expect(quotes.some((quote) => quote.start >= at && quote.start <= at + "Ukraine‘s".length)).toBe(false);
    }
  });

  it("credits the soldier count to the president who revealed it", () => {
    const count = claims.find((claim) => claim.kind === "numeric" && claim.text === "4,000");
    expect(count).toMatchObject({ value: 4000, speaker: "Volodymyr Zelenskyy" });
    expect(count?.sentence).toMatch(/^Ukrainian President Volodymyr Zelenskyy revealed that 4,000/);
  });
});
