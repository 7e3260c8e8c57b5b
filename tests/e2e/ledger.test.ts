import type { Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type LocalServer, startLocalServer } from "../server/fetch/local-server";
import { signIn } from "./support/browser";
import { browserSuite } from "./support/browser-suite";
import { hasChromium } from "./support/chromium";
import { api, move } from "./support/page-api";

// The public ledger as a reader meets it: a claim goes through the review workflow (through the JSON
// API, with the newsroom's own session cookies), and then an anonymous reader searches the ledger,
// filters by verdict, opens the claim, reads its ClaimReview markup and follows its source. The same
// claim must be in every machine-readable output.

const ARTICLE = {
  title: "Ferry operator promises faster crossings",
  outlet: "The Estuary Post",
  publishedAt: "2025-09-04",
  body: "Harbour commissioner Idris Vane said the new ferries would carry 2,400 passengers an hour. “No other port on this coast moves people faster,” Vane told reporters.",
};

const sourcePage = `<!doctype html><html><head><title>Port passenger statistics 2025</title></head>
<body><article><h1>Port passenger statistics 2025</h1><p>The new ferries are licensed for 1,150 passengers an hour.</p></article></body></html>`;

describe.skipIf(!hasChromium())("the public ledger in a real browser", () => {
  let site: LocalServer;

  beforeAll(async () => {
    site = await startLocalServer((_request, response) => {
      response.writeHead(200, { "content-type": "text/html; charset=utf-8" });
      response.end(sourcePage);
    });
  });
  afterAll(async () => {
    await site?.close();
  });

  const suite = browserSuite(() => ({ FETCH_ALLOW_INTERNAL: site.hostPort }));

  async function publishTheFerryClaim() {
    const origin = suite.app.url;
    const checker = (await signIn(suite.browser, origin, "checker@example.com")).request;
    const editor = (await signIn(suite.browser, origin, "editor@example.com")).request;
    const { claims } = await api(checker, origin, "/api/v1/articles", ARTICLE);
    const claimId: number = claims.find((claim: { text: string }) => claim.text === "2,400").id;
    await move(checker, origin, claimId, "researching");
    await api(checker, origin, `/api/v1/claims/${claimId}/sources`, {
      url: site.url("/passengers-2025"),
      title: "Port passenger statistics 2025",
      publisher: "Port Authority",
      kind: "official_data",
    });
    const { claim } = await api(checker, origin, `/api/v1/claims/${claimId}`);
    await api(checker, origin, `/api/v1/claims/${claimId}/verdicts`, {
      rating: "False",
      summary: "The ferries are licensed for 1,150 passengers an hour, under half the figure claimed.",
      rationale: "The port authority's statistics list the licence of each ferry.",
      version: claim.version,
    });
    await move(checker, origin, claimId, "in_review");
    await move(editor, origin, claimId, "approved");
    await move(editor, origin, claimId, "published");
  }

  async function reader(): Promise<Page> {
    const context = await suite.browser.newContext({ baseURL: suite.app.url });
    return context.newPage();
  }

  it("lets a reader search, filter by verdict, open the claim and follow its source", async () => {
    await publishTheFerryClaim();
    const page = await reader();
    await page.goto("/ledger");
    await page.getByRole("heading", { level: 1, name: "Claims ledger" }).waitFor();

    await page.getByLabel("Search claims, speakers and verdicts").fill("ferries passengers");
    await page.getByRole("button", { name: "Search" }).click();
    await page.waitForURL(/q=ferries/);
    await page.locator("main mark").first().waitFor();
    await expect(page.locator("main mark").allTextContents()).resolves.toEqual(
      expect.arrayContaining([expect.stringMatching(/ferries|passengers/i)]),
    );
    // Newest first unless the reader asks for the best matches; the search form keeps the choice.
    await page.getByText("Newest first.").waitFor();
    await page.getByRole("link", { name: "Show best matches first" }).click();
    await page.waitForURL(/order=relevance/);
    await page.getByRole("link", { name: "Show newest first" }).waitFor();
    await expect(page.getByLabel("Order of search results").inputValue()).resolves.toBe("relevance");

    await page.getByLabel("Verdict", { exact: true }).selectOption({ label: "False" });
    await page.getByRole("button", { name: "Apply filters" }).click();
    await page.waitForURL(/verdict=/);
    await page.getByRole("link", { name: /2,400 passengers an hour/ }).waitFor();
    const shared = new URL(page.url());
    expect(shared.searchParams.get("q")).toBe("ferries passengers");

    await page.getByRole("link", { name: /2,400 passengers an hour/ }).click();
    await page.waitForURL(/\/ledger\/\d+-/);
    await page.getByRole("heading", { level: 1, name: /2,400 passengers an hour/ }).waitFor();
    // The claim is the sentence it was said in, with the figure marked.
    await expect(page.getByRole("heading", { level: 1 }).locator("mark.claim-figure").textContent()).resolves.toBe(
      "2,400",
    );
    const jsonLd = JSON.parse((await page.locator('script[type="application/ld+json"]').textContent()) ?? "{}");
    expect(jsonLd).toMatchObject({
      "@type": "ClaimReview",
      claimReviewed: expect.stringContaining("2,400 passengers an hour"),
      url: page.url(),
      datePublished: expect.stringMatching(/^\d{4}-\d{2}-\d{2}/),
      author: { "@type": "Organization", name: expect.any(String), url: expect.any(String) },
      reviewRating: { "@type": "Rating", alternateName: "False", ratingValue: 1, worstRating: 1, bestRating: 6 },
      itemReviewed: {
        "@type": "Claim",
        author: { name: "Idris Vane" },
        datePublished: "2025-09-04",
        appearance: expect.anything(),
      },
    });

    await page.getByRole("link", { name: "Port passenger statistics 2025" }).first().click();
    await page.waitForURL(site.url("/passengers-2025"));
    await page.getByRole("heading", { name: "Port passenger statistics 2025" }).waitFor();
  });

  it("lists the published claim on its speaker's page and in every machine-readable output", async () => {
    const page = await reader();
    for (const path of [
      "/ledger.json",
      "/ledger.csv",
      "/ledger/feed.xml",
      "/ledger/claimreview.json",
      "/ledger/chain.json",
    ]) {
      const response = await page.request.get(path);
      expect(response.status(), path).toBe(200);
      expect(await response.text(), path).toContain("2,400 passengers an hour");
    }

    await page.goto("/ledger");
    await page.getByRole("link", { name: "Idris Vane", exact: true }).first().click();
    await page.waitForURL(/\/ledger\/speakers\//);
    await page.getByRole("heading", { level: 1, name: /Idris Vane/ }).waitFor();
    await page.getByRole("link", { name: /2,400 passengers an hour/ }).waitFor();
  });
});
