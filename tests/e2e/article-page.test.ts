import { existsSync, readFileSync } from "node:fs";
import type { Page } from "playwright-core";
import { describe, expect, it } from "vitest";
import { signIn } from "./support/browser";
import { browserSuite } from "./support/browser-suite";
import { hasChromium } from "./support/chromium";

const SEED_ARTICLE = new URL("../../../shared/fixtures/seed-article.txt", import.meta.url);

async function pasteArticle(page: Page, title: string, body: string) {
  await page.goto("/articles/new");
  await page.getByLabel("Title").first().fill(title);
  await page.getByLabel("Article text").fill(body);
  await page.getByRole("button", { name: "Add article" }).click();
  await page.waitForURL(/\/articles\/\d+$/);
  // The address changes a moment before the article renders: wait for its text.
  await page.locator("#article-text").waitFor();
}

/** Selects the given words in the article text, as a reader dragging the mouse would. */
async function selectWords(page: Page, words: string) {
  await page.evaluate((target) => {
    const container = document.getElementById("article-text");
    if (!container) throw new Error("no article text");
    const walker = document.createTreeWalker(container, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const at = node.textContent?.indexOf(target) ?? -1;
      if (at === -1) continue;
      const range = document.createRange();
      range.setStart(node, at);
      range.setEnd(node, at + target.length);
      const selection = window.getSelection();
      selection?.removeAllRanges();
      selection?.addRange(range);
      return;
    }
    throw new Error(`"${target}" is not inside one run of text`);
  }, words);
}

const highlighted = (page: Page) => page.locator("#article-text a[data-claim]").allTextContents();

