import { describe, expect, it } from "vitest";
import { browserSuite } from "./support/browser-suite";
import { hasChromium } from "./support/chromium";

// A reader who lands on a dead link, anonymously: one click leads to the ledger (never to sign-in),
// where the feed and the downloads are linked and the feed is advertised for feed readers.

describe.skipIf(!hasChromium())("the ledger for an anonymous reader in a real browser", () => {
  const suite = browserSuite();

  it("goes from a 404 to the ledger in one click and finds the feed", async () => {
    const context = await suite.browser.newContext({ baseURL: suite.app.url });
    const page = await context.newPage();
    const missing = await page.goto("/ledger/this-page-does-not-exist");
    expect(missing?.status()).toBe(404);
    await page.getByRole("link", { name: "Back to Claimdesk" }).click();
    await page.waitForURL(/\/ledger$/);
    await page.getByRole("heading", { level: 1, name: "Claims ledger" }).waitFor();

    const feed = page.getByRole("link", { name: "Atom feed of new verdicts" });
    expect(await feed.getAttribute("href")).toBe("/ledger/feed.xml");
    const advertised = page.locator('head link[rel="alternate"][type="application/atom+xml"]');
    expect(await advertised.getAttribute("href")).toBe("/ledger/feed.xml");
    const feedResponse = await page.request.get("/ledger/feed.xml");
    expect(feedResponse.status()).toBe(200);

    await page.getByRole("link", { name: "About the ratings and our method" }).click();
    await page.getByRole("heading", { level: 1, name: "About the ledger" }).waitFor();
    await page.getByRole("link", { name: "Claimdesk", exact: true }).click();
    await page.waitForURL(/\/ledger$/);
    await context.close();
  });

  it("serves the favicon from public/", async () => {
    const context = await suite.browser.newContext({ baseURL: suite.app.url });
    const response = await context.request.get("/favicon.ico");
    expect(response.status()).toBe(200);
    expect(response.headers()["content-type"]).toMatch(/icon/);
    expect(response.headers()["cache-control"]).toMatch(/max-age=\d+/);
    expect((await response.body()).subarray(0, 4)).toEqual(Buffer.from([0, 0, 1, 0]));
    await context.close();
  });
});
