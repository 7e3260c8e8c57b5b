import { eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { handleApi } from "~/.server/api/api-route";
import { createApiToken, listApiTokens, revokeApiToken } from "~/.server/auth/api-tokens";
import { apiTokens, auditEvents } from "~/.server/db/schema/all-tables";
import { createLogger } from "~/.server/log";
import { createUser, setDisabled } from "~/.server/users/user-accounts";
import { MAX_ARTICLE_BYTES } from "~/domain/limits";
import type { Role } from "~/domain/roles";
import { type ApiCallOptions, callApi } from "../helpers/api-client";
import { requestAs } from "../helpers/requests";
import { createTestDatabase, type TestDatabase } from "../helpers/test-database";

let database: TestDatabase;
const people: Record<"checker" | "otherChecker" | "editor" | "otherEditor" | "admin", { id: string; token: string }> =
  {} as never;

async function person(key: keyof typeof people, role: Role) {
  const user = await createUser(database.db, null, {
    email: `${key}@newsroom.test`,
    displayName: key,
    role,
    password: "test password 123",
  });
  const { token } = await createApiToken(database.db, null, user.id, `${key}'s script`);
  people[key] = { id: user.id, token };
}

beforeAll(async () => {
  database = await createTestDatabase();
  await person("checker", "checker");
  await person("otherChecker", "checker");
  await person("editor", "editor");
  await person("otherEditor", "editor");
  await person("admin", "admin");
});
afterAll(() => database.dispose());

const as = (key: keyof typeof people, options: ApiCallOptions = {}) => ({ token: people[key].token, ...options });
const api = (method: string, path: string, options: ApiCallOptions = {}) => callApi(database.db, method, path, options);

let articleCount = 0;
/** A new article through the API, with a quote, a number and a second speaker. */
async function postArticle(who: keyof typeof people = "checker") {
  articleCount += 1;
  const body = [
    `Mayor Dana Holt said the city planted 12,${String(articleCount).padStart(3, "0")} trees last year.`,
    "“We kept every promise,” Holt told reporters on Monday.",
  ].join("\n\n");
  const response = await api("POST", "/api/v1/articles", as(who, { json: { title: `Trees ${articleCount}`, body } }));
  expect(response.status).toBe(201);
  return response.body as { article: { id: number; body: string }; claims: ApiClaim[] };
}

interface ApiClaim {
  id: number;
  articleId: number;
  kind: string;
  text: string;
  state: string;
  version: number;
  speaker: { id: number; name: string } | null;
  assignee: { id: string; name: string } | null;
}

async function numericCandidate(who: keyof typeof people = "checker") {
  const { claims } = await postArticle(who);
  const claim = claims.find((each) => each.kind === "numeric");
  if (!claim) throw new Error("extraction found no figure");
  return claim;
}

const move = (who: keyof typeof people, claim: { id: number; version: number }, json: Record<string, unknown>) =>
  api("POST", `/api/v1/claims/${claim.id}/transitions`, as(who, { json: { version: claim.version, ...json } }));

// An internal address: the source capture is refused at once (no network), and says so.
const SOURCE = { url: "http://127.0.0.1:9/trees.html", title: "City tree register", publisher: "City of Glenvale" };

/** A claim accepted by the checker, with a source and a "False" verdict drafted by `author`. */
async function drafted(author: keyof typeof people = "checker") {
  const candidate = await numericCandidate();
  const accepted = await move(author, candidate, { to: "researching" });
  expect(accepted.status).toBe(200);
  expect((await api("POST", `/api/v1/claims/${candidate.id}/sources`, as(author, { json: SOURCE }))).status).toBe(201);
  const { claim } = (await api("GET", `/api/v1/claims/${candidate.id}`, as(author))).body;
  const verdict = await api(
    "POST",
    `/api/v1/claims/${candidate.id}/verdicts`,
    as(author, {
      json: {
        rating: "False",
        summary: "The register lists 3,100 trees.",
        rationale: "See the **register**.",
        version: claim.version,
      },
    }),
  );
  expect(verdict.status).toBe(201);
  return verdict.body.claim as ApiClaim;
}

describe("authentication", () => {
  it("answers 401 with the error shape when nobody is signed in", async () => {
    const response = await api("GET", "/api/v1/ratings");
    expect(response.status).toBe(401);
    expect(response.headers.get("WWW-Authenticate")).toMatch(/^Bearer/);
    expect(response.body).toEqual({
      error: {
        code: "unauthorized",
        message: "Sign in, or send an API token as the header Authorization: Bearer <token>.",
      },
    });
  });

  it("refuses a mistyped token, and never falls back to the session cookie", async () => {
    const invalid = {
      error: {
        code: "unauthorized",
        message: "The API token is not valid: it was mistyped or revoked, or its account is disabled.",
      },
    };
    expect(await api("GET", "/api/v1/ratings", { token: "cd_not-a-token" })).toMatchObject({
      status: 401,
      body: invalid,
    });
    const withCookie = await api("GET", "/api/v1/ratings", { token: "cd_not-a-token", userId: people.editor.id });
    expect(withCookie).toMatchObject({ status: 401, body: invalid });
    const basic = await api("GET", "/api/v1/ratings", {
      userId: people.editor.id,
      headers: { Authorization: "Basic ZWRpdG9yOnB3" },
    });
    expect(basic).toMatchObject({ status: 401, body: invalid });
  });

  it("refuses a revoked token and the token of a disabled account", async () => {
    const user = await createUser(database.db, null, {
      email: "leaver@newsroom.test",
      displayName: "Leaver",
      role: "checker",
      password: "test password 123",
    });
    const revoked = await createApiToken(database.db, people.admin.id, user.id, "old");
    const kept = await createApiToken(database.db, people.admin.id, user.id, "kept");
    expect((await api("GET", "/api/v1/ratings", { token: revoked.token })).status).toBe(200);
    await revokeApiToken(database.db, people.admin.id, user.id, revoked.record.id);
    expect((await api("GET", "/api/v1/ratings", { token: revoked.token })).status).toBe(401);
    expect((await api("GET", "/api/v1/ratings", { token: kept.token })).status).toBe(200);
    await setDisabled(database.db, people.admin.id, user.id, true);
    expect((await api("GET", "/api/v1/ratings", { token: kept.token })).status).toBe(401);
  });

  it("takes a bearer token without any CSRF token, even from a page on another origin", async () => {
    const candidate = await numericCandidate();
    const response = await move("checker", candidate, { to: "researching" });
    expect(response.status).toBe(200);
    const fromElsewhere = await api(
      "POST",
      `/api/v1/claims/${candidate.id}/sources`,
      as("checker", { json: SOURCE, headers: { Origin: "https://cms.newsroom.test" } }),
    );
    expect(fromElsewhere.status).toBe(201);
  });

  it("takes the session cookie of a signed-in user", async () => {
    const response = await api("GET", "/api/v1/ratings", { userId: people.checker.id });
    expect(response.status).toBe(200);
    const created = await api("POST", "/api/v1/articles", {
      userId: people.checker.id,
      json: { title: "By cookie", body: "Nothing to check here, said nobody." },
    });
    expect(created.status).toBe(201);
  });

  it("stores only a SHA-256 of each token, records who made and revoked it, and notes its last use", async () => {
    const { token, record } = await createApiToken(database.db, people.admin.id, people.checker.id, "CMS plugin");
    expect(token).toMatch(/^cd_[A-Za-z0-9_-]{43}$/);
    const [row] = await database.db.select().from(apiTokens).where(eq(apiTokens.id, record.id));
    expect(row?.tokenSha256).toMatch(/^[0-9a-f]{64}$/);
    expect(JSON.stringify(row)).not.toContain(token.slice(3));
    expect(row?.lastUsedAt).toBeNull();
    await api("GET", "/api/v1/ratings", { token });
    const [used] = await listApiTokens(database.db, people.checker.id);
    expect(used).toMatchObject({ id: record.id, name: "CMS plugin" });
    expect(used?.lastUsedAt).toBeInstanceOf(Date);
    await revokeApiToken(database.db, people.admin.id, people.checker.id, record.id);
    const audit = await database.db
      .select({ action: auditEvents.action, actorId: auditEvents.actorId, details: auditEvents.details })
      .from(auditEvents)
      .where(eq(auditEvents.subjectId, people.checker.id));
    expect(audit.filter((event) => event.action.startsWith("api_token."))).toEqual(
      expect.arrayContaining([
        { action: "api_token.created", actorId: people.admin.id, details: { tokenId: record.id, name: "CMS plugin" } },
        { action: "api_token.revoked", actorId: people.admin.id, details: { tokenId: record.id, name: "CMS plugin" } },
      ]),
    );
  });
});

describe("requests the API cannot read", () => {
  it("answers 400 for malformed JSON and for JSON that is not an object", async () => {
    const broken = await api(
      "POST",
      "/api/v1/articles",
      as("checker", { body: '{"title": "Half', headers: { "Content-Type": "application/json" } }),
    );
    expect(broken.status).toBe(400);
    expect(broken.body.error.code).toBe("bad_request");
    expect(broken.body.error.message).toMatch(/^The request body is not valid JSON/);
    const list = await api("POST", "/api/v1/claims", as("checker", { json: [1, 2] }));
    expect(list).toMatchObject({
      status: 400,
      body: { error: { code: "bad_request", message: "The request body must be a JSON object." } },
    });
  });

  it("answers 415 for a body that is not JSON", async () => {
    const form = await api(
      "POST",
      "/api/v1/articles",
      as("checker", { body: "title=x", headers: { "Content-Type": "application/x-www-form-urlencoded" } }),
    );
    expect(form.status).toBe(415);
    expect(form.body.error.code).toBe("unsupported_media_type");
  });

  it("answers 413 for a body over the limit and for article text over the article limit", async () => {
    const huge = await api(
      "POST",
      "/api/v1/articles",
      as("checker", { json: { title: "Big", body: "a".repeat(3_100_000) } }),
    );
    expect(huge.status).toBe(413);
    expect(huge.body.error).toEqual({
      code: "too_large",
      message: "The request body is larger than 3.0 MB, the limit for API requests.",
    });
    const long = await api(
      "POST",
      "/api/v1/articles",
      as("checker", { json: { title: "Long", body: "word ".repeat(MAX_ARTICLE_BYTES / 5 + 1) } }),
    );
    expect(long.status).toBe(413);
    expect(long.body.error.code).toBe("too_large");
    expect(long.body.error.fields.body).toMatch(/the limit is 1\.0 MB/);
  });

  it("answers 405 naming the methods an address serves", async () => {
    const response = await api("GET", "/api/v1/articles", as("checker"));
    expect(response.status).toBe(405);
    expect(response.headers.get("Allow")).toBe("POST");
    expect(response.body.error.code).toBe("method_not_allowed");
    expect((await api("DELETE", "/api/v1/claims", as("checker"))).headers.get("Allow")).toBe("GET, POST");
    expect((await api("POST", "/api/v1/ratings", as("checker", { json: {} }))).status).toBe(405);
  });
  it("answers 500 with a generic message when something unexpected fails, and logs the cause", async () => {
    const logLines: string[] = [];
    const log = createLogger("info", { write: (line: string) => logLines.push(line) });
    const args = await requestAs(database.db, null, "/api/v1/ratings", {
      headers: { Authorization: `Bearer ${people.checker.token}` },
    });
    const response = await handleApi(
      { ...args, context: { ...args.context, log }, params: {} },
      { role: "checker" },
      async () => {
        throw new Error("connection reset: secret detail");
      },
    );
    expect(response.status).toBe(500);
    expect(await response.json()).toEqual({
      error: { code: "server_error", message: "Something went wrong on the server. Try again later." },
    });
    const [line] = logLines.map((text) => JSON.parse(text));
    expect(line).toMatchObject({ msg: "API request failed", method: "GET", path: "/api/v1/ratings" });
    expect(line.err).toMatchObject({ type: "Error", message: "connection reset: secret detail" });
  });
});

describe("articles", () => {
  it("stores an article, runs extraction and answers the candidates", async () => {
    const body = "Mayor Dana Holt said 4,000 families moved in.\n\n“Glenvale is growing,” Holt said.";
    const response = await api(
      "POST",
      "/api/v1/articles",
      as("checker", {
        json: {
          title: "Growth",
          body,
          outlet: "Glenvale Gazette",
          url: "https://gazette.test/growth",
          publishedAt: "2025-01-18T23:30:00-05:00",
        },
      }),
    );
    expect(response.status).toBe(201);
    expect(response.headers.get("Cache-Control")).toBe("no-store");
    const { article, claims } = response.body;
    expect(article).toMatchObject({
      title: "Growth",
      outlet: "Glenvale Gazette",
      publishedOn: "2025-01-18",
      body,
      version: 1,
    });
    expect(article.createdAt).toMatch(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{3}Z$/);
    expect(claims.map((claim: ApiClaim) => [claim.kind, claim.text, claim.state])).toEqual(
      expect.arrayContaining([
        ["numeric", "4,000", "candidate"],
        ["quote", "Glenvale is growing,", "candidate"],
      ]),
    );
    const read = await api("GET", `/api/v1/articles/${article.id}`, as("editor"));
    expect(read).toMatchObject({ status: 200, body: { article: { id: article.id }, claims } });
  });

  it("answers 409 with the stored article's id when the text is already in", async () => {
    const { article } = await postArticle();
    const again = await api("POST", "/api/v1/articles", as("editor", { json: { title: "Again", body: article.body } }));
    expect(again.status).toBe(409);
    expect(again.body.error).toMatchObject({ code: "duplicate", existingArticleId: article.id });
    expect(again.body.error.message).toContain(`(article ${article.id})`);
  });

  it("answers 422 with a message per field, as the form does", async () => {
    const response = await api(
      "POST",
      "/api/v1/articles",
      as("checker", { json: { title: " ", body: "Some text.", url: "javascript:alert(1)", publishedAt: "last week" } }),
    );
    expect(response.status).toBe(422);
    expect(response.body.error).toEqual({
      code: "invalid",
      message: "Give the article a title.",
      fields: {
        title: "Give the article a title.",
        url: "The URL must start with http:// or https://.",
        publishedAt: "Use a date like 2025-01-18 or a time like 2025-01-18T09:30:00Z.",
      },
    });
  });

  it("answers 404 for an article that does not exist", async () => {
    const missing = { status: 404, body: { error: { code: "not_found", message: "That article was not found." } } };
    expect(await api("GET", "/api/v1/articles/999999", as("checker"))).toMatchObject(missing);
    expect(await api("GET", "/api/v1/articles/abc", as("checker"))).toMatchObject(missing);
  });
});

describe("claims", () => {
  it("makes a claim from offsets in the article's text", async () => {
    const { article } = await postArticle();
    const start = article.body.indexOf("planted");
    const end = article.body.indexOf(" last year");
    const response = await api(
      "POST",
      "/api/v1/claims",
      as("checker", { json: { articleId: article.id, kind: "statement", start, end, speaker: "Dana Holt" } }),
    );
    expect(response.status).toBe(201);
    expect(response.body.claim).toMatchObject({
      articleId: article.id,
      kind: "statement",
      text: article.body.slice(start, end),
      start,
      end,
      state: "candidate",
      version: 1,
      speaker: { name: "Dana Holt" },
    });
    const wrong = await api(
      "POST",
      "/api/v1/claims",
      as("checker", { json: { articleId: article.id, kind: "statement", start: 10, end: 5 } }),
    );
    expect(wrong.status).toBe(422);
    expect(wrong.body.error.fields).toEqual({ end: "Select some words first." });
    const elsewhere = await api(
      "POST",
      "/api/v1/claims",
      as("checker", { json: { articleId: 999999, kind: "quote", start: 0, end: 5 } }),
    );
    expect(elsewhere).toMatchObject({ status: 404, body: { error: { code: "not_found" } } });
  });

  it("lists claims by state, assignee and speaker, a page at a time", async () => {
    const first = await numericCandidate();
    const second = await numericCandidate();
    await move("otherChecker", first, { to: "researching" });
    await move("otherChecker", second, { to: "researching" });
    const mine = await api("GET", "/api/v1/claims?state=researching&assignee=me&limit=1", as("otherChecker"));
    expect(mine.status).toBe(200);
    expect(mine.body.claims.map((claim: ApiClaim) => claim.id)).toEqual([first.id]);
    expect(mine.body.claims[0].assignee).toEqual({ id: people.otherChecker.id, name: "otherChecker" });
    const next = await api(
      "GET",
      `/api/v1/claims?state=researching&assignee=me&limit=1&cursor=${mine.body.nextCursor}`,
      as("otherChecker"),
    );
    expect(next.body).toMatchObject({ claims: [{ id: second.id }], nextCursor: null });
    const byId = await api("GET", `/api/v1/claims?assignee=${people.otherChecker.id}`, as("editor"));
    expect(byId.body.claims.map((claim: ApiClaim) => claim.id)).toEqual([first.id, second.id]);

    const byName = await api("GET", "/api/v1/claims?speaker=dana%20holt&limit=200", as("editor"));
    expect(byName.body.claims.length).toBeGreaterThan(2);
    const speakerId = byName.body.claims[0].speaker.id;
    expect(byName.body.claims.every((claim: ApiClaim) => claim.speaker?.id === speakerId)).toBe(true);
    const bySpeakerId = await api("GET", `/api/v1/claims?speaker=${speakerId}&limit=200`, as("editor"));
    expect(bySpeakerId.body.claims).toEqual(byName.body.claims);
    const ofArticle = await api("GET", `/api/v1/claims?article=${first.articleId}&kind=numeric`, as("editor"));
    expect(ofArticle.body.claims).toEqual([
      expect.objectContaining({ id: first.id, kind: "numeric", state: "researching", overdue: false }),
    ]);
    expect((await api("GET", "/api/v1/claims?speaker=Nobody%20Known", as("editor"))).body).toEqual({
      claims: [],
      nextCursor: null,
    });
  });

  it("answers 422 for a filter it does not know", async () => {
    const response = await api("GET", "/api/v1/claims?state=finished", as("checker"));
    expect(response.status).toBe(422);
    expect(response.body.error.fields.state).toMatch(/^Use one of: candidate, dismissed/);
    const tooMany = await api("GET", "/api/v1/claims?limit=1000", as("checker"));
    expect(tooMany.body.error.fields).toEqual({ limit: "Use a whole number from 1 to 200." });
    const badCursor = await api("GET", "/api/v1/claims?cursor=abc", as("checker"));
    expect(badCursor).toMatchObject({ status: 422, body: { error: { fields: { cursor: "Unknown page." } } } });
    expect((await api("GET", "/api/v1/claims?state=&assignee=&speaker=", as("checker"))).status).toBe(200);
  });

  it("answers 404 for a claim that does not exist", async () => {
    expect(await api("GET", "/api/v1/claims/999999", as("checker"))).toMatchObject({
      status: 404,
      body: { error: { code: "not_found", message: "That claim was not found." } },
    });
    expect(
      (
        await api(
          "POST",
          "/api/v1/claims/999999/transitions",
          as("checker", { json: { to: "researching", version: 1 } }),
        )
      ).status,
    ).toBe(404);
  });
});

describe("sources and verdicts", () => {
  it("adds a source, captures its page, and takes the version when one is sent", async () => {
    const candidate = await numericCandidate();
    const accepted = (await move("checker", candidate, { to: "researching" })).body.claim as ApiClaim;
    const added = await api(
      "POST",
      `/api/v1/claims/${candidate.id}/sources`,
      as("checker", { json: { ...SOURCE, kind: "official_data", passage: "3,100 trees" } }),
    );
    expect(added.status).toBe(201);
    expect(added.body.source).toMatchObject({
      claimId: candidate.id,
      url: SOURCE.url,
      title: SOURCE.title,
      publisher: SOURCE.publisher,
      kind: "official_data",
      passage: "3,100 trees",
      capture: { status: "failed", sha256: null },
    });
    expect(added.body.source.capture.error).toBeTruthy();
    expect(added.body.source.capture.at).toMatch(/Z$/);
    const stale = await api(
      "POST",
      `/api/v1/claims/${candidate.id}/sources`,
      as("checker", { json: { ...SOURCE, version: accepted.version } }),
    );
    expect(stale.status).toBe(409);
    const refused = await api(
      "POST",
      `/api/v1/claims/${candidate.id}/sources`,
      as("checker", { json: { ...SOURCE, url: "javascript:alert(1)" } }),
    );
    expect(refused).toMatchObject({
      status: 422,
      body: { error: { fields: { url: "The URL must start with http:// or https://." } } },
    });
  });

  it("refuses research on a candidate that was not accepted", async () => {
    const candidate = await numericCandidate();
    const response = await api("POST", `/api/v1/claims/${candidate.id}/sources`, as("checker", { json: SOURCE }));
    expect(response).toMatchObject({
      status: 409,
      body: { error: { code: "refused", message: "Accept this claim before researching it." } },
    });
  });

  it("answers 409 with the current version when the verdict was written against an older one", async () => {
    const claim = await drafted();
    const response = await api(
      "POST",
      `/api/v1/claims/${claim.id}/verdicts`,
      as("checker", {
        json: { rating: "Mostly false", summary: "Second thoughts.", rationale: "", version: claim.version - 1 },
      }),
    );
    expect(response.status).toBe(409);
    expect(response.body).toEqual({
      error: {
        code: "conflict",
        message: "Someone else changed this claim since you opened it. Its current state is shown; your input is kept.",
        fields: { version: String(claim.version) },
      },
    });
  });

  it("answers 422 for a rating that is not on the scale and for a missing summary", async () => {
    const claim = await drafted();
    const unknown = await api(
      "POST",
      `/api/v1/claims/${claim.id}/verdicts`,
      as("checker", { json: { rating: "Pants on fire", summary: "No.", rationale: "", version: claim.version } }),
    );
    expect(unknown.status).toBe(422);
    expect(unknown.body.error.message).toMatch(/^"Pants on fire" is not on the rating scale/);
    const empty = await api(
      "POST",
      `/api/v1/claims/${claim.id}/verdicts`,
      as("checker", { json: { rating: "False", summary: "", version: claim.version } }),
    );
    expect(empty.body.error).toEqual({
      code: "invalid",
      message: "Write a short summary.",
      fields: { summary: "Write a short summary." },
    });
  });
});

describe("the review through the API", () => {
  it("refuses a checker's approval and an editor approving their own verdict with 403 and the reason", async () => {
    const byChecker = await drafted();
    const submitted = (await move("checker", byChecker, { to: "in_review" })).body.claim as ApiClaim;
    const checkerApproves = await move("checker", submitted, { to: "approved" });
    expect(checkerApproves).toMatchObject({
      status: 403,
      body: {
        error: { code: "forbidden", message: "Only an editor or above can do this; you are a fact-checker." },
      },
    });

    const byEditor = await drafted("editor");
    const inReview = (await move("editor", byEditor, { to: "in_review" })).body.claim as ApiClaim;
    const ownApproval = await move("editor", inReview, { to: "approved" });
    expect(ownApproval).toMatchObject({
      status: 403,
      body: {
        error: {
          code: "forbidden",
          message: "You wrote the current verdict: another editor must approve it (two-person rule).",
        },
      },
    });
    expect((await move("otherEditor", inReview, { to: "approved" })).status).toBe(200);
  });

  it("goes from candidate to published: checker researches, editor sends back with a note, approves, publishes", async () => {
    const candidate = await numericCandidate();
    let claim = (await move("checker", candidate, { to: "researching" })).body.claim as ApiClaim;
    expect(claim).toMatchObject({ state: "researching", assignee: { id: people.checker.id } });
    expect((await api("POST", `/api/v1/claims/${claim.id}/sources`, as("checker", { json: SOURCE }))).status).toBe(201);
    claim = (await api("GET", `/api/v1/claims/${claim.id}`, as("checker"))).body.claim;
    const verdict = await api(
      "POST",
      `/api/v1/claims/${claim.id}/verdicts`,
      as("checker", {
        json: {
          rating: "False",
          summary: "The register lists 3,100 trees.",
          rationale: "Counted.",
          version: claim.version,
        },
      }),
    );
    expect(verdict.status).toBe(201);
    expect(verdict.body.verdict).toMatchObject({
      number: 1,
      rating: { label: "False" },
      summary: "The register lists 3,100 trees.",
      author: { id: people.checker.id, name: "checker" },
      approvedBy: null,
    });
    claim = verdict.body.claim;
    claim = (await move("checker", claim, { to: "in_review" })).body.claim;
    expect(claim.state).toBe("in_review");

    const noNote = await move("editor", claim, { to: "researching" });
    expect(noNote).toMatchObject({ status: 422, body: { error: { message: "Say what needs another look." } } });
    claim = (await move("editor", claim, { to: "researching", note: "Cite the 2024 register, not 2023." })).body.claim;
    expect(claim.state).toBe("researching");
    const second = await api(
      "POST",
      `/api/v1/claims/${claim.id}/verdicts`,
      as("checker", {
        json: {
          rating: "false",
          summary: "The 2024 register lists 3,100 trees.",
          rationale: "",
          version: claim.version,
        },
      }),
    );
    claim = (await move("checker", second.body.claim, { to: "in_review" })).body.claim;
    claim = (await move("editor", claim, { to: "approved" })).body.claim;
    expect(claim.state).toBe("approved");
    const published = await move("editor", claim, { to: "published" });
    expect(published.status).toBe(200);
    expect(published.body.claim).toMatchObject({ state: "published", version: claim.version + 1 });
    expect(published.body.claim.publishedVerdictId).toEqual(expect.any(Number));

    const { body } = await api("GET", `/api/v1/claims/${claim.id}`, as("admin"));
    expect(body.claim.currentVerdict).toMatchObject({
      number: 2,
      rating: { label: "False" },
      author: { name: "checker" },
      approvedBy: { id: people.editor.id, name: "editor" },
      publishedAt: expect.stringMatching(/Z$/),
    });
    expect(body.claim.verdicts).toHaveLength(2);
    expect(body.claim.sources).toHaveLength(1);
    expect(
      body.claim.events.map((event: { action: string; actor: string | null }) => [event.action, event.actor]),
    ).toEqual([
      ["extracted", null],
      ["accept", "checker"],
      ["source_added", "checker"],
      ["verdict_proposed", "checker"],
      ["submit", "checker"],
      ["send_back", "editor"],
      ["verdict_proposed", "checker"],
      ["submit", "checker"],
      ["approve", "editor"],
      ["publish", "editor"],
    ]);
    expect(body.claim.events[5].note).toBe("Cite the 2024 register, not 2023.");
    expect(JSON.stringify(body)).not.toMatch(/password|sha256":"[0-9a-f]{64}"|tokenSha256/i);
  });

  it("refuses a move no single step makes with 409 and says why", async () => {
    const candidate = await numericCandidate();
    const response = await move("editor", candidate, { to: "published" });
    expect(response).toMatchObject({
      status: 409,
      body: { error: { code: "refused", message: "A claim that is candidate cannot be moved to published." } },
    });
  });
});