describe.skipIf(!hasChromium())("the article page in a real browser", () => {
  const suite = browserSuite();

  it.skipIf(!existsSync(SEED_ARTICLE))(
    "highlights the seed article's four quotes and its 4,000 figure, each under its speaker",
    async () => {
      const page = await signIn(suite.browser, suite.app.url, "checker@example.com");
      await pasteArticle(page, "Russia prepares for talks", readFileSync(SEED_ARTICLE, "utf8"));
      const runs = (await highlighted(page)).join("");
      expect(runs).toContain("4,000");
      for (const [speaker, words] of [
        ["Dmitry Peskov", "No special conditions are needed for this."],
        ["Nikolai Patrushev", "not even up for discussion."],
        ["Sergey Lavrov", "This is not about Ukraine itself"],
        ["Vladyslav Vlasiuk", "It’s time to cut off the petrodollar flow"],
        ["Volodymyr Zelenskyy", "4,000"],
      ]) {
        const group = page.locator("aside section", { has: page.getByRole("heading", { name: speaker, exact: true }) });
        await expect(group.textContent()).resolves.toContain(words);
        expect(runs).toContain(words);
      }
      // The figure is listed in the sentence it was said in, marked; a quote without its attribution comma.
      const group = (speaker: string) =>
        page.locator("aside section", { has: page.getByRole("heading", { name: speaker, exact: true }) });
      await expect(group("Volodymyr Zelenskyy").locator("mark.claim-figure").textContent()).resolves.toBe("4,000");
      await expect(group("Volodymyr Zelenskyy").textContent()).resolves.toContain(
        "Ukrainian President Volodymyr Zelenskyy revealed that 4,000 North Korean soldiers have been killed or wounded",
      );
      await expect(group("Sergey Lavrov").textContent()).resolves.toContain("European security framework”");
      await group("Volodymyr Zelenskyy").getByRole("link", { name: /4,000/ }).click();
      await page.getByRole("link", { name: "Open claim page" }).click();
      const headline = page.getByRole("heading", { level: 1 });
      await headline.getByText("4,000").waitFor();
      await expect(headline.textContent()).resolves.toMatch(
        /^Ukrainian President Volodymyr Zelenskyy revealed that 4,000/,
      );
      await expect(headline.locator("mark.claim-figure").textContent()).resolves.toBe("4,000");
      await page.context().close();
    },
  );

  it("makes a claim from selected words and shows it again after a reload", async () => {
    const page = await signIn(suite.browser, suite.app.url, "checker@example.com");
    await pasteArticle(
      page,
      "Tram line opens",
      "The new tram line opened on Monday after four years of works.\n\nThe transport authority called it the busiest route in the region.",
    );
    await selectWords(page, "the busiest route in the region");
    const panel = page.getByRole("region", { name: "Make a claim from the selected words" });
    await panel.waitFor();
    await panel.getByLabel("Statement").check();
    await panel.getByLabel("Said by").fill("Transport Authority");
    await panel.getByRole("button", { name: "Make a claim" }).click();
    await page.waitForURL(/claim=\d+/);
    const claimId = new URL(page.url()).searchParams.get("claim");
    await page.reload();
    await expect(
      page
        .locator(`#article-text a[data-claim="${claimId}"]`)
        .allTextContents()
        .then((runs) => runs.join("")),
    ).resolves.toBe("the busiest route in the region");
    await expect(
      page.locator("aside section", { has: page.getByRole("heading", { name: "Transport Authority" }) }).count(),
    ).resolves.toBe(1);
    await page.context().close();
  });

  it("dismisses a candidate with the keyboard", async () => {
    const page = await signIn(suite.browser, suite.app.url, "checker@example.com");
    await pasteArticle(page, "Port strike", "Dock workers said the strike would last 12 days.");
    // The shortcuts belong to the hydrated page: wait until its scripts have loaded.
    await page.waitForLoadState("networkidle");
    await page.keyboard.press("j");
    await page.waitForURL(/claim=\d+/);
    const claimId = new URL(page.url()).searchParams.get("claim");
    // The address changes a moment before the page shows the selection; a checker presses d once they see it.
    await page.locator(`#claim-${claimId} a[aria-current="true"]`).waitFor();
    await page.keyboard.press("d");
    // d asks why, the first reason chosen; Tab to the note and Enter dismisses.
    await page.getByRole("dialog", { name: "Dismiss this candidate?" }).waitFor();
    await page.keyboard.press("Tab");
    await page.keyboard.press("Enter");
    await page.locator(`#claim-${claimId}`, { hasText: "Dismissed" }).waitFor();
    await expect(
      page.locator(`#article-text a[data-claim="${claimId}"]`).first().getAttribute("class"),
    ).resolves.toContain("claim-dismissed");
    await page.context().close();
  });

  it("moves ten claims for j pressed ten times in quick succession", async () => {
    const page = await signIn(suite.browser, suite.app.url, "checker@example.com");
    const body = Array.from(
      { length: 15 },
      (_, i) => `“Ferry route ${i + 1} will reopen in the spring,” said harbour master Ines Novak.`,
    ).join("\n\n");
    await pasteArticle(page, "Ferry routes reopen", body);
    await page.waitForLoadState("networkidle");
    const quotes = await page
      .locator("aside li[id^='claim-']")
      .evaluateAll((items) => items.map((item) => ({ id: item.id, text: item.textContent ?? "" })));
    const ordered = quotes.filter((quote) => quote.text.includes("will reopen")).map((quote) => quote.id);
    await page.keyboard.press("j");
    await page.locator(`#${ordered[0]} a[aria-current="true"]`).waitFor();
    await page.evaluate(() => {
      for (let press = 0; press < 10; press++) window.dispatchEvent(new KeyboardEvent("keydown", { key: "j" }));
    });
    await page.locator(`#${ordered[10]} a[aria-current="true"]`).waitFor();
    expect(new URL(page.url()).searchParams.get("claim")).toBe(ordered[10]?.replace("claim-", ""));
    await page.context().close();
  });

  it("on a phone, shows a tapped claim's card with its accept button in view", async () => {
    const context = await suite.browser.newContext({
      baseURL: suite.app.url,
      viewport: { width: 390, height: 844 },
      hasTouch: true,
      isMobile: true,
    });
    const page = await context.newPage();
    await page.goto("/login");
    await page.getByLabel("Email").fill("checker@example.com");
    await page.getByLabel("Password").fill("claimdesk-demo");
    await page.getByRole("button", { name: "Sign in" }).click();
    await page.waitForURL((url) => !url.pathname.startsWith("/login"));
    const body = Array.from(
      { length: 30 },
      (_, i) => `The council met for the ${i + 1}th time. “Tram stop ${i + 1} opens in May,” said planner Lior Quist.`,
    ).join("\n\n");
    await pasteArticle(page, "Tram stops open", body);
    await page.waitForLoadState("networkidle");
    const far = page.locator("#article-text p", { hasText: "Tram stop 25 opens" }).locator("a.hl-quote").first();
    await far.scrollIntoViewIfNeeded();
    await far.tap();
    const accept = page.getByRole("button", { name: /Accept for checking/ });
    await accept.waitFor();
    const box = await accept.boundingBox();
    expect(box).not.toBeNull();
    expect(box?.y ?? -1).toBeGreaterThanOrEqual(0);
    expect((box?.y ?? 0) + (box?.height ?? 0)).toBeLessThanOrEqual(844);
    await context.close();
  });

  it("refuses triage from someone who is not signed in", async () => {
    const response = await fetch(`${suite.app.url}/articles/1`, {
      method: "POST",
      body: new URLSearchParams({ intent: "triage", action: "dismiss", claim: "1:1", note: "Not a checkable claim" }),
      redirect: "manual",
    });
    expect(response.status).toBe(302);
    expect(response.headers.get("location")).toContain("/login?redirectTo=%2Farticles%2F1");
  });
});
