import { spawn } from "node:child_process";
import { createHash } from "node:crypto";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { and, eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { createArticle } from "~/.server/articles/articles";
import type { Database } from "~/.server/db/database-types";
import { migrateDatabase } from "~/.server/db/migrate";
import { openDatabase } from "~/.server/db/open";
import { claimEvents, claims, ratings, sources, verdicts } from "~/.server/db/schema/all-tables";
import * as capture from "~/.server/review/source-capture";
import * as recheck from "~/.server/review/source-recheck";
import { createUser } from "~/.server/users/user-accounts";
import { articleInputSchema } from "~/domain/schemas/article";
import { parseInput } from "~/domain/validation";
import * as route from "~/routes/claims.$claimId.recheck-sources";
import { requestAs } from "../helpers/requests";
import { createTestDatabase, type TestDatabase } from "../helpers/test-database";
import { type LocalServer, startLocalServer } from "./fetch/local-server";

type Page = { status?: number; type: string; body: string };

const reportPage = (
  figure: string,
) => `<!doctype html><html><head><title>Housing report 2025 | Statistics Office</title>
<meta property="og:site_name" content="Statistics Office"></head>
<body><nav><a href="/">Home</a></nav><article><h1>Housing report 2025</h1>
<p>The city completed ${figure} new homes in 2025, the statistics office reported.</p>
<p>Most were flats in the harbour district.</p></article></body></html>`;

const readableReport = (figure: string) =>
  `The city completed ${figure} new homes in 2025, the statistics office reported.\n\nMost were flats in the harbour district.`;

const sha256 = (text: string) => createHash("sha256").update(text, "utf8").digest("hex");

// What the local site serves; tests change a page to play a site that edits or removes it.
const pages = new Map<string, Page>();
const requested: string[] = [];
let site: LocalServer;
let database: TestDatabase;
let newsroom: Newsroom;

/** A database with a checker, an editor and an article to hang claims on. */
type Newsroom = { db: Database; checkerId: string; editorId: string; articleId: number; ratingId: number };

async function setUpNewsroom(db: Database): Promise<Newsroom> {
  const userOf = async (role: "checker" | "editor") =>
    (
      await createUser(db, null, {
        email: `${role}@sources.test`,
        displayName: `The ${role}`,
        role,
        password: "sources password 1",
      })
    ).id;
  const checkerId = await userOf("checker");
  const editorId = await userOf("editor");
  const article = await createArticle(
    db,
    checkerId,
    parseInput(articleInputSchema, {
      title: "Homes",
      body: "The mayor said 4,000 homes were built last year.",
    }),
  );
  const [rating] = await db.select({ id: ratings.id }).from(ratings).where(eq(ratings.label, "False"));
  return { db, checkerId, editorId, articleId: article.id, ratingId: rating?.id ?? 0 };
}

beforeAll(async () => {
  database = await createTestDatabase();
  newsroom = await setUpNewsroom(database.db);
  site = await startLocalServer((request, response) => {
    requested.push(request.url ?? "");
    const page = pages.get(request.url ?? "");
    response.writeHead(page?.status ?? (page ? 200 : 404), { "content-type": page?.type ?? "text/html" });
    response.end(page?.body ?? "<p>Not found</p>");
  });
  // Imports and source captures may fetch from this local site.
  vi.stubEnv("FETCH_ALLOW_INTERNAL", site.hostPort);
});

afterAll(async () => {
  vi.unstubAllEnvs();
  await site?.close();
  await database?.dispose();
});

let claimCount = 0;

async function makeClaim(options: { published: boolean }, on: Newsroom = newsroom): Promise<number> {
  claimCount++;
  const [claim] = await on.db
    .insert(claims)
    .values({
      articleId: on.articleId,
      kind: "numeric",
      text: `4,000 homes (${claimCount})`,
      startOffset: 15,
      endOffset: 26,
    })
    .returning({ id: claims.id });
  if (!claim) throw new Error("no claim");
  if (options.published) {
    const [verdict] = await on.db
      .insert(verdicts)
      .values({
        claimId: claim.id,
        number: 1,
        ratingId: on.ratingId,
        summary: "Fewer were built.",
        authorId: on.checkerId,
      })
      .returning({ id: verdicts.id });
    await on.db
      .update(claims)
      .set({ state: "published", publishedVerdictId: verdict?.id, firstPublishedAt: new Date() })
      .where(eq(claims.id, claim.id));
  }
  return claim.id;
}

async function addSource(claimId: number, path: string, page?: Page, on: Newsroom = newsroom): Promise<number> {
  if (page) pages.set(path, page);
  const [source] = await on.db
    .insert(sources)
    .values({ claimId, url: site.url(path), title: `Source at ${path}`, addedById: on.checkerId })
    .returning({ id: sources.id });
  if (!source) throw new Error("no source");
  return source.id;
}

async function sourceRow(id: number) {
  const [row] = await database.db.select().from(sources).where(eq(sources.id, id));
  return row;
}

const recheckEvents = (claimId: number) =>
  database.db
    .select()
    .from(claimEvents)
    .where(and(eq(claimEvents.claimId, claimId), eq(claimEvents.action, "sources_rechecked")));

const html = (body: string): Page => ({ type: "text/html; charset=utf-8", body });

describe("capturing a source", () => {
  it("stores the page's readable text, its title, the text's SHA-256 and when it was captured", async () => {
    const claimId = await makeClaim({ published: false });
    const id = await addSource(claimId, "/report", html(reportPage("3,100")));
    const before = new Date();
    const result = await capture.captureSource(database.db, id);
    expect(result).toMatchObject({ id, captureStatus: "captured", captureError: null });
    const row = await sourceRow(id);
    expect(row).toMatchObject({
      captureStatus: "captured",
      capturedTitle: "Housing report 2025",
      capturedText: readableReport("3,100"),
      capturedSha256: sha256(readableReport("3,100")),
      captureError: null,
    });
    expect(row?.capturedAt?.getTime()).toBeGreaterThanOrEqual(before.getTime() - 1000);
  });

  it("keeps a plain-text file as it is, without a title", async () => {
    const claimId = await makeClaim({ published: false });
    const id = await addSource(claimId, "/figures.txt", { type: "text/plain", body: "Homes completed: 3100\r\n" });
    await capture.captureSource(database.db, id);
    expect(await sourceRow(id)).toMatchObject({
      captureStatus: "captured",
      capturedTitle: null,
      capturedText: "Homes completed: 3100",
      capturedSha256: sha256("Homes completed: 3100"),
    });
  });

  it.each([
    ["a page that is not found", "/missing", undefined, "it answered with HTTP 404"],
    [
      "a PDF, whose text Claimdesk cannot read",
      "/report.pdf",
      { type: "application/pdf", body: "%PDF-1.7" },
      "is a PDF document",
    ],
  ])("records %s as a failed capture, with the reason", async (_case, path, page, reason) => {
    const claimId = await makeClaim({ published: false });
    const id = await addSource(claimId, path, page);
    const result = await capture.captureSource(database.db, id);
    expect(result).toMatchObject({ captureStatus: "failed", captureError: expect.stringContaining(reason) });
    expect(await sourceRow(id)).toMatchObject({ capturedText: null, capturedSha256: null });
  });

  it("records an internal address that is not allow-listed as refused, without fetching it", async () => {
    const claimId = await makeClaim({ published: false });
    const id = await addSource(claimId, "/internal", html(reportPage("3,100")));
    const result = await capture.captureSource(database.db, id, { allowInternal: [] });
    expect(result?.captureStatus).toBe("failed");
    expect(result?.captureError).toContain(
      `Refused to fetch ${site.url("/internal")}: the address 127.0.0.1 is a loopback address, not a public internet address.`,
    );
    expect(requested).not.toContain("/internal");
  });

  it("answers 404 for a source that does not exist", async () => {
    await expect(capture.captureSource(database.db, 999_999)).rejects.toMatchObject({ status: 404 });
  });
});

describe("re-checking sources", () => {
  it("finds the published claims' sources unchanged, changed or gone, and records what changed on the claim", async () => {
    const claimId = await makeClaim({ published: true });
    const same = await addSource(claimId, "/same", html(reportPage("3,100")));
    const edited = await addSource(claimId, "/edited", html(reportPage("3,100")));
    const removed = await addSource(claimId, "/removed", html(reportPage("3,100")));
    for (const id of [same, edited, removed]) await capture.captureSource(database.db, id);
    pages.set("/edited", html(reportPage("4,000")));
    pages.delete("/removed");

    const report = await recheck.recheckSources(database.db);

    const forClaim = report.filter((check) => check.claimId === claimId);
    expect(forClaim).toEqual([
      { id: same, claimId, url: site.url("/same"), status: "unchanged", note: expect.stringContaining("Same text") },
      {
        id: edited,
        claimId,
        url: site.url("/edited"),
        status: "changed",
        note: expect.stringContaining("no longer the same"),
      },
      { id: removed, claimId, url: site.url("/removed"), status: "gone", note: expect.stringContaining("HTTP 404") },
    ]);
    expect(await sourceRow(edited)).toMatchObject({
      recheckStatus: "changed",
      recheckedAt: expect.any(Date),
      // The copy the verdict relied on is kept.
      capturedText: readableReport("3,100"),
    });
    const events = await recheckEvents(claimId);
    expect(events).toHaveLength(1);
    expect(events[0]).toMatchObject({ actorId: null, details: { changed: [edited], gone: [removed] } });
    expect(events[0]?.note).toBe("Sources re-checked: 1 changed, 1 gone since captured.");
  });

  it("does not add to the timeline again while the same sources stay changed or gone", async () => {
    const claimId = await makeClaim({ published: true });
    const id = await addSource(claimId, "/moving", html(reportPage("3,100")));
    await capture.captureSource(database.db, id);
    pages.delete("/moving");
    await recheck.recheckSources(database.db, { claimId });
    const again = await recheck.recheckSources(database.db, { claimId });
    expect(again.map((check) => check.status)).toEqual(["gone"]);
    expect(await recheckEvents(claimId)).toHaveLength(1);
  });

  it("writes no event when every source is unchanged", async () => {
    const claimId = await makeClaim({ published: true });
    const id = await addSource(claimId, "/steady", html(reportPage("3,100")));
    await capture.captureSource(database.db, id);
    const report = await recheck.recheckSources(database.db, { claimId });
    expect(report.map((check) => check.status)).toEqual(["unchanged"]);
    expect(await recheckEvents(claimId)).toHaveLength(0);
  });

  it("captures a published claim's source that was never captured instead of comparing it", async () => {
    const claimId = await makeClaim({ published: true });
    const id = await addSource(claimId, "/late", html(reportPage("3,100")));
    const report = await recheck.recheckSources(database.db);
    expect(report.find((check) => check.id === id)).toMatchObject({ status: "captured" });
    expect(await sourceRow(id)).toMatchObject({
      captureStatus: "captured",
      capturedSha256: sha256(readableReport("3,100")),
      recheckStatus: null,
    });
  });

  it("leaves unpublished claims alone by default, but checks one when asked for it", async () => {
    const claimId = await makeClaim({ published: false });
    const id = await addSource(claimId, "/draft", html(reportPage("3,100")));
    await capture.captureSource(database.db, id);
    pages.set("/draft", html(reportPage("2,900")));
    expect((await recheck.recheckSources(database.db)).some((check) => check.claimId === claimId)).toBe(false);
    const report = await recheck.recheckSources(database.db, { claimId });
    expect(report).toMatchObject([{ id, status: "changed" }]);
  });

  it("answers 404 for a claim that does not exist", async () => {
    await expect(recheck.recheckSources(database.db, { claimId: 999_999 })).rejects.toMatchObject({ status: 404 });
  });
});

describe("the claim page's re-check button", () => {
  const post = async (userId: string, claimId: number) => {
    const path = `/claims/${claimId}/recheck-sources`;
    const { request, context } = await requestAs(database.db, userId, path, { method: "POST" });
    return route.action({ request, context, params: { claimId: String(claimId) } });
  };

  it("re-checks the claim's sources for an editor and goes back to the claim", async () => {
    const claimId = await makeClaim({ published: false });
    const id = await addSource(claimId, "/button", html(reportPage("3,100")));
    await capture.captureSource(database.db, id);
    pages.delete("/button");
    const response = await post(newsroom.editorId, claimId);
    expect(response.status).toBe(302);
    expect(response.headers.get("Location")).toBe(`/claims/${claimId}?rechecked=1`);
    expect(await sourceRow(id)).toMatchObject({ recheckStatus: "gone" });
    expect((await recheckEvents(claimId))[0]).toMatchObject({ actorId: newsroom.editorId, details: { gone: [id] } });
  });

  it("refuses a checker with 403 and checks nothing", async () => {
    const claimId = await makeClaim({ published: false });
    const id = await addSource(claimId, "/not-for-checkers", html(reportPage("3,100")));
    await capture.captureSource(database.db, id);
    const refusal = await post(newsroom.checkerId, claimId).then(
      () => null,
      (thrown: { init?: ResponseInit }) => thrown,
    );
    expect(refusal?.init?.status).toBe(403);
    expect(await sourceRow(id)).toMatchObject({ recheckStatus: null, recheckedAt: null });
  });
});

describe("npx claimdesk sources recheck", () => {
  function runCli(args: string[], env: Record<string, string>) {
    return new Promise<{ code: number | null; stdout: string }>((resolve) => {
      // The TypeScript source, not a build that may predate it.
      const child = spawn(process.execPath, ["--import", "tsx", "app/cli/main.ts", ...args], {
        env: { ...process.env, ...env, DATABASE_URL: "" },
      });
      let stdout = "";
      child.stdout.on("data", (chunk) => {
        stdout += chunk;
      });
      child.on("close", (code) => resolve({ code, stdout }));
    });
  }

  it("prints a line per source and a summary, and exits with 1 when a source is gone", async () => {
    const folder = mkdtempSync(path.join(tmpdir(), "claimdesk-sources-"));
    try {
      const handle = await openDatabase({ pgliteDir: folder });
      let claimId: number;
      let steady: number;
      let removed: number;
      try {
        await migrateDatabase(handle);
        const cliNewsroom = await setUpNewsroom(handle.db);
        claimId = await makeClaim({ published: true }, cliNewsroom);
        steady = await addSource(claimId, "/cli-steady", html(reportPage("3,100")), cliNewsroom);
        removed = await addSource(claimId, "/cli-removed", html(reportPage("3,100")), cliNewsroom);
        for (const id of [steady, removed]) await capture.captureSource(handle.db, id);
      } finally {
        await handle.close();
      }
      pages.delete("/cli-removed");

      const result = await runCli(["sources", "recheck"], { PGLITE_DIR: folder, FETCH_ALLOW_INTERNAL: site.hostPort });

      expect(result.stdout.split("\n")).toEqual([
        expect.stringMatching(`^unchanged +claim ${claimId}  source ${steady}  ${site.url("/cli-steady")}  Same text`),
        expect.stringMatching(`^gone +claim ${claimId}  source ${removed}  ${site.url("/cli-removed")}  .*HTTP 404`),
        "Checked 2 sources of 1 claim: 1 unchanged, 1 gone.",
        "",
      ]);
      expect(result.code).toBe(1);
    } finally {
      rmSync(folder, { recursive: true, force: true });
    }
  }, 120_000);
});
