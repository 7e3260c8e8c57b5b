import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createApiToken } from "~/.server/auth/api-tokens";
import { apiTokenCounter, enforceLimit, urlImportCounter } from "~/.server/auth/throttles";
import { createUser } from "~/.server/users/user-accounts";
import { API_TOKEN_REQUESTS, URL_IMPORTS } from "~/domain/throttling";
import * as newArticlePage from "~/routes/articles.new";
import { callApi } from "../helpers/api-client";
import { requestAs } from "../helpers/requests";
import { createTestDatabase, type TestDatabase } from "../helpers/test-database";

let database: TestDatabase;
let checkerId: string;

beforeAll(async () => {
  database = await createTestDatabase();
  checkerId = (
    await createUser(database.db, null, {
      email: "script@paper.test",
      displayName: "Script",
      role: "checker",
      password: "script password 1",
    })
  ).id;
});
afterAll(() => database.dispose());

describe("the request limit of an API token", () => {
  it("answers 429 in the API's error shape with Retry-After once a token has made its requests for the minute", async () => {
    const { token, record } = await createApiToken(database.db, null, checkerId, "busy script");
    const { token: otherToken } = await createApiToken(database.db, null, checkerId, "quiet script");
    // The minute's calls but one, counted straight away so the test never straddles two windows.
    for (let call = 1; call < API_TOKEN_REQUESTS.limit; call++) {
      await enforceLimit(database.db, apiTokenCounter(record.id), "unused");
    }
    expect((await callApi(database.db, "GET", "/api/v1/ratings", { token })).status).toBe(200);
    const refused = await callApi(database.db, "GET", "/api/v1/ratings", { token });
    expect(refused.status).toBe(429);
    expect(refused.body).toEqual({
      error: {
        code: "too_many_requests",
        message: expect.stringMatching(
          /^Too many requests with this API token: at most 120 a minute\. Try again in (\d+ seconds?|1 minute)\.$/,
        ),
      },
    });
    const retryAfter = Number(refused.headers.get("Retry-After"));
    expect(retryAfter).toBeGreaterThan(0);
    expect(retryAfter).toBeLessThanOrEqual(60);

    expect((await callApi(database.db, "GET", "/api/v1/ratings", { token: otherToken })).status).toBe(200);
    expect((await callApi(database.db, "GET", "/api/v1/ratings", { userId: checkerId })).status).toBe(200);
  });

  it("still answers 401 to a wrong token, without counting it against anyone", async () => {
    expect((await callApi(database.db, "GET", "/api/v1/ratings", { token: "cd_wrong" })).status).toBe(401);
  });
});

describe("the limit on articles fetched from a web address", () => {
  async function importFromUrl(userId: string, url: string) {
    const args = await requestAs(database.db, userId, "/articles/new?via=url", {
      method: "POST",
      body: new URLSearchParams({ url }),
    });
    const result = (await newArticlePage.action({ ...args, params: {} })) as unknown as {
      data: { error: { code: string; message: string }; values: { url?: string } };
      init: ResponseInit | null;
    };
    return { status: result.init?.status, ...result.data };
  }

  it("refuses the next import with 429 and a message, keeping the address typed, once the limit is reached", async () => {
    const importer = await createUser(database.db, null, {
      email: "importer@paper.test",
      displayName: "Importer",
      role: "checker",
      password: "importer password",
    });
    // The window's imports but one, counted straight away so the test never straddles two windows.
    for (let use = 1; use < URL_IMPORTS.limit; use++) {
      await enforceLimit(database.db, urlImportCounter(importer.id), "unused");
    }
    const last = await importFromUrl(importer.id, "http://127.0.0.1:9/story");
    expect(last.error.code).toBe("fetch_refused");

    const typed = "https://news.example/2026/03/ferry-fares";
    const refused = await importFromUrl(importer.id, typed);
    expect(refused.status).toBe(429);
    expect(refused.error.message).toMatch(
      /^Too many articles fetched from web addresses: at most 30 every 10 minutes\. .* Try again in \d+ minutes?\.$/,
    );
    expect(refused.values.url).toBe(typed);

    expect((await importFromUrl(checkerId, "http://127.0.0.1:9/story")).error.code).toBe("fetch_refused");
  });

  it("starts counting again when the window is over", async () => {
    const counter = urlImportCounter("someone-else");
    const windowStart = new Date();
    for (let use = 0; use < URL_IMPORTS.limit; use++) await enforceLimit(database.db, counter, "Limit.", windowStart);
    await expect(enforceLimit(database.db, counter, "Limit.", windowStart)).rejects.toMatchObject({ status: 429 });
    const nextWindow = new Date(windowStart.getTime() + URL_IMPORTS.windowMs);
    await expect(enforceLimit(database.db, counter, "Limit.", nextWindow)).resolves.toBeUndefined();
  });
});
