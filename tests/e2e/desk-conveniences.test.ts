import { describe, expect, it } from "vitest";
import { signIn } from "./support/browser";
import { browserSuite } from "./support/browser-suite";
import { hasChromium } from "./support/chromium";

// Small things that save a newsroom's time: a new API token copied with one key press.

describe.skipIf(!hasChromium())("desk conveniences in a real browser", () => {
  const suite = browserSuite();

  async function openFirstUser(javaScriptEnabled: boolean) {
    const page = await signIn(suite.browser, suite.app.url, "admin@example.com", { javaScriptEnabled });
    await page.goto("/admin/users");
    await page.goto(String(await page.locator('main a[href^="/admin/users/"]').first().getAttribute("href")));
    return page;
  }

  it("copies a new API token by keyboard and says Copied", async () => {
    const page = await openFirstUser(true);
    await page.context().grantPermissions(["clipboard-read", "clipboard-write"]);
    await page.getByLabel("Token name").fill("CMS plugin");
    await page.getByRole("button", { name: "Create token" }).click();
    const field = page.getByLabel(/^Token \(select it/);
    await field.waitFor();
    const token = await field.inputValue();
    expect(token).toMatch(/^cd_/);

    await field.focus();
    await page.keyboard.press("Tab");
    await expect(page.evaluate(() => document.activeElement?.textContent)).resolves.toBe("Copy token");
    await page.keyboard.press("Enter");
    await page.locator("[aria-live=polite]", { hasText: "Copied" }).waitFor();
    await expect(page.evaluate(() => navigator.clipboard.readText())).resolves.toBe(token);
    await page.context().close();
  });

  it("leaves the token in a field to select and copy without JavaScript", async () => {
    const page = await openFirstUser(false);
    await page.getByLabel("Token name").fill("Script without JS");
    await page.getByRole("button", { name: "Create token" }).click();
    const field = page.getByLabel(/^Token \(select it/);
    await field.waitFor();
    expect(await field.inputValue()).toMatch(/^cd_/);
    await expect(page.getByRole("button", { name: "Copy token" }).count()).resolves.toBe(0);
    await page.context().close();
  });
});

describe.skipIf(!hasChromium())("dismissing a candidate in a real browser", () => {
  const suite = browserSuite();

  it("asks why on d, cancels on Esc, dismisses with the reason chosen by keyboard, and undoes on u", async () => {
    const page = await signIn(suite.browser, suite.app.url, "checker@example.com");
    await page.goto("/articles/new");
    await page.getByLabel("Title").first().fill("Ferry fares");
    await page.getByLabel("Article text").fill("Dock workers said the ferry fare would rise by 12 percent.");
    await page.getByRole("button", { name: "Add article" }).click();
    await page.waitForURL(/\/articles\/\d+$/);
    await page.locator("#article-text").waitFor();
    await page.waitForLoadState("networkidle");
    await page.keyboard.press("j");
    await page.waitForURL(/claim=\d+/);
    const claimId = new URL(page.url()).searchParams.get("claim");
    await page.locator(`#claim-${claimId} a[aria-current="true"]`).waitFor();

    // d asks why; Esc leaves the claim as it was.
    await page.keyboard.press("d");
    const dialog = page.getByRole("dialog", { name: "Dismiss this candidate?" });
    await dialog.waitFor();
    await page.keyboard.press("Escape");
    await dialog.waitFor({ state: "hidden" });
    await expect(page.locator(`#claim-${claimId}`).textContent()).resolves.not.toContain("Dismissed");

    // Again: the arrow picks the second reason, a note is typed, Enter dismisses.
    await page.keyboard.press("d");
    await dialog.waitFor();
    await expect(page.evaluate(() => (document.activeElement as HTMLInputElement | null)?.value)).resolves.toBe(
      "Not a checkable claim",
    );
    await page.keyboard.press("ArrowDown");
    await page.keyboard.press("Tab");
    await page.keyboard.type("a quote of a quote");
    await page.keyboard.press("Enter");
    await page.locator(`#claim-${claimId}`, { hasText: "Dismissed" }).waitFor();
    const undo = page.getByRole("button", { name: /^Undo/ });
    await undo.waitFor();
    await expect(page.getByRole("status").filter({ hasText: "Dismissed" }).textContent()).resolves.toContain(
      "12 percent",
    );

    // The claim page's timeline shows the reason the dismissal was stored with.
    const articleUrl = page.url();
    await page.goto(`/claims/${claimId}`);
    await page.getByText("Not newsworthy enough to check: a quote of a quote").first().waitFor();
    await page.goto(articleUrl);
    await page.waitForLoadState("networkidle");

    // u puts it back among the candidates.
    await page.keyboard.press("u");
    await page.waitForURL((url) => !url.searchParams.has("dismissed"));
    await undo.waitFor({ state: "detached" });
    await expect(page.locator(`#claim-${claimId}`).textContent()).resolves.not.toContain("Dismissed");
    await page.context().close();
  });
});

describe.skipIf(!hasChromium())("searching and correcting lists without JavaScript", () => {
  const suite = browserSuite();

  it("finds an article by its title and a speaker by name, and renames a speaker, all without scripts", async () => {
    const page = await signIn(suite.browser, suite.app.url, "editor@example.com", { javaScriptEnabled: false });
    await page.goto("/articles");
    await page.getByLabel("Search titles and outlets").fill("energy firm");
    await page.getByRole("button", { name: "Search" }).click();
    await page.waitForURL(/\/articles\?q=energy\+firm/);
    await expect(page.locator("main li a").allTextContents()).resolves.toEqual([
      "Energy firm promises lower bills after record profit",
    ]);

    await page.goto("/speakers");
    const rows = page.locator("main li");
    const [first, second] = await rows.locator("summary").allTextContents();
    const firstName = first?.replace(/^Rename or remove /, "") ?? "";
    const secondName = second?.replace(/^Rename or remove /, "") ?? "";
    await rows.first().locator("summary").click();
    await page.getByLabel(`New name for ${firstName}`).fill("Quentin Renamed");
    await page.getByRole("button", { name: "Rename" }).first().click();
    await page.getByRole("status").filter({ hasText: "Renamed to Quentin Renamed." }).waitFor();

    // Another speaker given that name: refused beside it, the name typed kept.
    await page.locator("main li", { hasText: secondName }).locator("summary").click();
    await page.getByLabel(`New name for ${secondName}`).fill("quentin renamed");
    await page.locator("main li", { hasText: secondName }).getByRole("button", { name: "Rename" }).click();
    await page.getByRole("alert").filter({ hasText: "“Quentin Renamed” is already a speaker" }).waitFor();
    await expect(page.getByLabel(`New name for ${secondName}`).inputValue()).resolves.toBe("quentin renamed");

    await page.getByLabel("Search speakers by name").fill("quentin");
    await page.getByRole("button", { name: "Search" }).click();
    await page.waitForURL(/\/speakers\?q=quentin/);
    await expect(page.locator("main li summary").allTextContents()).resolves.toEqual([
      "Rename or remove Quentin Renamed",
    ]);
    await page.context().close();
  });
});
