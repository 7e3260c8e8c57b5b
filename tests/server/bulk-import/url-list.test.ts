import { eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { articles, importJobs, importProblems } from "~/.server/db/schema/all-tables";
import { createImportJob } from "~/.server/imports/bulk/import-jobs";
import { processNextImportJob } from "~/.server/imports/bulk/worker";
import { createUser } from "~/.server/users/user-accounts";
import { createTestDatabase, type TestDatabase } from "../../helpers/test-database";
import { type LocalServer, startLocalServer } from "../fetch/local-server";

let database: TestDatabase;
let checker: { id: string; role: "checker" };
let newsSite: LocalServer;
let internalSite: LocalServer;
let internalHits = 0;

const page = (title: string, sentence: string) => `<!doctype html><html><head><title>${title}</title>
<meta property="og:site_name" content="Harbour News"><meta property="article:published_time" content="2025-05-02T08:00:00Z">
</head><body><article><h1>${title}</h1><p>${sentence}</p><p>The council said “the ferry will run every 20 minutes” from June.</p>
<p>Ridership rose by 14% last year, officials said.</p></article></body></html>`;

beforeAll(async () => {
  database = await createTestDatabase();
  const { id } = await createUser(database.db, null, {
    email: "urls@paper.test",
    displayName: "URL checker",
    role: "checker",
    password: "a long password",
  });
  checker = { id, role: "checker" };
  newsSite = await startLocalServer((request, response) => {
    const match = /^\/story\/(\d+)$/.exec(request.url ?? "");
    if (!match) {
      response.writeHead(404).end("not here");
      return;
    }
    response.writeHead(200, { "content-type": "text/html; charset=utf-8" });
    response.end(page(`Ferry story ${match[1]}`, `Story number ${match[1]} about the ferry timetable.`));
  });
  internalSite = await startLocalServer((_request, response) => {
    internalHits += 1;
    response.end("never served");
  });
});
afterAll(async () => {
  await newsSite?.close();
  await internalSite?.close();
  await database?.dispose();
});

describe("a bulk import of web addresses", () => {
  it("fetches each allowed page, and reports refused and failed addresses as row errors with their lines", async () => {
    const text = [
      newsSite.url("/story/1"),
      "",
      internalSite.url("/admin"),
      newsSite.url("/story/2"),
      newsSite.url("/missing"),
      "ftp://files.test/x",
    ].join("\n");
    const { id } = await createImportJob(database.db, checker, { fileName: "links.txt", format: "auto", text });

    while (await processNextImportJob(database.db, { allowInternal: [newsSite.hostPort] })) {}

    const [job] = await database.db.select().from(importJobs).where(eq(importJobs.id, id));
    expect(job).toMatchObject({ format: "urls", status: "done", total: 5, imported: 2, failed: 3, duplicates: 0 });
    const stored = await database.db
      .select({ title: articles.title, url: articles.url, outlet: articles.outlet, publishedOn: articles.publishedOn })
      .from(articles)
      .orderBy(articles.id);
    expect(stored).toEqual([
      { title: "Ferry story 1", url: newsSite.url("/story/1"), outlet: "Harbour News", publishedOn: "2025-05-02" },
      { title: "Ferry story 2", url: newsSite.url("/story/2"), outlet: "Harbour News", publishedOn: "2025-05-02" },
    ]);
    const problems = await database.db
      .select({ line: importProblems.line, message: importProblems.message })
      .from(importProblems)
      .where(eq(importProblems.jobId, id))
      .orderBy(importProblems.line);
    expect(problems).toEqual([
      {
        line: 3,
        message: expect.stringMatching(
          new RegExp(
            `^Refused to fetch ${internalSite.url("/admin")}: the address 127\\.0\\.0\\.1 is a loopback address`,
          ),
        ),
      },
      { line: 5, message: expect.stringContaining("it answered with HTTP 404") },
      { line: 6, message: expect.stringContaining("only web addresses starting with http:// or https://") },
    ]);
    expect(internalHits).toBe(0);
  });
});
