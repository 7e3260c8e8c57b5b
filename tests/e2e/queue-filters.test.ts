import { describe, expect, it } from "vitest";
import { accessibilityProblems, describeProblem, loadAxe } from "./support/axe";
import { signIn } from "./support/browser";
import { browserSuite } from "./support/browser-suite";
import { hasChromium } from "./support/chromium";

describe.skipIf(!hasChromium())("the queue's speaker filter, typed without JavaScript", () => {
  const suite = browserSuite();

  it("offers the speakers part of a name matches, keeps the one chosen, and says when none matches", async () => {
    const page = await signIn(suite.browser, suite.app.url, "editor@example.com", { javaScriptEnabled: false });
    await page.goto("/queue?tab=all");
    const speaker = page.getByLabel("Speaker", { exact: true });
    await speaker.fill("a");
    await speaker.press("Enter");
    await page.waitForURL(/speakerName=a/);

    // Several match: each a link, reached and followed with the keyboard.
    const choices = page.getByRole("list", { name: /speakers with open claims match “a”/ }).getByRole("link");
    const first = await choices.first().textContent();
    expect(await choices.count()).toBeGreaterThan(1);
    await choices.first().focus();
    await page.keyboard.press("Enter");
    await page.waitForURL(/[?&]speaker=\d+/);
    const chosen = new URL(page.url()).searchParams.get("speaker");
    await expect(speaker.inputValue()).resolves.toBe(first);
    const rows = page.locator("#queue-claims > li");
    const shown = await rows.count();
    expect(shown).toBeGreaterThan(0);
    await expect(rows.filter({ hasText: first ?? "" }).count()).resolves.toBe(shown);

    // Sent again with its name untouched, the choice stands beside a new state.
    await page.getByLabel("State", { exact: true }).selectOption("researching");
    await page.getByRole("button", { name: "Apply filters" }).click();
    await page.waitForURL(/state=researching/);
    expect(new URL(page.url()).searchParams.get("speaker")).toBe(chosen);
    await expect(speaker.inputValue()).resolves.toBe(first);

    // Nothing matches: said beside the field, the text kept, the rest of the page still there.
    await speaker.fill("zzzz");
    await speaker.press("Enter");
    await page.waitForURL(/speakerName=zzzz/);
    await page.getByRole("alert").filter({ hasText: "No speaker with open claims matches “zzzz”." }).waitFor();
    await expect(speaker.inputValue()).resolves.toBe("zzzz");
    await expect(speaker.getAttribute("aria-invalid")).resolves.toBe("true");
    await page.getByRole("heading", { level: 2, name: "All claims" }).waitFor();
    await page.context().close();
  });

  it("suggests speakers' names as one is typed, with JavaScript", async () => {
    const page = await signIn(suite.browser, suite.app.url, "editor@example.com");
    await page.goto("/queue?tab=all");
    // Suggestions belong to the hydrated page: wait until its scripts have loaded.
    await page.waitForLoadState("networkidle");
    await page.getByLabel("Speaker", { exact: true }).pressSequentially("a");
    const suggestions = page.locator("#filter-speakerName-suggestions option");
    await suggestions.first().waitFor({ state: "attached" });
    const count = await suggestions.count();
    expect(count).toBeGreaterThan(1);
    expect(count).toBeLessThanOrEqual(20);
    await page.context().close();
  });

  it("passes an axe audit with choices offered and with a name that matches nothing", async () => {
    const page = await signIn(suite.browser, suite.app.url, "editor@example.com");
    await loadAxe(page.context());
    for (const path of ["/queue?tab=all&speakerName=a", "/queue?tab=all&articleTitle=zzzz"]) {
      await page.goto(path);
      const problems = await accessibilityProblems(page);
      expect(problems.map((problem) => describeProblem(path, problem))).toEqual([]);
    }
    await page.context().close();
  });
});
