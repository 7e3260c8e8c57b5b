import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createArticle } from "~/.server/articles/articles";
import { createImportJob } from "~/.server/imports/bulk/import-jobs";
import { processNextImportJob } from "~/.server/imports/bulk/worker";
import { createUser } from "~/.server/users/user-accounts";
import { articleInputSchema } from "~/domain/schemas/article";
import { parseInput } from "~/domain/validation";
import * as articlesPage from "~/routes/articles._index";
import * as importPage from "~/routes/imports.$jobId";
import { requestAs } from "../helpers/requests";
import { createTestDatabase, type TestDatabase } from "../helpers/test-database";

// The Articles page finds articles by title or outlet, a page at a time; a finished bulk import links
// to the articles it stored and lists its rows not imported a page at a time.

let database: TestDatabase;
let checkerId: string;

beforeAll(async () => {
  database = await createTestDatabase();
  checkerId = (
    await createUser(database.db, null, {
      email: "search.checker@paper.test",
      displayName: "Search Checker",
      role: "checker",
      password: "test password 123",
    })
  ).id;
});
afterAll(() => database.dispose());

async function articleList(query: string) {
  const args = await requestAs(database.db, checkerId, `/articles${query}`);
  return articlesPage.loader({ ...args, params: {} });
}

const body = (n: number) => `The mayor said “we will plant ${n} trees” on Monday, article number ${n}.`;

describe("searching the Articles page", () => {
  beforeAll(async () => {
    for (let n = 1; n <= 55; n++) {
      await createArticle(
        database.db,
        checkerId,
        parseInput(articleInputSchema, {
          title: `Harbour bridge ${n}`,
          body: body(n),
          outlet: "The Ledger",
        }),
      );
    }
    await createArticle(
      database.db,
      checkerId,
      parseInput(articleInputSchema, { title: "Tram fares", body: body(100), outlet: "Harbour Times" }),
    );
    await createArticle(
      database.db,
      checkerId,
      parseInput(articleInputSchema, { title: "100% sure_thing", body: body(101), outlet: null }),
    );
  });

  it("finds articles by words in the title or the outlet, in any letter case", async () => {
    const tram = await articleList("?q=tram");
    expect(tram.articles.map((article) => article.title)).toEqual(["Tram fares"]);
    const byOutlet = await articleList("?q=harbour+times");
    expect(byOutlet.articles.map((article) => article.title)).toEqual(["Tram fares"]);
    expect(byOutlet.q).toBe("harbour times");
  });

  it("takes % and _ as the characters typed, not as wildcards", async () => {
    expect((await articleList("?q=%25")).articles.map((article) => article.title)).toEqual(["100% sure_thing"]);
    expect((await articleList("?q=e_t")).articles.map((article) => article.title)).toEqual(["100% sure_thing"]);
  });

  it("pages through the matches by keyset, the search kept", async () => {
    const first = await articleList("?q=harbour");
    expect(first.articles).toHaveLength(50);
    expect(first.articles[0]?.title).toBe("Tram fares");
    expect(first.nextBeforeId).not.toBeNull();
    const second = await articleList(`?q=harbour&before=${first.nextBeforeId}`);
    expect(second.articles.map((article) => article.title)).toEqual([
      "Harbour bridge 6",
      "Harbour bridge 5",
      "Harbour bridge 4",
      "Harbour bridge 3",
      "Harbour bridge 2",
      "Harbour bridge 1",
    ]);
    expect(second.nextBeforeId).toBeNull();
  });

  it("answers an empty search with every article and a nonsense page with the first", async () => {
    expect((await articleList("?q=")).articles).toHaveLength(50);
    expect((await articleList("?before=abc")).articles).toHaveLength(50);
    expect((await articleList("?q=no+such+thing")).articles).toEqual([]);
  });
});

describe("a finished bulk import", () => {
  let jobId: number;

  beforeAll(async () => {
    const rows = [
      ...Array.from({ length: 3 }, (_, n) => ({ title: `Imported ${n}`, body: body(1000 + n) })),
      // Sixty duplicates of the first row: more than a page of rows not imported.
      ...Array.from({ length: 60 }, (_, n) => ({ title: `Again ${n}`, body: body(1000) })),
    ];
    const text = rows.map((row) => JSON.stringify(row)).join("\n");
    jobId = (
      await createImportJob(
        database.db,
        { id: checkerId, role: "checker" },
        { fileName: "batch.jsonl", format: "auto", text },
      )
    ).id;
    while (await processNextImportJob(database.db)) {}
  });

  async function importView(query = "") {
    const args = await requestAs(database.db, checkerId, `/imports/${jobId}${query}`);
    return (await importPage.loader({ ...args, params: { jobId: String(jobId) } })) as Awaited<
      ReturnType<typeof importPage.loader>
    >;
  }

  it("leads to the articles it stored, and only those", async () => {
    const view = await importView();
    expect(view?.job).toMatchObject({ status: "done", imported: 3, duplicates: 60 });
    const list = await articleList(`?import=${jobId}`);
    expect(list.articles.map((article) => article.title)).toEqual(["Imported 2", "Imported 1", "Imported 0"]);
    expect(list.importJobId).toBe(jobId);
  });

  it("lists its rows not imported a page at a time instead of all at once", async () => {
    const first = await importView();
    expect(first?.problems).toHaveLength(25);
    expect(first?.problems[0]?.line).toBe(4);
    expect(first?.nextHref).toBe("?after=28#problems-heading");
    expect(first?.firstHref).toBeNull();
    const third = await importView("?after=53");
    expect(third?.problems.map((problem) => problem.line)).toEqual([54, 55, 56, 57, 58, 59, 60, 61, 62, 63]);
    expect(third?.nextHref).toBeNull();
    expect(third?.firstHref).toBe("?#problems-heading");
  });
});
