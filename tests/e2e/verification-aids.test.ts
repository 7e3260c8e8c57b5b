import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type LocalServer, startLocalServer } from "../server/fetch/local-server";
import { DEMO_PASSWORD, signIn } from "./support/browser";
import { browserSuite } from "./support/browser-suite";
import { hasChromium } from "./support/chromium";
import { api, move } from "./support/page-api";

// Figures found in a captured source, made the reference figure with one click, and a reporter's
// draft checked against the ledger, in a real browser (the draft check with JavaScript off).

const surveyPage = `<!doctype html><html><head><title>Bridge traffic survey 2025</title></head>
<body><article><h1>Bridge traffic survey 2025</h1>
<p>The survey counted 38,400 vehicles on an average weekday … 33,000 across the week.</p>
<p>About 1,200 cyclists crossed each day.</p></article></body></html>`;

describe.skipIf(!hasChromium())("verification aids in a real browser", () => {
  let site: LocalServer;

  beforeAll(async () => {
    site = await startLocalServer((_request, response) => {
      response.writeHead(200, { "content-type": "text/html; charset=utf-8" });
      response.end(surveyPage);
    });
  });
  afterAll(async () => {
    await site?.close();
  });

  const suite = browserSuite(() => ({ FETCH_ALLOW_INTERNAL: site.hostPort }));

  it("lists the source's vehicle figures with their sentences, and one click makes one the reference", async () => {
    const origin = suite.app.url;
    const page = await signIn(suite.browser, origin, "checker@example.com");
    const { claims } = await api(page.request, origin, "/api/v1/articles", {
      title: "Bridge traffic at record high",
      body: "Councillor Rhea Vance said traffic on the bridge has reached 38,000 vehicles a day.",
    });
    const claimId: number = claims.find((claim: { text: string }) => claim.text === "38,000").id;
    await move(page.request, origin, claimId, "researching");
    await api(page.request, origin, `/api/v1/claims/${claimId}/sources`, {
      url: site.url("/bridge-survey"),
      title: "Bridge traffic survey 2025",
    });

    await page.goto(`/claims/${claimId}`);
    const figures = page.getByTestId("figures-in-sources");
    await figures.waitFor();
    const rows = figures.getByRole("listitem");
    await expect(rows.allTextContents()).resolves.toEqual([
      expect.stringMatching(/^38,400 vehicles.*The survey counted 38,400 vehicles on an average weekday …/),
      expect.stringMatching(/^33,000 vehicles.*33,000 across the week\./),
    ]);

    await page.getByRole("button", { name: "Use 38,400 as the reference" }).click();
    await page.getByTestId("reference-passage").waitFor();
    await expect(page.getByTestId("reference-passage").textContent()).resolves.toBe(
      "The survey counted 38,400 vehicles on an average weekday …",
    );
    await expect(page.getByTestId("figure-comparison").textContent()).resolves.toMatch(
      /Reference 38,400 vehicles.*−1%/,
    );
    await expect(rows.first().textContent()).resolves.toContain("The reference figure");
  });

  it("checks a draft without JavaScript: a reworded published quote with its verdict, nothing for unrelated numbers", async () => {
    const origin = suite.app.url;
    const checker = (await signIn(suite.browser, origin, "checker@example.com")).request;
    const editor = (await signIn(suite.browser, origin, "editor@example.com")).request;
    const { claims } = await api(checker, origin, "/api/v1/articles", {
      title: "Tunnel promise",
      body: "“The harbour tunnel will be finished before the end of next year and will not cost taxpayers a penny,” Marta Quill said on Monday.",
    });
    const claimId: number = claims.find((claim: { kind: string }) => claim.kind === "quote").id;
    await move(checker, origin, claimId, "researching");
    await api(checker, origin, `/api/v1/claims/${claimId}/sources`, {
      url: site.url("/tunnel-budget"),
      title: "Tunnel budget",
    });
    const { claim } = await api(checker, origin, `/api/v1/claims/${claimId}`);
    await api(checker, origin, `/api/v1/claims/${claimId}/verdicts`, {
      rating: "False",
      summary: "The tunnel is paid for from the city budget.",
      version: claim.version,
    });
    await move(checker, origin, claimId, "in_review");
    await move(editor, origin, claimId, "approved");
    await move(editor, origin, claimId, "published");

    const context = await suite.browser.newContext({ baseURL: origin, javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto("/login");
    await page.getByLabel("Email").fill("checker@example.com");
    await page.getByLabel("Password").fill(DEMO_PASSWORD);
    await page.getByRole("button", { name: "Sign in" }).click();
    await page.waitForURL((url) => !url.pathname.startsWith("/login"));
    await page.getByRole("link", { name: "Check a draft" }).click();
    await page.getByRole("heading", { level: 1, name: "Check a draft" }).waitFor();

    const draft =
      "“The harbour tunnel will be finished before the end of next year and it won't cost the taxpayers a penny,” " +
      "Marta Quill told the council.\n\nThe museum lent 48 paintings to the gallery, and 2,400 runners took part in the race.";
    await page.getByRole("textbox", { name: "Draft" }).fill(draft);
    await page.getByRole("button", { name: "Check the draft" }).click();
    await page.getByRole("heading", { name: "What the draft repeats" }).waitFor();

    await expect(page.getByRole("textbox", { name: "Draft" }).inputValue()).resolves.toBe(draft);
    const [quote, ...figures] = await page.getByTestId("draft-claim").all();
    const match = quote?.getByTestId("draft-match");
    await expect(match?.textContent()).resolves.toMatch(/^False \(published\).*harbour tunnel.*Marta Quill/);
    await expect(match?.textContent()).resolves.toMatch(/Why: same speaker, \d+ % alike words/);
    expect(await quote?.getByRole("link").getAttribute("href")).toMatch(new RegExp(`^/ledger/${claimId}-`));
    expect(figures.length).toBeGreaterThan(0);
    for (const figure of figures) {
      await expect(figure.textContent()).resolves.toContain("Nothing on record.");
    }
    await context.close();
  });
});
