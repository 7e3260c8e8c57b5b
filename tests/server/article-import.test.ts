import { readFileSync } from "node:fs";
import type http from "node:http";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { createArticle, getArticle } from "~/.server/articles/articles";
import { articles } from "~/.server/db/schema/all-tables";
import { createUser } from "~/.server/users/user-accounts";
import * as service from "~/.server/web/add-article";
import { articleInputSchema } from "~/domain/schemas/article";
import { parseInput } from "~/domain/validation";
import { buildDocx } from "../domain/import/build-docx";
import { createTestDatabase, type TestDatabase } from "../helpers/test-database";
import { type LocalServer, startLocalServer } from "./fetch/local-server";

const fixture = (name: string) => readFileSync(new URL(`../fixtures/import/${name}`, import.meta.url));

const storyPage = `<!doctype html><html><head><title>Tram line delayed again | Valley Post</title>
<meta property="og:site_name" content="Valley Post"><meta name="author" content="Ada Brook">
<meta property="article:published_time" content="2026-02-03T10:00:00Z"></head>
<body><article><h1>Tram line delayed again</h1>
<p>The tram line will open in 2028, two years late, the transport office said on Monday.</p>
<p>“We underestimated the ground works,” its director, Paul Mensah, told the council.</p></article></body></html>`;

/** The same story under another URL, for the duplicate check (the first import stores the story page itself). */
const storyPageWithoutHeading = () =>
  Buffer.from(storyPage.replace("Tram line delayed again</h1>", "Tram works</h1>").replace("on Monday", "on Tuesday"));

let database: TestDatabase;
let checkerId: string;
// Two servers on 127.0.0.1: the allow-listed one plays the newsroom's test site; the other stands for
// any internal service, which must stay out of reach.
let allowed: LocalServer;
let internal: LocalServer;
let internalHits = 0;

const routes: Record<string, http.RequestListener> = {
  "/story": (_request, response) => {
    response.writeHead(200, { "content-type": "text/html; charset=utf-8" });
    response.end(storyPage);
  },
  "/story-again": (_request, response) => {
    response.writeHead(200, { "content-type": "text/html; charset=utf-8" });
    response.end(storyPageWithoutHeading());
  },
  "/to-internal": (_request, response) => {
    response.writeHead(302, { location: internal.url("/admin") });
    response.end();
  },
  "/gone": (_request, response) => {
    response.writeHead(404, { "content-type": "text/html" });
    response.end("<p>Not here</p>");
  },
  "/report.pdf": (_request, response) => {
    response.writeHead(200, { "content-type": "application/pdf" });
    response.end("%PDF-1.7");
  },
  "/huge": (_request, response) => {
    response.writeHead(200, { "content-type": "text/html" });
    response.end(`<p>${"x".repeat(6 * 1024 * 1024)}</p>`);
  },
};

beforeAll(async () => {
  database = await createTestDatabase();
  checkerId = (
    await createUser(database.db, null, {
      email: "importer@paper.test",
      displayName: "Importer",
      role: "checker",
      password: "importer password",
    })
  ).id;
  allowed = await startLocalServer((request, response) => {
    const route = routes[request.url ?? ""];
    if (route) return route(request, response);
    response.writeHead(404);
    response.end();
  });
  internal = await startLocalServer((_request, response) => {
    internalHits++;
    response.end("<p>internal</p>");
  });
  // Imports and source captures may fetch from this local site.
  vi.stubEnv("FETCH_ALLOW_INTERNAL", allowed.hostPort);
});

afterAll(async () => {
  vi.unstubAllEnvs();
  await allowed?.close();
  await internal?.close();
  await database?.dispose();
});

const articleCount = () => database.db.$count(articles);

async function expectNothingWritten(attempt: () => Promise<unknown>, expected: object) {
  const before = await articleCount();
  await expect(attempt()).rejects.toMatchObject(expected);
  expect(await articleCount()).toBe(before);
}

