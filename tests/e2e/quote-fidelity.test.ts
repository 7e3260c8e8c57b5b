import type { Page } from "playwright-core";
import { describe, expect, it } from "vitest";
import { signIn } from "./support/browser";
import { browserSuite } from "./support/browser-suite";
import { hasChromium } from "./support/chromium";
import { api, move } from "./support/page-api";

// A quote checked against a transcript on the claim page, in a real browser: a changed word is marked,
// a WebVTT file's time is shown, other quotation marks are still verbatim, an absent quote is not found.

const TRANSCRIPT =
  "Thank you, chair. The library on Mill Street will stay open on Saturdays. " +
  'We call it the "people\'s budget" and we mean every word of it. Questions about the depot go to the committee.';

const VTT = [
  "WEBVTT",
  "",
  "00:00:01.000 --> 00:00:04.000",
  "Thank you, chair.",
  "",
  "00:01:23.500 --> 00:01:27.000",
  "The swimming pool reopens in June",
  "after the repairs.",
].join("\n");

/** A quote claim said by the mayor, in research; returns its id. */
async function quoteInResearch(page: Page, origin: string, words: string): Promise<number> {
  const { claims } = await api(page.request, origin, "/api/v1/articles", {
    title: `Mayor speaks: ${words.slice(0, 30)}`,
    body: `“${words},” Mayor Ada Lowe said at the council meeting on Monday.`,
  });
  const claimId: number = claims.find((claim: { kind: string }) => claim.kind === "quote").id;
  await move(page.request, origin, claimId, "researching");
  return claimId;
}

/** Fills the claim page's transcript form and submits it; returns the source's quote check. */
async function addTranscript(page: Page, claimId: number, given: { text?: string; file?: string }) {
  await page.goto(`/claims/${claimId}`);
  await page.getByText("Add a transcript").click();
  const form = page.locator("form", { has: page.getByRole("button", { name: "Add transcript" }) });
  await form.getByLabel("Address of the recording or event (URL)").fill("https://video.example/council");
  await form.getByLabel("Title").fill("Council meeting");
  if (given.text) await form.getByLabel("Transcript text").fill(given.text);
  if (given.file) {
    await form
      .getByLabel("Or a transcript file")
      .setInputFiles({ name: "meeting.vtt", mimeType: "text/vtt", buffer: Buffer.from(given.file) });
  }
  await form.getByRole("button", { name: "Add transcript" }).click();
  const check = page.getByRole("region", { name: "Quote check" });
  await check.waitFor();
  return check;
}

describe.skipIf(!hasChromium())("quote fidelity in a real browser", () => {
  const suite = browserSuite();

  it("marks a changed word against a pasted transcript: words changed", async () => {
    const origin = suite.app.url;
    const page = await signIn(suite.browser, origin, "checker@example.com");
    const claimId = await quoteInResearch(page, origin, "The library on Mill Street will stay open on Sundays");
    const check = await addTranscript(page, claimId, { text: TRANSCRIPT });
    await expect(check.getByRole("heading").textContent()).resolves.toBe("Quote check: Words changed");
    await expect(check.locator("ins").textContent()).resolves.toBe("changed: Sundays");
    await expect(check.locator("del").textContent()).resolves.toBe("the source says: Saturdays");
    await expect(check.textContent()).resolves.toContain("“Sundays” in the quote, “Saturdays” in the source");
    await expect(check.textContent()).resolves.toContain("Thank you, chair.");
  });

  it("shows the passage's time against a .vtt file", async () => {
    const origin = suite.app.url;
    const page = await signIn(suite.browser, origin, "checker@example.com");
    const claimId = await quoteInResearch(page, origin, "The swimming pool reopens in June after the repairs");
    const check = await addTranscript(page, claimId, { file: VTT });
    await expect(check.getByRole("heading").textContent()).resolves.toBe("Quote check: Verbatim");
    await expect(check.locator("time").textContent()).resolves.toBe("00:01:23.500");
    await expect(page.getByText("Transcript from WebVTT captions").count()).resolves.toBe(1);
  });

  it("calls a quote with other quotation marks verbatim", async () => {
    const origin = suite.app.url;
    const page = await signIn(suite.browser, origin, "checker@example.com");
    const claimId = await quoteInResearch(
      page,
      origin,
      "We call it the ‘people’s budget’ and we mean every word of it",
    );
    const check = await addTranscript(page, claimId, { text: TRANSCRIPT });
    await expect(check.getByRole("heading").textContent()).resolves.toBe("Quote check: Verbatim");
    await expect(check.locator("del, ins").count()).resolves.toBe(0);
  });

  it("says not found for a quote the transcript does not have", async () => {
    const origin = suite.app.url;
    const page = await signIn(suite.browser, origin, "checker@example.com");
    const claimId = await quoteInResearch(page, origin, "We will build a new stadium for the football club by spring");
    const check = await addTranscript(page, claimId, { text: TRANSCRIPT });
    await expect(check.getByRole("heading").textContent()).resolves.toBe("Quote check: Not found");
  });
});
