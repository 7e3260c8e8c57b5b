import { describe, expect, it } from "vitest";
import { renderMarkdown } from "~/.server/markdown";
import { contrastRatio, textColourOn } from "~/domain/ledger/contrast";
import { highlightParts, MATCH_END, MATCH_START } from "~/domain/ledger/highlight";
import { idFromSlug, idSlug } from "~/domain/ledger/slug";

const marked = (text: string) => text.replaceAll("[", MATCH_START).replaceAll("]", MATCH_END);

describe("search highlights", () => {
  it("splits marked text into plain runs and matches, joining neighbouring matches", () => {
    expect(highlightParts(marked("the [budget] [deficit] grew <b>"))).toEqual([
      { text: "the ", match: false },
      { text: "budget deficit", match: true },
      { text: " grew <b>", match: false },
    ]);
    expect(highlightParts("no match")).toEqual([{ text: "no match", match: false }]);
  });
});

describe("slugs", () => {
  it("make readable, stable addresses that lead back to the id", () => {
    expect(idSlug(42, "Unemployment fell “every month” in São Paulo's west, they said today")).toBe(
      "42-unemployment-fell-every-month-in-sao-paulos-west",
    );
    expect(idSlug(5, "¡¿…?!")).toBe("5");
    expect(idFromSlug("42-unemployment-fell")).toBe(42);
    expect(idFromSlug("42")).toBe(42);
    expect(idFromSlug("x42")).toBeNull();
    expect(idFromSlug("42abc")).toBeNull();
  });
});

describe("verdict badge contrast", () => {
  it("picks the text colour that meets WCAG AA on the seeded scale and on light colours", () => {
    for (const colour of ["#1a7f37", "#4d7c0f", "#a16207", "#c2410c", "#b91c1c", "#7f1d1d", "#4b5563", "#fde047"]) {
      expect(contrastRatio(colour, textColourOn(colour))).toBeGreaterThanOrEqual(4.5);
    }
    expect(textColourOn("#fde047")).toBe("#000000");
    expect(textColourOn("#7f1d1d")).toBe("#ffffff");
  });
});

describe("rationale Markdown", () => {
  it("renders formatting and links and drops scripts, handlers and javascript: links", () => {
    const html = renderMarkdown(
      "# Heading\n\nSee **the register** and [the data](https://data.example/x).\n\n<img src=x onerror=alert(1)><script>alert(2)</script>[bad](javascript:alert(3))",
    );
    expect(html).toContain("<h2>Heading</h2>");
    expect(html).toContain("<strong>the register</strong>");
    expect(html).toContain('<a href="https://data.example/x" rel="nofollow noopener noreferrer">the data</a>');
    expect(html).not.toMatch(/script|onerror|javascript|<img/);
  });
});
