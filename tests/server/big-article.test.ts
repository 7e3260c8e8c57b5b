import { and, eq, sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { updateArticle } from "~/.server/articles/article-edits";
import { createApiToken } from "~/.server/auth/api-tokens";
import { listArticleClaims } from "~/.server/claims/claims";
import { articles, claimEvents, claims } from "~/.server/db/schema/all-tables";
import { processLog } from "~/.server/log";
import { createUser } from "~/.server/users/user-accounts";
import { extractClaims } from "~/domain/extraction";
import { articleEditSchema } from "~/domain/schemas/article";
import { utf8ByteLength } from "~/domain/text-size";
import { parseInput } from "~/domain/validation";
import * as articleRoute from "~/routes/articles.$articleId";
import * as editRoute from "~/routes/articles.$articleId_.edit";
import * as newArticleRoute from "~/routes/articles.new";
import { callApi } from "../helpers/api-client";
import { inventBigArticle } from "../helpers/big-article";
import { requestAs } from "../helpers/requests";
import { createTestDatabase, type TestDatabase } from "../helpers/test-database";

// Repro 3 of issue 10: a dense article of about 1 MB, more than 10,000 candidates, once answered 500
// (one INSERT over Postgres' 65,535 bind parameters) and lost the pasted text.

let database: TestDatabase;
let checkerId: string;
let token: string;

beforeAll(async () => {
  database = await createTestDatabase();
  checkerId = (
    await createUser(database.db, null, {
      email: "dense@desk.test",
      displayName: "Dana Dense",
      role: "checker",
      password: "test password 123",
    })
  ).id;
  ({ token } = await createApiToken(database.db, null, checkerId, "newsroom CMS"));
}, 120_000);
afterAll(() => database?.dispose());

interface FormResult {
  status: number;
  location?: string | null;
  data?: { error: { code: string; message: string; fields?: Record<string, string> } } & Record<string, unknown>;
}

/** Posts a form (URL-encoded, or multipart for FormData) as the checker's browser would and answers the redirect, or the data the form re-renders with. */
async function postForm(
  route: { action: (args: never) => unknown },
  path: string,
  fields: Record<string, string> | FormData,
  params: Record<string, string> = {},
): Promise<FormResult> {
  const body = fields instanceof FormData ? fields : new URLSearchParams(fields);
  const args = await requestAs(database.db, checkerId, path, { method: "POST", body });
  const result = await route.action({ ...args, params } as never);
  if (result instanceof Response) return { status: result.status, location: result.headers.get("Location") };
  const refused = result as { data: FormResult["data"]; init: ResponseInit | null };
  return { status: refused.init?.status ?? 200, data: refused.data };
}

const candidateCount = (articleId: number) =>
  database.db.$count(claims, and(eq(claims.articleId, articleId), eq(claims.state, "candidate")));

async function loadArticlePage(articleId: number) {
  const args = await requestAs(database.db, checkerId, `/articles/${articleId}`);
  const page = await articleRoute.loader({ ...args, params: { articleId: String(articleId) } });
  if (!page) throw new Error("the article page loaded nothing");
  return page;
}

const articleIdIn = (location: string | null | undefined) => Number(location?.match(/^\/articles\/(\d+)$/)?.[1]);

describe("a 1 MB article with more than 10,000 candidates", () => {
  it("saves through the paste form with every candidate, and its page loads", async () => {
    const { title, body } = inventBigArticle(1);
    const found = extractClaims(body).length;
    expect(utf8ByteLength(body)).toBeGreaterThan(990_000);
    expect(found).toBeGreaterThan(10_000);

    const saved = await postForm(newArticleRoute, "/articles/new?via=paste", { title, body });
    expect(saved.status).toBe(302);
    const articleId = articleIdIn(saved.location);
    expect(await candidateCount(articleId)).toBe(found);
    const events = await database.db
      .select({ count: sql<number>`count(*)::int` })
      .from(claimEvents)
      .innerJoin(claims, eq(claims.id, claimEvents.claimId))
      .where(and(eq(claims.articleId, articleId), eq(claimEvents.action, "extracted")));
    expect(events[0]?.count).toBe(found);

    const page = await loadArticlePage(articleId);
    expect(page.article.body).toBe(body);
    expect(page.claims).toHaveLength(found);
  }, 120_000);

  it("saves through the API with all its candidates, and an edit keeps every claim on its words", async () => {
    const { title, body } = inventBigArticle(2);
    const response = await callApi(database.db, "POST", "/api/v1/articles", { token, json: { title, body } });
    expect(response.status).toBe(201);
    const found = response.body.claims.length;
    expect(found).toBeGreaterThan(10_000);
    const { id, version } = response.body.article;
    expect(await candidateCount(id)).toBe(found);

    // Shorter at the top, longer at the end: no claim stays where it was, and the text stays under 1 MB.
    const edited = `${body.replace(/^.*\n/, "Corrected.\n")}\n\nThe end.`;
    const result = await updateArticle(
      database.db,
      checkerId,
      id,
      version,
      parseInput(articleEditSchema, { title, body: edited }),
    );
    expect(result).toMatchObject({ moved: found, lost: 0 });
    const after = await listArticleClaims(database.db, id);
    expect(after).toHaveLength(found);
    expect(after.every((claim) => edited.slice(claim.start, claim.end) === claim.text)).toBe(true);
  }, 180_000);
});

describe("a save that is refused or fails", () => {
  const body = `${inventBigArticle(4, 990_000).body}\r\n\r\n  Last paragraph, typed with Windows line ends.  `;

  it("re-renders the paste form with the text exactly as it was sent, and stores nothing", async () => {
    const before = await database.db.$count(articles);
    const refused = await postForm(newArticleRoute, "/articles/new?via=paste", {
      title: "T".repeat(501),
      body,
      outlet: "Harbour Daily",
    });
    expect(refused.status).toBe(422);
    expect(refused.data?.error.fields?.title).toMatch(/title is too long/);
    expect(refused.data?.values).toMatchObject({ title: "T".repeat(501), body, outlet: "Harbour Daily" });
    expect(await database.db.$count(articles)).toBe(before);
  });

  it("keeps the typed title when an upload cannot be read, and the address when a page cannot be fetched", async () => {
    const upload = new FormData();
    upload.set("file", new File(["%PDF-1.7"], "report.pdf", { type: "application/pdf" }));
    upload.set("title", "Budget report, typed by hand");
    const file = await postForm(newArticleRoute, "/articles/new?via=file", upload);
    expect(file.status).toBe(422);
    expect(file.data?.error.message).toMatch(/cannot import \.pdf files/);
    expect(file.data?.values).toMatchObject({ title: "Budget report, typed by hand" });

    const address = "http://127.0.0.1:9/internal-report";
    const fetched = await postForm(newArticleRoute, "/articles/new?via=url", { url: address });
    expect(fetched.status).toBe(422);
    expect(fetched.data?.values).toMatchObject({ url: address });
  });

  it("keeps the text in both article forms when the database fails during the save", async () => {
    // Outside Express there is no request logger in the load context: the process log gets the failures.
    const logged = vi.spyOn(processLog(), "error").mockImplementation(() => {});
    const { title, body: original } = inventBigArticle(5, 20_000);
    const created = await callApi(database.db, "POST", "/api/v1/articles", { token, json: { title, body: original } });
    // The claim history table goes missing for a moment: every save that extracts claims fails.
    await database.db.execute(sql`alter table claim_events rename to claim_events_away`);
    try {
      const typed = `${body.slice(0, 20_000)}\r\n\r\nA new last paragraph.`;
      const failed = await postForm(newArticleRoute, "/articles/new?via=paste", { title: "New one", body: typed });
      expect(failed.status).toBe(500);
      expect(failed.data?.error.message).toMatch(/What you typed is still here/);
      expect(failed.data?.values).toMatchObject({ title: "New one", body: typed });

      const { id, version } = created.body.article;
      const edit = { title, body: typed, url: "", outlet: "", byline: "", publishedOn: "", version: String(version) };
      const failedEdit = await postForm(editRoute, `/articles/${id}/edit`, edit, { articleId: String(id) });
      expect(failedEdit.status).toBe(500);
      expect(failedEdit.data?.submitted).toMatchObject({ title, body: typed });
      expect(logged).toHaveBeenCalledTimes(2);
    } finally {
      await database.db.execute(sql`alter table claim_events_away rename to claim_events`);
      logged.mockRestore();
    }
  });
});
