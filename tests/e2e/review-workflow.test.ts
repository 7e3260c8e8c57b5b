import type { Browser, BrowserContext, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type LocalServer, startLocalServer } from "../server/fetch/local-server";
import { DEMO_PASSWORD, signIn } from "./support/browser";
import { browserSuite } from "./support/browser-suite";
import { hasChromium } from "./support/chromium";

// The review workflow in real browsers, on the demo data: a checker researches a candidate from the
// bridge article, an editor sends it back once, approves and publishes it; and two people saving the
// same verdict at once, where the second is told and keeps their text.

const BRIDGE_ARTICLE = "Harbour city council approves bridge plan amid cost dispute";

const trafficReport = `<!doctype html><html><head><title>Marsh Street bridge: a decade of repairs</title></head>
<body><article><h1>Marsh Street bridge: a decade of repairs</h1>
<p>Engineers patched the Marsh Street bridge in 2016, 2019 and 2023, and the city's own survey says it can be kept open with repairs until 2034.</p>
<p>The transport office publishes the survey every two years.</p></article></body></html>`;

/** Opens the bridge article, selects the claim with these words and follows it to its claim page. */
async function openClaimFromArticle(page: Page, words: string): Promise<number> {
  await page.goto("/articles");
  await page.getByRole("link", { name: BRIDGE_ARTICLE }).click();
  await page.waitForURL(/\/articles\/\d+/);
  await page.locator("#article-text").waitFor();
  await page.locator("#article-text a[data-claim]", { hasText: words }).first().click();
  await page.waitForURL(/claim=\d+/);
  await page.getByRole("link", { name: "Open claim page" }).click();
  await page.waitForURL(/\/claims\/\d+/);
  await page.getByRole("heading", { level: 1, name: headline(words) }).waitFor();
  return Number(new URL(page.url()).pathname.split("/").at(-1));
}

/** The claim page's headline: a quote is shown without the comma that leads into its attribution. */
const headline = (words: string) => words.replace(/,$/, "");

async function openClaim(page: Page, claimId: number, words: string) {
  await page.goto(`/claims/${claimId}`);
  await page.getByRole("heading", { level: 1, name: headline(words) }).waitFor();
}

const region = (page: Page, name: string) => page.getByRole("region", { name, exact: false });

/** Waits until the timeline shows the `count`-th event of this kind: the sign that a step was saved. */
async function timelineShows(page: Page, action: string, count = 1) {
  await region(page, "Timeline")
    .locator(`li[data-event="${action}"]`)
    .nth(count - 1)
    .waitFor();
}

/** Signs in with JavaScript turned off: every form must work as plain HTML. */
async function signInWithoutScripts(browser: Browser, baseUrl: string, email: string): Promise<BrowserContext> {
  const context = await browser.newContext({ baseURL: baseUrl, javaScriptEnabled: false });
  const page = await context.newPage();
  await page.goto("/login");
  await page.getByLabel("Email").fill(email);
  await page.getByLabel("Password").fill(DEMO_PASSWORD);
  await page.getByRole("button", { name: "Sign in" }).click();
  await page.waitForURL((url) => !url.pathname.startsWith("/login"));
  await page.close();
  return context;
}

