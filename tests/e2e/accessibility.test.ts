import type { Page } from "playwright-core";
import { beforeAll, describe, expect, it } from "vitest";
import { accessibilityProblems, describeProblem, loadAxe } from "./support/axe";
import { signIn } from "./support/browser";
import { browserSuite } from "./support/browser-suite";
import { hasChromium } from "./support/chromium";
import { keyboardProblems } from "./support/keyboard";
import { api, move } from "./support/page-api";

// Every main page passes an axe-core audit (no serious or critical violation) for each person who
// uses it, on a laptop and on a phone; a keyboard user reaches every control with Tab and sees
// where the focus is.
//
// One server, one browser and one signed-in page per person for the whole file. Each role audits the
// pages where it sees something the others do not (an editor's review actions, an admin's pages);
// the checker, with the fewest rights, audits every desk page.

const LAPTOP = { width: 1366, height: 900 };
const PHONE = { width: 390, height: 844 };
// An audit or a keyboard walk takes a second or two a page; on a busy machine a test's dozen or two
// pages take longer than the browser suite's usual minute.
const MANY_PAGES = { timeout: 120_000 };

type Person = "reader" | "checker" | "editor" | "admin";

describe.skipIf(!hasChromium())("accessibility of every main page, in a real browser", MANY_PAGES, () => {
  const suite = browserSuite();
  const pages = {} as Record<Person, Page>;
  const paths = {} as Record<Person, string[]>;
  /** The pages of one claim in each stage of its work, and the article it came from. */
  const at = { article: "", researching: "", inReview: "", published: "", ledger: "" };

  beforeAll(async () => {
    [pages.checker, pages.editor, pages.admin, pages.reader] = await Promise.all([
      signIn(suite.browser, suite.app.url, "checker@example.com"),
      signIn(suite.browser, suite.app.url, "editor@example.com"),
      signIn(suite.browser, suite.app.url, "admin@example.com"),
      suite.browser.newContext({ baseURL: suite.app.url }).then((context) => context.newPage()),
    ]);
    for (const page of Object.values(pages)) await loadAxe(page.context());

    const firstIn = async (state: string) => {
      const { claims } = await api(pages.checker.request, suite.app.url, `/api/v1/claims?state=${state}&limit=1`);
      return claims[0] as { id: number; articleId: number };
    };
    const candidate = await firstIn("candidate");
    const researching = await firstIn("researching");
    const inReview = await firstIn("in_review");
    const published = await firstIn("published");
    at.article = `/articles/${candidate.articleId}?claim=${candidate.id}`;
    at.researching = `/claims/${researching.id}`;
    at.inReview = `/claims/${inReview.id}`;
    at.published = `/claims/${published.id}`;
    at.ledger = `/ledger/${published.id}`;
    paths.checker = [
      "/",
      "/articles",
      at.article,
      at.researching,
      at.published,
      "/queue",
      "/imports",
      await startImport(pages.checker),
      "/check",
      "/speakers",
    ];
    paths.editor = ["/", "/queue", at.inReview, at.researching, "/speakers"];
    paths.admin = ["/", "/admin/users", await firstUserPage(pages.admin), "/admin/ratings", at.inReview];
    paths.reader = ["/ledger", at.ledger, await firstSpeakerPage(pages.reader), "/ledger/about", "/login"];
  });

  for (const person of ["reader", "checker", "editor", "admin"] as const) {
    it(`finds no serious or critical axe violation on the ${person}'s pages, on a laptop and a phone`, async () => {
      const page = pages[person];
      const found: string[] = [];
      for (const viewport of [LAPTOP, PHONE]) {
        await page.setViewportSize(viewport);
        for (const path of paths[person]) {
          const response = await page.goto(path);
          const where = `${path} at ${viewport.width}px`;
          if (!response?.ok()) found.push(`${where}: HTTP ${response?.status()}`);
          else found.push(...(await accessibilityProblems(page)).map((problem) => describeProblem(where, problem)));
        }
      }
      expect(found).toEqual([]);
    });
  }

  it("reaches every control with Tab and shows a visible focus ring on each, never hidden under a panel", async () => {
    const walks: [Person, string, typeof LAPTOP][] = [
      ["reader", "/ledger", LAPTOP],
      ["reader", at.ledger, PHONE],
      ["reader", "/login", LAPTOP],
      ["checker", "/", LAPTOP],
      ["checker", at.article, LAPTOP],
      ["checker", at.article, PHONE],
      ["checker", at.researching, LAPTOP],
      ["checker", "/queue", PHONE],
      ["checker", "/imports", LAPTOP],
      ["editor", at.inReview, PHONE],
      ["admin", "/admin/users", LAPTOP],
      ["admin", "/admin/ratings", LAPTOP],
    ];
    const found: string[] = [];
    for (const [person, path, viewport] of walks) {
      const page = pages[person];
      await page.setViewportSize(viewport);
      await page.goto(path);
      const where = `${path} (${person}, ${viewport.width}px)`;
      found.push(...(await keyboardProblems(page)).map((problem) => `${where}: ${problem}`));
    }
    expect(found).toEqual([]);
  });

  it("passes with the dismiss dialog open on the article page, on a laptop and a phone", async () => {
    const page = pages.checker;
    const found: string[] = [];
    for (const viewport of [LAPTOP, PHONE]) {
      await page.setViewportSize(viewport);
      await page.goto(at.article);
      // d belongs to the hydrated page: wait until its scripts have loaded.
      await page.waitForLoadState("networkidle");
      await page.keyboard.press("d");
      await page.getByRole("dialog", { name: "Dismiss this candidate?" }).waitFor();
      const where = `${at.article} with the dismiss dialog at ${viewport.width}px`;
      found.push(...(await accessibilityProblems(page)).map((problem) => describeProblem(where, problem)));
      found.push(...(await keyboardProblems(page)).map((problem) => `${where}: ${problem}`));
      await page.keyboard.press("Escape");
    }
    expect(found).toEqual([]);
  });

  // Last, as it approves the claim in review the other tests look at.
  it("passes on an editor's preview of the public page before publishing", async () => {
    const editor = pages.editor;
    const claimId = Number(at.inReview.split("/").pop());
    await move(editor.request, suite.app.url, claimId, "approved");
    const found: string[] = [];
    for (const viewport of [LAPTOP, PHONE]) {
      await editor.setViewportSize(viewport);
      await editor.goto(`${at.inReview}?preview=publish`);
      await editor.getByRole("heading", { name: "Preview of the public page" }).waitFor();
      const where = `${at.inReview}?preview=publish at ${viewport.width}px`;
      found.push(...(await accessibilityProblems(editor)).map((problem) => describeProblem(where, problem)));
      if (viewport === LAPTOP) found.push(...(await keyboardProblems(editor)).map((problem) => `${where}: ${problem}`));
    }
    expect(found).toEqual([]);
  });
});

/** Uploads a two-line import, so the imports list and a job's page have something to show. */
async function startImport(page: Page): Promise<string> {
  await page.goto("/imports");
  const rows = [1, 2].map((line) =>
    JSON.stringify({ title: `Accessible story ${line}`, body: `“We opened ${line * 3} clinics,” the mayor said.` }),
  );
  await page.getByLabel("File").setInputFiles({
    name: "stories.jsonl",
    mimeType: "application/x-ndjson",
    buffer: Buffer.from(rows.join("\n")),
  });
  await page.getByRole("button", { name: "Start import" }).click();
  await page.waitForURL(/\/imports\/\d+$/);
  return new URL(page.url()).pathname;
}

/** The admin page of the first person on the users list. */
async function firstUserPage(page: Page): Promise<string> {
  await page.goto("/admin/users");
  return String(await page.locator('main a[href^="/admin/users/"]').first().getAttribute("href"));
}

/** The ledger page of the first speaker the ledger lists. */
async function firstSpeakerPage(page: Page): Promise<string> {
  await page.goto("/ledger");
  return String(await page.locator('main a[href^="/ledger/speakers/"]').first().getAttribute("href"));
}
