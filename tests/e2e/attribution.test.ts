import { describe, expect, it } from "vitest";
import { signIn } from "./support/browser";
import { browserSuite } from "./support/browser-suite";
import { hasChromium } from "./support/chromium";

const DEPOT = [
  "Maria Lopez, the city's transport director, opened the new depot in Eastfield on Monday.",
  "“We will run twice as many buses by spring,” she said.",
].join("\n\n");

const CRITICS_ARTICLES = 50;

/** Fifty stories whose only source is a description: "Critics say …". */
function criticsFile(): string {
  return Array.from({ length: CRITICS_ARTICLES }, (_, index) =>
    JSON.stringify({
      title: `Council plan ${index + 1}`,
      body: `The council approved plan ${index + 1} on Tuesday.\n\nCritics say “plan ${index + 1} will cost far more than promised.”`,
      outlet: "The Ledger",
    }),
  ).join("\n");
}

describe.skipIf(!hasChromium())("who said it, and how sure the machine is, in a real browser", () => {
  const suite = browserSuite();

  it("asks to check a speaker read from a pronoun, marking the pronoun and the name, until a checker saves it", async () => {
    const page = await signIn(suite.browser, suite.app.url, "checker@example.com");
    await page.goto("/articles/new");
    await page.getByLabel("Title").first().fill("Eastfield depot opens");
    await page.getByLabel("Article text").fill(DEPOT);
    await page.getByRole("button", { name: "Add article" }).click();
    await page.waitForURL(/\/articles\/\d+$/);
    await page.locator("#article-text").waitFor();

    const quote = page.locator("#article-text a", { hasText: "We will run twice as many buses" }).first();
    await quote.click();
    const detail = page.getByRole("region", { name: /Quote/ });
    const flag = detail.locator("p", { hasText: "Check the speaker" });
    await flag.waitFor();
    await expect(flag.locator("mark").allTextContents()).resolves.toEqual(["she", "Maria Lopez"]);
    // The same words are marked in the article itself.
    await expect(page.locator('#article-text [data-evidence="antecedent"]').allTextContents()).resolves.toEqual([
      "Maria Lopez",
    ]);
    await expect(page.locator('#article-text [data-evidence="mention"]').allTextContents()).resolves.toEqual(["she"]);
    const claimId = new URL(page.url()).searchParams.get("claim");
    await expect(page.locator(`#claim-${claimId}`).getByText("Check the speaker").count()).resolves.toBe(1);

    // The claim page flags it too and shows the evidence without a click.
    await page.goto(`/claims/${claimId}`);
    await expect(page.locator("dd").getByText("Check the speaker").count()).resolves.toBe(1);
    const evidence = page.locator("details", { hasText: "How the speaker was found" });
    await expect(evidence.getAttribute("open")).resolves.not.toBeNull();
    await expect(evidence.locator('mark[data-evidence="antecedent"]').textContent()).resolves.toBe("Maria Lopez");
    await expect(evidence.locator('mark[data-evidence="mention"]').textContent()).resolves.toBe("she");

    await page.goBack();
    await page.locator("#article-text").waitFor();
    await page.getByRole("button", { name: "Save speaker as checked" }).click();
    await page.getByRole("button", { name: "Save speaker", exact: true }).waitFor();
    await expect(page.locator(`#claim-${claimId}`).getByText("Check the speaker").count()).resolves.toBe(0);
    await page.context().close();
  });

  it("imports 50 articles that say “Critics say” without making a speaker called Critics", async () => {
    const page = await signIn(suite.browser, suite.app.url, "checker@example.com");
    await page.goto("/imports");
    await page.getByLabel("File").setInputFiles({
      name: "critics.jsonl",
      mimeType: "application/x-ndjson",
      buffer: Buffer.from(criticsFile()),
    });
    await page.getByRole("button", { name: "Start import" }).click();
    await page.waitForURL(/\/imports\/\d+$/);
    await page
      .locator("#import-progress-summary")
      .getByText(/^50 of 50 — 0 errors, 0 duplicates/)
      .waitFor({ timeout: 60_000 });

    await page.goto("/speakers");
    await page.getByRole("heading", { level: 1, name: "Speakers" }).waitFor();
    await expect(
      page
        .locator("main")
        .getByText(/critics/i)
        .count(),
    ).resolves.toBe(0);

    // Each quote is kept, unattributed, with the words that describe its source.
    await page.goto("/articles");
    await page.getByRole("link", { name: "Council plan 50", exact: true }).click();
    await page.locator("#article-text").waitFor();
    await page.locator("#article-text a", { hasText: "will cost far more" }).first().click();
    await page.getByText("“Critics” describes the source rather than naming it").waitFor();
    await expect(
      page.locator("aside section", { has: page.getByRole("heading", { name: "No speaker named" }) }).count(),
    ).resolves.toBe(1);
    await page.context().close();
  });
});
