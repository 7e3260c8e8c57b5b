import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import type { AxeResults } from "axe-core";
import type { BrowserContext, Page } from "playwright-core";

// axe-core's rules run inside the page, on the DOM as the browser laid it out (contrast needs the
// computed colours).
const axeSource = readFileSync(createRequire(import.meta.url).resolve("axe-core/axe.min.js"), "utf8");

/** The impacts a page must not have: a person using a screen reader or the keyboard is stopped. */
const BLOCKING = new Set(["serious", "critical"]);

/** One serious or critical axe violation, one line per element, readable in a test failure. */
export interface AccessibilityProblem {
  rule: string;
  impact: string;
  target: string;
  summary: string;
}

/** Every page the context opens loads axe-core first. An init script, not a script tag added after
 *  the page loads: the app's Content-Security-Policy does not apply to it, and the browser compiles
 *  it as the page loads instead of in a separate round trip (about a second a page less). */
export async function loadAxe(context: BrowserContext): Promise<void> {
  await context.addInitScript({ content: axeSource });
}

/** What axe leaves to the page's author: one main heading, and ids that name one element each (a
 *  repeated id lets aria-labelledby name a region by another part of the page's heading). */
async function outlineProblems(page: Page): Promise<AccessibilityProblem[]> {
  const { h1s, ids } = await page.evaluate(() => ({
    h1s: document.querySelectorAll("h1").length,
    ids: [...document.querySelectorAll("[id]")].map((element) => element.id),
  }));
  const repeated = [...new Set(ids.filter((id, index) => ids.indexOf(id) !== index))];
  return [
    ...(h1s === 1 ? [] : [{ rule: "one-h1", impact: "serious", target: "h1", summary: `${h1s} h1 headings` }]),
    ...repeated.map((id) => ({ rule: "unique-id", impact: "serious", target: `#${id}`, summary: "the id repeats" })),
  ];
}

/** Runs axe on the page (its context passed to loadAxe) with every disclosure open, so what a
 *  <details> hides is audited too, and returns its serious and critical violations, and the
 *  page's outline problems. */
export async function accessibilityProblems(page: Page): Promise<AccessibilityProblem[]> {
  const outline = await outlineProblems(page);
  const results = await page.evaluate(() => {
    for (const details of document.querySelectorAll("details")) details.open = true;
    return (window as unknown as { axe: { run(options: object): Promise<AxeResults> } }).axe.run({
      resultTypes: ["violations"],
    });
  });
  const violations = results.violations
    .filter((violation) => BLOCKING.has(violation.impact ?? ""))
    .flatMap((violation) =>
      violation.nodes.map((node) => ({
        rule: violation.id,
        impact: violation.impact ?? "",
        target: node.target.join(" "),
        summary: (node.failureSummary ?? violation.help).replace(/\s+/g, " ").trim(),
      })),
    );
  return [...outline, ...violations];
}

/** "rule (impact) at target: summary", for an expect() whose failure lists every problem. */
export function describeProblem(where: string, problem: AccessibilityProblem): string {
  return `${where}: ${problem.rule} (${problem.impact}) at ${problem.target}: ${problem.summary}`;
}
