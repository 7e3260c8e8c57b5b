import { eq, inArray, sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { articles, claims, importJobs, importProblems } from "~/.server/db/schema/all-tables";
import { claimNextImportJob } from "~/.server/imports/bulk/claim-job";
import { createImportJob, getImportJob, listImportJobs } from "~/.server/imports/bulk/import-jobs";
import { readyRow } from "~/.server/imports/bulk/row-article";
import { ImportJobTakenOver, storeRow } from "~/.server/imports/bulk/store-row";
import { processNextImportJob } from "~/.server/imports/bulk/worker";
import { createUser } from "~/.server/users/user-accounts";
import { parseImportRows } from "~/domain/bulk-import/parse-import";
import { createTestDatabase, type TestDatabase } from "../../helpers/test-database";

let database: TestDatabase;
let checker: { id: string; role: "checker" };
let otherChecker: { id: string; role: "checker" };
let editor: { id: string; role: "editor" };

async function user(email: string, role: "checker" | "editor") {
  const { id } = await createUser(database.db, null, { email, displayName: email, role, password: "a long password" });
  return { id, role };
}

beforeAll(async () => {
  database = await createTestDatabase();
  checker = (await user("checker@paper.test", "checker")) as typeof checker;
  otherChecker = (await user("other@paper.test", "checker")) as typeof otherChecker;
  editor = (await user("editor@paper.test", "editor")) as typeof editor;
});
afterAll(() => database.dispose());

/** An article body with a quote and a number in it, different for every n. */
const body = (n: number) =>
  `The minister said “we will open ${n} new clinics this year” on Tuesday.\n\nCritics said ${n * 3}% of them were already planned.`;
const jsonl = (rows: unknown[]) => rows.map((row) => (typeof row === "string" ? row : JSON.stringify(row))).join("\n");

async function runAll() {
  while (await processNextImportJob(database.db)) {}
}

async function jobRow(id: number) {
  const [job] = await database.db.select().from(importJobs).where(eq(importJobs.id, id));
  if (!job) throw new Error(`no job ${id}`);
  return job;
}

async function problemsOf(jobId: number) {
  return database.db
    .select({
      line: importProblems.line,
      kind: importProblems.kind,
      message: importProblems.message,
      articleId: importProblems.articleId,
    })
    .from(importProblems)
    .where(eq(importProblems.jobId, jobId))
    .orderBy(importProblems.line);
}

const titlesCount = async (titles: string[]) => database.db.$count(articles, inArray(articles.title, titles));

describe("a bulk import of JSON Lines", () => {
  const goodTitles = ["Clinics 1", "Clinics 2", "Clinics 3", "Clinics 4"];
  const file = jsonl([
    { title: "Clinics 1", body: body(1), outlet: "The Ledger" },
    "",
    { title: "Clinics 2", text: body(2), published_at: "2025-04-01" },
    '{"title": "Broken", "body": ',
    { body: body(100) },
    { title: "Clinics 3", body: body(3) },
    { title: "Huge", body: "a".repeat(1_100_000) },
    { title: "Clinics 1 again", body: body(1) },
    { title: "Clinics 4", body: body(4) },
  ]);
  let firstJobId: number;

  it("stores the good rows once, reports each bad row with its line and reason, and counts everything", async () => {
    const { id } = await createImportJob(database.db, checker, { fileName: "batch.jsonl", format: "auto", text: file });
    firstJobId = id;
    expect(await jobRow(id)).toMatchObject({ status: "queued", format: "jsonl", total: 8, processed: 0 });

    await runAll();

    expect(await jobRow(id)).toMatchObject({
      status: "done",
      total: 8,
      processed: 8,
      imported: 4,
      duplicates: 1,
      failed: 3,
      payload: null,
      failure: null,
    });
    const [firstArticle] = await database.db.select().from(articles).where(eq(articles.title, "Clinics 1"));
    expect(await problemsOf(id)).toEqual([
      { line: 4, kind: "error", message: expect.stringMatching(/^Not valid JSON: /), articleId: null },
      { line: 5, kind: "error", message: 'The "title" key is missing.', articleId: null },
      {
        line: 7,
        kind: "error",
        message: "The article text is 1.1 MB; the limit is 1.0 MB. Split it into parts or trim it.",
        articleId: null,
      },
      {
        line: 8,
        kind: "duplicate",
        message: `This text is already in Claimdesk as “Clinics 1” (article ${firstArticle?.id}).`,
        articleId: firstArticle?.id,
      },
    ]);
    expect(await titlesCount(goodTitles)).toBe(4);
    expect(firstArticle).toMatchObject({ outlet: "The Ledger", createdBy: checker.id });
    expect(await titlesCount(["Broken", "Huge", "Clinics 1 again"])).toBe(0);
    expect(await database.db.$count(articles, eq(articles.body, body(100)))).toBe(0);
  });

  it("stores every imported article together with its extracted claims, and no claims for refused rows", async () => {
    const stored = await database.db
      .select({ title: articles.title, claims: sql<number>`count(${claims.id})::int` })
      .from(articles)
      .leftJoin(claims, eq(claims.articleId, articles.id))
      .where(inArray(articles.title, goodTitles))
      .groupBy(articles.title);
    expect(stored).toHaveLength(4);
    for (const article of stored) expect(article.claims).toBeGreaterThan(0);
    // Only these four articles exist so far: every claim in the database is one of theirs.
    const claimsOfGoodRows = stored.reduce((sum, article) => sum + article.claims, 0);
    expect(await database.db.$count(claims)).toBe(claimsOfGoodRows);
  });

  it("stores nothing new when the same file is imported again: every good row is a duplicate", async () => {
    const articlesBefore = await database.db.$count(articles);
    const claimsBefore = await database.db.$count(claims);
    const { id } = await createImportJob(database.db, checker, {
      fileName: "batch.jsonl",
      format: "jsonl",
      text: file,
    });
    await runAll();
    expect(await jobRow(id)).toMatchObject({ status: "done", processed: 8, imported: 0, duplicates: 5, failed: 3 });
    expect(await database.db.$count(articles)).toBe(articlesBefore);
    expect(await database.db.$count(claims)).toBe(claimsBefore);
    const duplicates = (await problemsOf(id)).filter((problem) => problem.kind === "duplicate");
    expect(duplicates.map((problem) => problem.line)).toEqual([1, 3, 6, 8, 9]);
    for (const duplicate of duplicates) expect(duplicate.articleId).toEqual(expect.any(Number));
    expect(firstJobId).toBeLessThan(id);
  });
});

describe("a bulk import of CSV", () => {
  it("reports the lines where records start, counting the newlines inside quoted bodies", async () => {
    const text = [
      "Title,Body,Outlet",
      `"Harbour, phase 1","${body(201).replace(/"/g, '""')}",The Ledger`,
      ",no title here,X",
      `Harbour 2,"${body(202)}"`,
      "Harbour 3,,The Ledger",
    ].join("\n");
    const { id } = await createImportJob(database.db, checker, { fileName: "harbour.csv", format: "auto", text });
    await runAll();
    expect(await jobRow(id)).toMatchObject({ status: "done", total: 4, imported: 1, failed: 3 });
    expect((await problemsOf(id)).map(({ line, message }) => [line, message])).toEqual([
      // The first record's body spans lines 2 to 4.
      [5, 'The "title" column is empty.'],
      [6, expect.stringContaining("This row has 2 fields but the header has 3")],
      // After the second record's body (lines 6 to 8); in the file's words, not the paste form's
      // ("Paste the article text.").
      [9, 'The "body" column is empty.'],
    ]);
  });
});

describe("starting an import", () => {
  it("refuses a file without rows and a CSV without the needed columns, storing no job", async () => {
    const before = await database.db.$count(importJobs);
    await expect(
      createImportJob(database.db, checker, { fileName: "empty.jsonl", format: "auto", text: "\n  \n" }),
    ).rejects.toMatchObject({ status: 422, message: "empty.jsonl has no rows to import." });
    await expect(
      createImportJob(database.db, checker, { fileName: "x.csv", format: "auto", text: "name,text\na,b" }),
    ).rejects.toMatchObject({ status: 422, message: expect.stringContaining('"title" is missing') });
    expect(await database.db.$count(importJobs)).toBe(before);
  });

  it("shows fact-checkers their own imports and editors everyone's", async () => {
    const { id } = await createImportJob(database.db, otherChecker, {
      fileName: "theirs.jsonl",
      format: "jsonl",
      text: jsonl([{ title: "Theirs", body: body(300) }]),
    });
    const mine = await listImportJobs(database.db, checker, { limit: 100 });
    expect(mine.length).toBeGreaterThan(0);
    expect(mine.every((job) => job.createdBy === checker.id)).toBe(true);
    expect((await listImportJobs(database.db, editor, { limit: 100 })).map((job) => job.id)).toContain(id);
    await expect(getImportJob(database.db, checker, id, { problemLimit: 10 })).rejects.toMatchObject({ status: 404 });
    const seen = await getImportJob(database.db, editor, id, { problemLimit: 10 });
    expect(seen.job).toMatchObject({ id, fileName: "theirs.jsonl", createdByName: "other@paper.test" });
    expect(seen.job).not.toHaveProperty("payload");
    await runAll();
  });
});

describe("resuming after a crash", () => {
  const rows = Array.from({ length: 6 }, (_, index) => ({ title: `Resume ${index + 1}`, body: body(400 + index) }));

  it("carries on from the first row not processed, once the heartbeat is stale, without storing anything twice", async () => {
    const { id } = await createImportJob(database.db, checker, {
      fileName: "resume.jsonl",
      format: "jsonl",
      text: jsonl(rows),
    });
    const claimed = await claimNextImportJob(database.db);
    expect(claimed).toMatchObject({ id, processed: 0 });
    if (!claimed) return;
    // The first server stores two rows, then dies.
    const parsed = parseImportRows("jsonl", jsonl(rows));
    for (const position of [0, 1]) {
      const row = parsed[position];
      if (row) await storeRow(database.db, claimed, position, await readyRow(row, {}));
    }
    // While its heartbeat is fresh, no other server takes the job.
    expect(await claimNextImportJob(database.db)).toBeNull();
    await database.db
      .update(importJobs)
      .set({ heartbeatAt: sql`now() - interval '5 minutes'` })
      .where(eq(importJobs.id, id));

    expect(await processNextImportJob(database.db)).toBe(true);

    expect(await jobRow(id)).toMatchObject({ status: "done", processed: 6, imported: 6, duplicates: 0, failed: 0 });
    expect(await problemsOf(id)).toEqual([]);
    for (const row of rows) expect(await titlesCount([row.title])).toBe(1);
  });

  it("rolls a row back when another server has already moved the job on", async () => {
    const text = jsonl([{ title: "Contested", body: body(500) }]);
    const { id } = await createImportJob(database.db, checker, { fileName: "race.jsonl", format: "jsonl", text });
    const claimed = await claimNextImportJob(database.db);
    if (!claimed) throw new Error("not claimed");
    await database.db.update(importJobs).set({ processed: 1 }).where(eq(importJobs.id, id));
    const [row] = parseImportRows("jsonl", text);
    if (!row) throw new Error("no row");
    await expect(storeRow(database.db, claimed, 0, await readyRow(row, {}))).rejects.toBeInstanceOf(ImportJobTakenOver);
    expect(await titlesCount(["Contested"])).toBe(0);
    expect(await jobRow(id)).toMatchObject({ processed: 1, imported: 0 });
    await database.db.update(importJobs).set({ status: "done" }).where(eq(importJobs.id, id));
  });
});

describe("several servers polling the same database", () => {
  it("never hands the same job to two of them", async () => {
    const text = jsonl([{ title: "Parallel", body: body(600) }]);
    const created = [
      await createImportJob(database.db, checker, { fileName: "a.jsonl", format: "jsonl", text }),
      await createImportJob(database.db, checker, { fileName: "b.jsonl", format: "jsonl", text }),
    ];
    const claimed = await Promise.all([claimNextImportJob(database.db), claimNextImportJob(database.db)]);
    expect(claimed.map((job) => job?.id).sort()).toEqual(created.map((job) => job.id).sort());
    expect(await claimNextImportJob(database.db)).toBeNull();
    await database.db
      .update(importJobs)
      .set({ status: "done" })
      .where(
        inArray(
          importJobs.id,
          created.map((job) => job.id),
        ),
      );
  });
});
