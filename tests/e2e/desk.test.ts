import { describe, expect, it } from "vitest";
import { signIn } from "./support/browser";
import { browserSuite } from "./support/browser-suite";
import { hasChromium } from "./support/chromium";

describe.skipIf(!hasChromium())("each person's day starts at their desk, in a real browser", () => {
  // The server and the browser both west of Greenwich: calendar days must not slip to the day before.
  const suite = browserSuite(() => ({ TZ: "America/New_York", NEWSROOM_TZ: "America/New_York" }));

  it("shows an editor what waits for their review, counted in the navigation; a send-back reaches the checker with its note", async () => {
    const editor = await signIn(suite.browser, suite.app.url, "editor@example.com");
    expect(new URL(editor.url()).pathname).toBe("/");
    const waiting = editor.getByRole("region", { name: /Waiting for my review/ });
    const reviews = waiting.getByRole("listitem");
    // Signing in changes the address a moment before the desk renders.
    await reviews.first().waitFor();
    const waitingCount = await reviews.count();
    expect(waitingCount).toBeGreaterThan(0);
    const badge = editor.getByRole("navigation", { name: "Main" }).getByRole("link", { name: /My desk/ });
    await expect(badge.textContent()).resolves.toBe(`My desk${waitingCount} waiting for you`);

    // The editor sends the first one back with a note.
    await reviews.first().getByRole("link").click();
    await editor.waitForURL(/\/claims\/\d+$/);
    const claimPath = new URL(editor.url()).pathname;
    const note = "Link the council's own table, not the press release.";
    await editor.getByLabel("What needs another look?").fill(note);
    await editor.getByRole("button", { name: "Send back to research" }).click();
    await editor.getByText("Researching", { exact: true }).first().waitFor();
    await editor.goto("/");
    await expect(
      editor
        .getByRole("region", { name: /Waiting for my review/ })
        .getByRole("listitem")
        .count(),
    ).resolves.toBe(waitingCount - 1);
    await editor.context().close();

    const checker = await signIn(suite.browser, suite.app.url, "checker@example.com");
    const sentBack = checker.getByRole("region", { name: /Sent back to me/ });
    await sentBack.getByText(note, { exact: false }).waitFor();
    await expect(sentBack.getByRole("link").first().getAttribute("href")).resolves.toBe(claimPath);
    await expect(
      checker
        .getByRole("navigation", { name: "Main" })
        .getByRole("link", { name: /My desk/ })
        .textContent(),
    ).resolves.toContain("1 waiting for you");
    // The queue opens on the checker's own claims, where the work is.
    await checker.goto("/queue");
    await checker.getByRole("heading", { level: 2, name: "Assigned to me" }).waitFor();
    await checker.context().close();
  });

  it("shows a due date of 1 March as 1 Mar 2025 on the queue, the claim page and the desk, in New York", async () => {
    const editor = await signIn(suite.browser, suite.app.url, "editor@example.com", { timezoneId: "America/New_York" });
    await editor.goto("/queue?tab=all");
    const row = editor
      .getByRole("main")
      .getByRole("listitem")
      .filter({ has: editor.getByLabel("Due") })
      .first();
    const claimPath = await row.getByRole("link").first().getAttribute("href");
    await row.getByLabel("Assignee").selectOption({ label: "Eden Editor" });
    await row.getByLabel("Due").fill("2025-03-01");
    await row.getByRole("button", { name: "Save" }).click();
    const queueRow = editor
      .getByRole("main")
      .getByRole("listitem")
      .filter({ has: editor.locator(`a[href="${claimPath}"]`) });
    await queueRow.getByText("Overdue: due 1 Mar 2025").waitFor();

    await editor.goto(claimPath ?? "/");
    await expect(editor.locator("dt:text-is('Due') + dd").textContent()).resolves.toBe("1 Mar 2025");
    await editor.goto("/");
    await editor
      .getByRole("region", { name: /Due soon/ })
      .locator(`a[href="${claimPath}"]`)
      .waitFor();
    await expect(editor.getByRole("main").textContent()).resolves.toContain("Overdue: due 1 Mar 2025");
    await expect(editor.getByRole("main").textContent()).resolves.not.toContain("29 Feb 2025");
    await expect(editor.getByRole("main").textContent()).resolves.not.toContain("28 Feb 2025");
    await editor.context().close();
  });

  it("sends a reader who is not signed in to the ledger, not to sign-in", async () => {
    const page = await suite.browser.newPage({ baseURL: suite.app.url });
    await page.goto("/");
    expect(new URL(page.url()).pathname).toBe("/ledger");
    await page.close();
  });
});
