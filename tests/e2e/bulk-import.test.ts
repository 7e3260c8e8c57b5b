import { describe, expect, it } from "vitest";
import { signIn } from "./support/browser";
import { browserSuite } from "./support/browser-suite";
import { hasChromium } from "./support/chromium";

const ROWS = 30;
const BAD_LINE = 12;

/** 30 articles with a quote and a number each; line 12 is not valid JSON. */
function jsonlFile(): string {
  return Array.from({ length: ROWS }, (_, index) => {
    const line = index + 1;
    if (line === BAD_LINE) return '{"title": "Cut off", "body": ';
    return JSON.stringify({
      title: `Bulk story ${line}`,
      body: `“We hired ${line * 7} nurses,” the health minister said.\n\nThe union said ${line}% of posts were empty.`,
      outlet: "The Ledger",
    });
  }).join("\n");
}

describe.skipIf(!hasChromium())("bulk import in a real browser", () => {
  const suite = browserSuite();

  it("uploads a JSON Lines file, follows its progress to the end, and keeps the result after a reload", async () => {
    const page = await signIn(suite.browser, suite.app.url, "checker@example.com");
    await page.goto("/imports");
    await page.getByLabel("File").setInputFiles({
      name: "stories.jsonl",
      mimeType: "application/x-ndjson",
      buffer: Buffer.from(jsonlFile()),
    });
    await page.getByRole("button", { name: "Start import" }).click();
    await page.waitForURL(/\/imports\/\d+$/);
    // The address changes a moment before the new page renders: wait for its heading.
    await page.getByRole("heading", { level: 1, name: "stories.jsonl" }).waitFor();

    const summary = page.locator("#import-progress-summary");
    await summary.getByText(/^30 of 30 — 1 error, 0 duplicates — .* articles\/s — finished after/).waitFor({
      timeout: 30_000,
    });
    await expect(page.locator("progress").getAttribute("value")).resolves.toBe("30");
    await page.getByText(`Line ${BAD_LINE}`).waitFor();
    await expect(page.getByText(/Not valid JSON/).count()).resolves.toBe(1);

    await page.reload();
    await summary.getByText(/^30 of 30 — 1 error, 0 duplicates/).waitFor();
    await page.getByText("29 imported, 0 already in Claimdesk, 1 with errors.").waitFor();
    await page.getByText(`Line ${BAD_LINE}`).waitFor();

    await page.goto("/articles");
    await expect(page.getByRole("link", { name: "Bulk story 30" }).count()).resolves.toBe(1);
    await page.context().close();
  });

  it("lists the import on the imports page", async () => {
    const page = await signIn(suite.browser, suite.app.url, "checker@example.com");
    await page.goto("/imports");
    await expect(page.getByRole("link", { name: "stories.jsonl" }).count()).resolves.toBe(1);
    await page.context().close();
  });
});
