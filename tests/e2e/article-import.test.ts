import type { Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type LocalServer, startLocalServer } from "../server/fetch/local-server";
import { DEMO_PASSWORD, signIn } from "./support/browser";
import { browserSuite } from "./support/browser-suite";
import { hasChromium } from "./support/chromium";

const storyPage = `<!doctype html><html><head><title>Library hours cut | Northside News</title>
<meta property="og:site_name" content="Northside News"></head>
<body><article><h1>Library hours cut</h1>
<p>The central library will close at 5 pm from March, the city said, saving 300,000 euros a year.</p>
<p>“Readers deserve better,” said Lena Ortiz, who chairs the friends of the library.</p></article></body></html>`;

const markdownFile = `# Ferry timetable changes

The operator said the first ferry would leave at 6:40, twenty minutes earlier.

- Weekend crossings stay the same.
`;

describe.skipIf(!hasChromium())("adding an article from a file or a web address in a real browser", () => {
  // A news site on 127.0.0.1 that the app may fetch from (allow-listed), and a port it may not.
  let site: LocalServer;
  let internal: LocalServer;

  beforeAll(async () => {
    site = await startLocalServer((_request, response) => {
      response.writeHead(200, { "content-type": "text/html; charset=utf-8" });
      response.end(storyPage);
    });
    internal = await startLocalServer((_request, response) => response.end("<p>internal</p>"));
  });
  afterAll(async () => {
    await site?.close();
    await internal?.close();
  });

  const suite = browserSuite(() => ({ FETCH_ALLOW_INTERNAL: site.hostPort }));

  async function showsArticle(page: Page, title: string) {
    await page.waitForURL(/\/articles\/\d+$/);
    // The address changes before the article page has rendered, so wait for its heading too.
    await page.getByRole("heading", { level: 1, name: title }).waitFor();
  }

  async function openWay(page: Page, way: string) {
    await page.goto("/articles");
    await page.getByRole("link", { name: "Add an article" }).click();
    await page.getByRole("link", { name: way }).click();
    await page.waitForURL(/\/articles\/new\?via=/);
  }

  it("uploads a Markdown file and shows the article it contained", async () => {
    const page = await signIn(suite.browser, suite.app.url, "checker@example.com");
    await openWay(page, "Upload a file");
    await page.getByLabel("File", { exact: true }).setInputFiles({
      name: "timetable.md",
      mimeType: "text/markdown",
      buffer: Buffer.from(markdownFile),
    });
    await page.getByRole("button", { name: "Upload and add" }).click();
    await showsArticle(page, "Ferry timetable changes");
    await expect(page.locator("article p").allTextContents()).resolves.toContain("Weekend crossings stay the same.");
    await page.context().close();
  });

  it("imports a page from an allowed local site and shows the article", async () => {
    const page = await signIn(suite.browser, suite.app.url, "editor@example.com");
    await openWay(page, "Web address");
    await page.getByLabel("Web address of the article").fill(site.url("/library"));
    await page.getByRole("button", { name: "Import article" }).click();
    await showsArticle(page, "Library hours cut");
    await expect(page.getByText("Northside News").count()).resolves.toBe(1);
    await page.context().close();
  });

  it("refuses the same page a second time, linking to the stored article", async () => {
    const page = await signIn(suite.browser, suite.app.url, "checker@example.com");
    await openWay(page, "Web address");
    await page.getByLabel("Web address of the article").fill(site.url("/library-again"));
    await page.getByRole("button", { name: "Import article" }).click();
    await page.getByText("This text is already in Claimdesk").waitFor();
    await page.getByRole("link", { name: "Open the article already in Claimdesk" }).click();
    await showsArticle(page, "Library hours cut");
    await page.context().close();
  });

  it("refuses a file over 5 MB with 413 and says what the limit is", async () => {
    const page = await signIn(suite.browser, suite.app.url, "checker@example.com");
    await page.goto("/articles/new?via=file");
    const response = await page.request.post("/articles/new?via=file", {
      multipart: {
        file: { name: "huge.txt", mimeType: "text/plain", buffer: Buffer.alloc(5_100_000, "a") },
        title: "Huge",
      },
    });
    expect(response.status()).toBe(413);
    expect(await response.text()).toContain("The file is larger than 5.0 MB, the limit for uploads.");
    await page.context().close();
  });

  it("refuses an address on 127.0.0.1 that is not allowed, keeping it in the form, also without JavaScript", async () => {
    const context = await suite.browser.newContext({ baseURL: suite.app.url, javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto("/login?redirectTo=%2Farticles%2Fnew%3Fvia%3Durl");
    await page.getByLabel("Email").fill("checker@example.com");
    await page.getByLabel("Password").fill(DEMO_PASSWORD);
    await page.getByRole("button", { name: "Sign in" }).click();
    await page.waitForURL(/\/articles\/new\?via=url$/);

    const forbidden = internal.url("/admin");
    await page.getByLabel("Web address of the article").fill(forbidden);
    const [response] = await Promise.all([
      page.waitForResponse((candidate) => candidate.request().method() === "POST"),
      page.getByRole("button", { name: "Import article" }).click(),
    ]);
    expect(response.status()).toBe(422);
    await page.getByText("not a public internet address").waitFor();
    await expect(page.getByLabel("Web address of the article").inputValue()).resolves.toBe(forbidden);
    await context.close();
  });
});
