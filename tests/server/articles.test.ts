import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createArticle, getArticle, listArticles } from "~/.server/articles/articles";
import { articles } from "~/.server/db/schema/all-tables";
import { createUser } from "~/.server/users/user-accounts";
import { articleInputSchema } from "~/domain/schemas/article";
import { parseInput } from "~/domain/validation";
import { createTestDatabase, type TestDatabase } from "../helpers/test-database";

let database: TestDatabase;
let checkerId: string;

beforeAll(async () => {
  database = await createTestDatabase();
  checkerId = (
    await createUser(database.db, null, {
      email: "c@paper.test",
      displayName: "C",
      role: "checker",
      password: "checker password",
    })
  ).id;
});
afterAll(() => database.dispose());

const body = "The mayor said “we will build it” and promised 1,200 jobs.\n\nCritics disagreed.";

describe("articles", () => {
  it("stores a pasted article with its paragraphs and who added it", async () => {
    const article = await createArticle(
      database.db,
      checkerId,
      parseInput(articleInputSchema, {
        title: "  Bridge vote  ",
        body,
        outlet: "The Ledger",
        url: "",
        publishedOn: "2025-03-14",
      }),
    );
    const stored = await getArticle(database.db, article.id);
    expect(stored).toMatchObject({
      title: "Bridge vote",
      body,
      outlet: "The Ledger",
      url: null,
      publishedOn: "2025-03-14",
      createdByName: "C",
    });
    expect(stored.bodySha256).toMatch(/^[0-9a-f]{64}$/);
  });

  it("refuses the same text a second time and says where the first copy is", async () => {
    const first = await createArticle(
      database.db,
      checkerId,
      parseInput(articleInputSchema, {
        title: "Original",
        body: "Unique text\r\nwith Windows line endings.",
      }),
    );
    await expect(
      createArticle(
        database.db,
        checkerId,
        parseInput(articleInputSchema, { title: "Copy", body: "Unique text\nwith Windows line endings." }),
      ),
    ).rejects.toMatchObject({
      status: 409,
      message: expect.stringContaining(`article ${first.id}`),
    });
  });

  it("refuses a 2 MB body with a clear message and writes nothing", async () => {
    const before = await database.db.$count(articles);
    expect(() => parseInput(articleInputSchema, { title: "Huge", body: "a".repeat(2_000_000) })).toThrow(
      expect.objectContaining({ status: 413, message: expect.stringMatching(/2\.0 MB; the limit is 1\.0 MB/) }),
    );
    expect(await database.db.$count(articles)).toBe(before);
  });

  it("requires a title and some text", async () => {
    expect(() => parseInput(articleInputSchema, { title: " ", body: "   " })).toThrow(
      expect.objectContaining({
        status: 422,
        fields: { title: "Give the article a title.", body: "Paste the article text." },
      }),
    );
  });

  it("refuses a URL that is not http or https", async () => {
    expect(() =>
      parseInput(articleInputSchema, { title: "Link", body: "Some text.", url: "javascript:alert(1)" }),
    ).toThrow(expect.objectContaining({ status: 422, fields: { url: expect.stringContaining("http") } }));
  });

  it("lists newest first, a page at a time, without repeating or skipping", async () => {
    for (let i = 0; i < 5; i++)
      await createArticle(
        database.db,
        checkerId,
        parseInput(articleInputSchema, { title: `Paged ${i}`, body: `Paged body ${i}` }),
      );
    const seen: number[] = [];
    let beforeId: number | undefined;
    for (;;) {
      const page = await listArticles(database.db, { limit: 2, beforeId });
      seen.push(...page.articles.map((article) => article.id));
      if (!page.nextBeforeId) break;
      beforeId = page.nextBeforeId;
    }
    const all = (await database.db.select({ id: articles.id }).from(articles))
      .map((row) => row.id)
      .sort((a, b) => b - a);
    expect(seen).toEqual(all);
  });
});