describe.skipIf(!hasChromium())("the review workflow in a real browser", () => {
  let site: LocalServer;

  beforeAll(async () => {
    site = await startLocalServer((_request, response) => {
      response.writeHead(200, { "content-type": "text/html; charset=utf-8" });
      response.end(trafficReport);
    });
  });
  afterAll(async () => {
    await site?.close();
  });

  const suite = browserSuite(() => ({ FETCH_ALLOW_INTERNAL: site.hostPort }));

  it("takes a claim from candidate to published, with a send-back, and no approval by the checker", async () => {
    const words = "We cannot patch it for another decade.";
    const checker = await signIn(suite.browser, suite.app.url, "checker@example.com");
    const claimId = await openClaimFromArticle(checker, words);
    await expect(checker.getByText("In its paragraph").isVisible()).resolves.toBe(true);
    await expect(checker.locator("mark", { hasText: words }).count()).resolves.toBe(1);

    await checker.getByRole("button", { name: "Accept for checking" }).click();
    await timelineShows(checker, "accept");

    const sources = region(checker, "Sources");
    // The "Add a source" form, not the transcript form beside it.
    const addSource = sources.locator("details", { has: checker.locator("summary", { hasText: /^Add a source$/ }) });
    await addSource.getByLabel("Address (URL)").fill(site.url("/marsh-street-survey"));
    await addSource.getByLabel("Title").fill("Marsh Street bridge: a decade of repairs");
    await addSource.getByLabel("Publisher").fill("Port Alder transport office");
    await addSource.getByLabel("Kind").selectOption({ label: "Official data" });
    await addSource.getByLabel("Passage relied on").fill("it can be kept open with repairs until 2034");
    await addSource.getByLabel("Accessed on").fill("2025-03-15");
    await addSource.getByRole("button", { name: "Add source" }).click();
    await timelineShows(checker, "source_added");
    await sources.getByText("Captured on").waitFor();
    await expect(
      sources.getByRole("link", { name: "Marsh Street bridge: a decade of repairs" }).getAttribute("rel"),
    ).resolves.toBe("nofollow noopener");

    const verdict = region(checker, "Verdict");
    await verdict.getByLabel("Rating").selectOption({ label: "False" });
    await verdict.getByLabel("Summary").fill("The city's survey says the bridge can be patched until 2034.");
    await verdict.getByText("60/280 characters").waitFor();
    await verdict
      .getByLabel("Rationale")
      .fill("The transport office's **2024 survey** says repairs keep it open until 2034.");
    await verdict.getByRole("button", { name: "Save verdict" }).click();
    await timelineShows(checker, "verdict_proposed");
    await expect(verdict.locator("strong", { hasText: "2024 survey" }).count()).resolves.toBe(1);

    await checker.getByRole("button", { name: "Send for review" }).click();
    await timelineShows(checker, "submit");
    // The checker is offered no way to approve, and is told why.
    await expect(checker.getByRole("button", { name: "Approve verdict" }).count()).resolves.toBe(0);
    await region(checker, "Next step").getByText("Only an editor or above can do this").first().waitFor();

    // Posting the approval anyway, as a plain form would, is refused with 403 and the reason on the page.
    const version = await checker.locator('form input[name="version"]').first().inputValue();
    const [refusal] = await Promise.all([
      checker.waitForResponse((response) => response.request().method() === "POST"),
      checker.evaluate(
        ({ id, seen }) => {
          const form = document.createElement("form");
          form.method = "post";
          form.action = `/claims/${id}`;
          for (const [name, value] of Object.entries({ intent: "transition", to: "approved", version: seen })) {
            const input = document.createElement("input");
            input.type = "hidden";
            input.name = name;
            input.value = value;
            form.append(input);
          }
          document.body.append(form);
          form.submit();
        },
        { id: claimId, seen: version },
      ),
    ]);
    expect(refusal.status()).toBe(403);
    await checker
      .getByRole("alert")
      .filter({ hasText: "Not allowed: Only an editor or above can do this; you are a fact-checker." })
      .waitFor();

    const editor = await signIn(suite.browser, suite.app.url, "editor@example.com");
    await openClaim(editor, claimId, words);
    await editor.getByLabel("What needs another look?").fill("Link the survey table itself, not the news page.");
    await editor.getByRole("button", { name: "Send back to research" }).click();
    await timelineShows(editor, "send_back");

    await openClaim(checker, claimId, words);
    await checker.getByRole("button", { name: "Send for review" }).click();
    await timelineShows(checker, "submit", 2);

    await openClaim(editor, claimId, words);
    await editor.getByRole("button", { name: "Approve verdict" }).click();
    await timelineShows(editor, "approve");
    // Publishing shows the public page first, and publishes only once confirmed there.
    await editor.getByRole("button", { name: "Preview and publish" }).click();
    const preview = region(editor, "Preview of the public page");
    await preview.getByRole("heading", { level: 3, name: `“${words}”` }).waitFor();
    await preview.getByText("The city's survey says the bridge can be patched until 2034.").waitFor();
    await preview.getByRole("link", { name: "Marsh Street bridge: a decade of repairs" }).waitFor();
    await expect(editor.getByRole("link", { name: "See it on the public ledger" }).count()).resolves.toBe(0);
    await expect(region(editor, "Timeline").locator('li[data-event="publish"]').count()).resolves.toBe(0);
    await preview.getByRole("button", { name: "Confirm and publish" }).click();
    await timelineShows(editor, "publish");
    await expect(editor.getByRole("region", { name: "Preview of the public page" }).count()).resolves.toBe(0);
    await region(editor, "Verdict").getByText("approved by Eden Editor").waitFor();
    await expect(editor.getByRole("link", { name: "See it on the public ledger" }).getAttribute("href")).resolves.toBe(
      `/ledger/${claimId}`,
    );

    const steps = await region(editor, "Timeline")
      .locator("li")
      .evaluateAll((items) =>
        items.map((item) => ({
          text: item.textContent?.replace(/\s+/g, " ").trim() ?? "",
          time: item.querySelector("time")?.getAttribute("datetime") ?? "",
        })),
      );
    const expected = [
      "found it in the article",
      "Casey Checker accepted it for checking (Candidate → Researching)",
      "Casey Checker added a source",
      "checked the quote against a source",
      "Casey Checker proposed a verdict · version 1: False",
      "Casey Checker sent it for review (Researching → In review)",
      "Eden Editor sent it back to research (In review → Researching)",
      "Casey Checker sent it for review (Researching → In review)",
      "Eden Editor approved the verdict (In review → Approved)",
      "Eden Editor published the verdict (Approved → Published)",
    ];
    expect(steps).toHaveLength(expected.length);
    expected.forEach((words, index) => {
      expect(steps[index]?.text).toContain(words);
      expect(Number.isNaN(Date.parse(steps[index]?.time ?? ""))).toBe(false);
    });
    expect(steps.find((step) => step.text.includes("sent it back"))?.text).toContain(
      "“Link the survey table itself, not the news page.”",
    );
    await checker.context().close();
    await editor.context().close();
  });

  it("tells the second of two people saving the same verdict that the claim changed, and keeps their text", async () => {
    const words = "Taxpayers deserve the real number before we sign.";
    const first = await signIn(suite.browser, suite.app.url, "checker@example.com");
    const claimId = await openClaimFromArticle(first, words);
    await first.getByRole("button", { name: "Accept for checking" }).click();
    await timelineShows(first, "accept");

    const second = await signIn(suite.browser, suite.app.url, "admin@example.com");
    await openClaim(second, claimId, words);

    const firstVerdict = region(first, "Verdict");
    await firstVerdict.getByLabel("Rating").selectOption({ label: "Unproven" });
    await firstVerdict.getByLabel("Summary").fill("No real number has been published yet.");
    const secondVerdict = region(second, "Verdict");
    const secondSummary = "Council papers give a cost estimate; the claim that none exists is false.";
    const secondRationale = "The *council papers* of March list the estimate line by line.";
    await secondVerdict.getByLabel("Rating").selectOption({ label: "False" });
    await secondVerdict.getByLabel("Summary").fill(secondSummary);
    await secondVerdict.getByLabel("Rationale").fill(secondRationale);

    await firstVerdict.getByRole("button", { name: "Save verdict" }).click();
    await timelineShows(first, "verdict_proposed");

    await secondVerdict.getByRole("button", { name: "Save verdict" }).click();
    await second
      .getByRole("alert")
      .filter({ hasText: "Someone else changed this claim while you were working" })
      .waitFor();
    // The current state is shown: the first person's verdict…
    await secondVerdict.getByText("No real number has been published yet.").first().waitFor();
    await timelineShows(second, "verdict_proposed");
    // …and the second person's unsaved text is still in the form, ready to send again.
    await expect(secondVerdict.getByLabel("Summary").inputValue()).resolves.toBe(secondSummary);
    await expect(secondVerdict.getByLabel("Rationale").inputValue()).resolves.toBe(secondRationale);
    await expect(
      secondVerdict.getByLabel("Rating").evaluate((select: HTMLSelectElement) => select.selectedOptions[0]?.text),
    ).resolves.toBe("False");

    await secondVerdict.getByRole("button", { name: "Save verdict" }).click();
    await timelineShows(second, "verdict_proposed", 2);
    await secondVerdict.getByText("Version 2").waitFor();
    await secondVerdict.getByText("Earlier versions (1)").click();
    await secondVerdict.getByText("No real number has been published yet.").first().waitFor();
    await first.context().close();
    await second.context().close();
  });

  it("works without JavaScript: a step, a comment, and a stale save answered 409 with the text kept", async () => {
    const words = "Every bridge in this state has cost more than promised,";
    const finder = await signIn(suite.browser, suite.app.url, "checker@example.com");
    const claimId = await openClaimFromArticle(finder, words);
    await finder.context().close();

    const context = await signInWithoutScripts(suite.browser, suite.app.url, "editor@example.com");
    const page = await context.newPage();
    await openClaim(page, claimId, words);
    await page.getByRole("button", { name: "Accept for checking" }).click();
    await timelineShows(page, "accept");
    await region(page, "Comments").getByLabel("Add a comment").fill("Check the state audit office's report.");
    await region(page, "Comments").getByRole("button", { name: "Post comment" }).click();
    await region(page, "Comments").getByText("Check the state audit office's report.").waitFor();

    // Another tab saves a verdict first; this tab still shows the claim as it was.
    const other = await context.newPage();
    await openClaim(other, claimId, words);
    await openClaim(page, claimId, words);
    await region(other, "Verdict").getByLabel("Rating").selectOption({ label: "Half true" });
    await region(other, "Verdict").getByLabel("Summary").fill("Most overran, not every one.");
    await region(other, "Verdict").getByRole("button", { name: "Save verdict" }).click();
    await timelineShows(other, "verdict_proposed");

    const verdict = region(page, "Verdict");
    await verdict.getByLabel("Rating").selectOption({ label: "Mostly false" });
    await verdict.getByLabel("Summary").fill("Two of the last five bridges came in under budget.");
    const [response] = await Promise.all([
      page.waitForResponse((answer) => answer.request().method() === "POST"),
      verdict.getByRole("button", { name: "Save verdict" }).click(),
    ]);
    expect(response.status()).toBe(409);
    await page.getByRole("alert").filter({ hasText: "Someone else changed this claim" }).waitFor();
    await verdict.getByText("Most overran, not every one.").first().waitFor();
    await expect(verdict.getByLabel("Summary").inputValue()).resolves.toBe(
      "Two of the last five bridges came in under budget.",
    );
    await context.close();
  });

  it("keeps an editor's unsaved verdict text when another editor approved the claim meanwhile; publishes it without JavaScript from the preview", async () => {
    const words = "40 per cent";
    const approver = await signIn(suite.browser, suite.app.url, "editor@example.com");
    const claimId = await openClaimFromArticle(approver, words);

    const context = await signInWithoutScripts(suite.browser, suite.app.url, "admin@example.com");
    const reviser = await context.newPage();
    await openClaim(reviser, claimId, words);
    const nextStep = region(approver, "Next step");
    await nextStep.getByRole("button", { name: "Approve verdict" }).click();
    // The demo's sources were never fetched: approving says so and asks to confirm.
    await approver.getByRole("alert").filter({ hasText: "could not be captured" }).waitFor();
    await nextStep.getByLabel("Approve without a copy of these pages").check();
    await nextStep.getByRole("button", { name: "Approve verdict" }).click();
    await timelineShows(approver, "approve");

    await region(reviser, "Verdict").getByLabel("Summary").fill("Three of eleven bridge projects ran over 40%.");
    await region(reviser, "Verdict").getByRole("button", { name: "Save verdict" }).click();
    await reviser.getByRole("alert").filter({ hasText: "Someone else changed this claim" }).waitFor();
    const unsaved = region(reviser, "Verdict").locator("details", { hasText: "Your unsaved text" });
    await unsaved.getByText("Three of eleven bridge projects ran over 40%.").waitFor();

    // Without JavaScript too, publishing goes through the preview, confirmed there with the warning ticked.
    await openClaim(reviser, claimId, words);
    await region(reviser, "Next step").getByRole("button", { name: "Preview and publish" }).click();
    const preview = region(reviser, "Preview of the public page");
    await preview.getByText("This is what readers will see on the ledger").waitFor();
    await preview.locator("mark.claim-figure", { hasText: words }).waitFor();
    await preview.getByLabel("Publish without a copy of these pages").check();
    await preview.getByRole("button", { name: "Confirm and publish" }).click();
    await timelineShows(reviser, "publish");
    await context.close();
    await approver.context().close();
  });
});
