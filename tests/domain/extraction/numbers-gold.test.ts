import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { findNumbers } from "~/domain/extraction/numbers";

// Invented news articles with every numeric claim annotated by hand from the rules (issue 3), before tuning.
// Scored like the hidden set: a found figure matches a gold one when the spans overlap and the values agree.

interface GoldNumber {
  start: number;
  end: number;
  text: string;
  value: number;
}

interface GoldArticle {
  id: string;
  text: string;
  numbers: GoldNumber[];
}

const articles: GoldArticle[] = readFileSync(new URL("../../fixtures/numeric-gold.jsonl", import.meta.url), "utf8")
  .trim()
  .split("\n")
  .map((line) => JSON.parse(line) as GoldArticle);

function sameValue(found: number, gold: number): boolean {
  return Math.abs(found - gold) <= 1e-9 * Math.max(Math.abs(found), Math.abs(gold));
}

/** True positives by greedy one-to-one matching in text order. */
function countMatches(article: GoldArticle): { found: number; gold: number; matched: number } {
  const found = findNumbers(article.text);
  const used = new Set<number>();
  for (const gold of article.numbers) {
    const index = found.findIndex(
      (candidate, position) =>
        !used.has(position) &&
        candidate.start < gold.end &&
        gold.start < candidate.end &&
        sameValue(candidate.value, gold.value),
    );
    if (index >= 0) used.add(index);
  }
  return { found: found.length, gold: article.numbers.length, matched: used.size };
}

describe("numeric gold fixture", () => {
  it("is well formed: 8-12 articles whose annotated spans slice to their text", () => {
    expect(articles.length).toBeGreaterThanOrEqual(8);
    expect(articles.length).toBeLessThanOrEqual(12);
    for (const article of articles) {
      for (const gold of article.numbers) expect(article.text.slice(gold.start, gold.end)).toBe(gold.text);
    }
  });

  it("scores numeric F1 of at least 0.9 on span overlap and value", () => {
    const totals = articles.map(countMatches).reduce((sum, counts) => ({
      found: sum.found + counts.found,
      gold: sum.gold + counts.gold,
      matched: sum.matched + counts.matched,
    }));
    const precision = totals.matched / totals.found;
    const recall = totals.matched / totals.gold;
    const f1 = (2 * precision * recall) / (precision + recall);
    expect(f1).toBeGreaterThanOrEqual(0.9);
  });
});