describe("importing a file", () => {
  it("stores a .txt file with its paragraphs under the typed title", async () => {
    const bytes = Buffer.from("The council approved 40 new homes.\r\n\r\nResidents objected.\n");
    const article = await service.importArticleFile(database.db, checkerId, { name: "notes.txt", bytes }, "Homes vote");
    expect(await getArticle(database.db, article.id)).toMatchObject({
      title: "Homes vote",
      body: "The council approved 40 new homes.\n\nResidents objected.",
      createdByName: "Importer",
    });
  });

  it("asks for a title when a .txt file has none, and writes nothing", async () => {
    const bytes = Buffer.from("Untitled text.");
    await expectNothingWritten(() => service.importArticleFile(database.db, checkerId, { name: "a.txt", bytes }, " "), {
      status: 422,
      message: expect.stringContaining("a.txt has no heading to use as the title"),
      fields: { title: "Type a title for this file." },
    });
  });

  it("stores a saved web page with its title, outlet, byline and date from the page's metadata", async () => {
    const bytes = fixture("news-article.html");
    const article = await service.importArticleFile(database.db, checkerId, { name: "bridge.html", bytes }, "");
    expect(await getArticle(database.db, article.id)).toMatchObject({
      title: "Harbourton bridge repairs to cost twice the estimate, council says",
      outlet: "The Harbourton Courier",
      byline: "Mira Okonkwo, Tomás Lindqvist",
      publishedOn: "2026-03-14",
      url: null,
      body: expect.stringMatching(/^The repair of the Old Quay bridge/),
    });
  });

  it("stores a Markdown file titled by its first heading, without the Markdown syntax", async () => {
    const bytes = fixture("opinion-piece.md");
    const article = await service.importArticleFile(database.db, checkerId, { name: "opinion.md", bytes }, "");
    const stored = await getArticle(database.db, article.id);
    expect(stored.title).toBe("Ferry fares: what the harbour authority did not say");
    expect(stored.body).toMatch(/^Posted by the Harbourton Courier opinion desk\./);
    expect(stored.body).not.toMatch(/[*#[\]]{2}|\]\(/);
    expect(stored.body.split("\n\n")).toContain("The single fare goes from 2.40 to 2.60 crowns.");
  });

  it("stores a Word document titled by its Title paragraph; a typed title replaces it", async () => {
    const bytes = await buildDocx([
      { text: "Budget gap widens", style: "Title" },
      { text: "The city faces a deficit of 12 million euros." },
      { text: "The mayor said cuts were unavoidable." },
    ]);
    const article = await service.importArticleFile(database.db, checkerId, { name: "budget.docx", bytes }, "");
    expect(await getArticle(database.db, article.id)).toMatchObject({
      title: "Budget gap widens",
      body: "The city faces a deficit of 12 million euros.\n\nThe mayor said cuts were unavoidable.",
    });
    const other = await buildDocx([{ text: "Heading", style: "Heading1" }, { text: "A different body." }]);
    const retitled = await service.importArticleFile(database.db, checkerId, { name: "b.docx", bytes: other }, "Mine");
    expect((await getArticle(database.db, retitled.id)).title).toBe("Mine");
  });

  it("refuses a file type it cannot read, and a damaged Word document, with 422", async () => {
    await expectNothingWritten(
      () => service.importArticleFile(database.db, checkerId, { name: "scan.pdf", bytes: Buffer.from("%PDF") }, "T"),
      { status: 422, message: expect.stringContaining("cannot import .pdf files") },
    );
    await expectNothingWritten(
      () => service.importArticleFile(database.db, checkerId, { name: "x.docx", bytes: Buffer.from("not a zip") }, "T"),
      { status: 422, message: expect.stringContaining("could not be read as a Word document") },
    );
  });

  it("refuses a file that is already in Claimdesk and names the stored copy", async () => {
    const first = await createArticle(
      database.db,
      checkerId,
      parseInput(articleInputSchema, { title: "Dup source", body: "Only once, please." }),
    );
    await expectNothingWritten(
      () =>
        service.importArticleFile(
          database.db,
          checkerId,
          { name: "again.txt", bytes: Buffer.from("Only once, please.\n") },
          "Again",
        ),
      { status: 409, existingArticleId: first.id, message: expect.stringContaining(`article ${first.id}`) },
    );
  });
});

describe("importing from a web address", () => {
  it("fetches an allow-listed local page and stores its article with its metadata and address", async () => {
    const article = await service.importArticleFromUrl(database.db, checkerId, allowed.url("/story"));
    expect(await getArticle(database.db, article.id)).toMatchObject({
      title: "Tram line delayed again",
      url: allowed.url("/story"),
      outlet: "Valley Post",
      byline: "Ada Brook",
      publishedOn: "2026-02-03",
      body:
        "The tram line will open in 2028, two years late, the transport office said on Monday.\n\n" +
        "“We underestimated the ground works,” its director, Paul Mensah, told the council.",
    });
  });

  it("refuses an address on 127.0.0.1 that is not allow-listed, without connecting or writing", async () => {
    const before = internalHits;
    await expectNothingWritten(() => service.importArticleFromUrl(database.db, checkerId, internal.url("/admin")), {
      status: 422,
      message: expect.stringMatching(
        /^Refused to fetch .*127\.0\.0\.1 is a loopback address.*not a public internet address/,
      ),
    });
    expect(internalHits).toBe(before);
  });

  it("refuses an allowed page that redirects to another local port, without following it", async () => {
    const before = internalHits;
    await expectNothingWritten(
      () => service.importArticleFromUrl(database.db, checkerId, allowed.url("/to-internal")),
      {
        status: 422,
        message: expect.stringContaining(`Refused to follow the redirect from ${allowed.url("/to-internal")}`),
      },
    );
    expect(internalHits).toBe(before);
  });

  it.each([
    ["/gone", 502, "it answered with HTTP 404"],
    ["/report.pdf", 422, "is a PDF document, not a web page"],
    ["/huge", 413, "MB"],
  ])("refuses %s with %i and a message, writing nothing", async (path, status, message) => {
    await expectNothingWritten(() => service.importArticleFromUrl(database.db, checkerId, allowed.url(path)), {
      status,
      message: expect.stringContaining(message),
    });
  });

  it("refuses an empty address and a non-web address with 422", async () => {
    await expectNothingWritten(() => service.importArticleFromUrl(database.db, checkerId, "  "), {
      status: 422,
      fields: { url: "Enter a web address." },
    });
    await expectNothingWritten(() => service.importArticleFromUrl(database.db, checkerId, "file:///etc/passwd"), {
      status: 422,
      message: expect.stringContaining("only web addresses starting with http:// or https://"),
    });
  });

  it("refuses a page whose article is already stored, pointing at the copy", async () => {
    const saved = await service.importArticleFile(
      database.db,
      checkerId,
      { name: "saved.html", bytes: storyPageWithoutHeading() },
      "Saved copy",
    );
    await expectNothingWritten(
      () => service.importArticleFromUrl(database.db, checkerId, allowed.url("/story-again")),
      {
        status: 409,
        existingArticleId: saved.id,
      },
    );
  });
});
