import { describe, expect, it } from "vitest";
import { signIn } from "./support/browser";
import { browserSuite } from "./support/browser-suite";
import { hasChromium } from "./support/chromium";

describe.skipIf(!hasChromium())("signing in and adding an article in a real browser", () => {
  const suite = browserSuite();

  it.each(["checker@example.com", "editor@example.com", "admin@example.com"])(
    "signs in as the demo user %s",
    async (email) => {
      const page = await signIn(suite.browser, suite.app.url, email);
      await page.getByRole("button", { name: "Sign out" }).waitFor();
      await expect(page.getByRole("link", { name: "Admin" }).count()).resolves.toBe(email.startsWith("admin") ? 1 : 0);
      await page.context().close();
    },
  );

  it("shows one message for a wrong password and keeps the visitor on the login page", async () => {
    const page = await suite.browser.newPage({ baseURL: suite.app.url });
    await page.goto("/articles");
    expect(new URL(page.url()).pathname).toBe("/login");
    await page.getByLabel("Email").fill("checker@example.com");
    await page.getByLabel("Password").fill("not-the-password");
    await page.getByRole("button", { name: "Sign in" }).click();
    await page.getByText("The email or password is not right").waitFor();
    expect(new URL(page.url()).pathname).toBe("/login");
    await page.close();
  });

  it("adds a pasted article and lists it", async () => {
    const page = await signIn(suite.browser, suite.app.url, "checker@example.com");
    await page.goto("/articles");
    await page.getByRole("link", { name: "Add an article" }).click();
    // Exactly "Title": the Articles page's search box is labelled "Search titles and outlets".
    await page.getByLabel("Title", { exact: true }).fill("Ferry fares to rise, operator says");
    await page
      .getByLabel("Article text")
      .fill("The operator said fares would rise by 12%.\n\n“We have no choice,” its chief executive said.");
    await page.getByRole("button", { name: "Add article" }).click();
    await page.waitForURL(/\/articles\/\d+$/);
    // The address changes a moment before the new page renders: wait for its heading.
    await page.getByRole("heading", { level: 1, name: "Ferry fares to rise, operator says" }).waitFor();
    await expect(page.locator("#article-text p").count()).resolves.toBe(2);
    await page.goto("/articles");
    await expect(page.getByRole("link", { name: "Ferry fares to rise, operator says" }).count()).resolves.toBe(1);
    await page.context().close();
  });

  it("tells a checker the admin pages are not for them, with status 403", async () => {
    const page = await signIn(suite.browser, suite.app.url, "checker@example.com");
    const response = await page.goto("/admin/users");
    expect(response?.status()).toBe(403);
    await expect(page.getByRole("heading", { level: 1 }).textContent()).resolves.toContain("don’t have access");
    await page.context().close();
  });

  it("lets an admin see the user list", async () => {
    const page = await signIn(suite.browser, suite.app.url, "admin@example.com");
    const response = await page.goto("/admin/users");
    expect(response?.status()).toBe(200);
    await expect(page.getByRole("cell", { name: "editor@example.com" }).count()).resolves.toBe(1);
    await page.context().close();
  });
});
