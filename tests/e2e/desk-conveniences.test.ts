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
