import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createApiToken } from "~/.server/auth/api-tokens";
import { createUser } from "~/.server/users/user-accounts";
import { type ApiCallOptions, callApi } from "../helpers/api-client";
import { createTestDatabase, type TestDatabase } from "../helpers/test-database";

// An API client that leaves a field out, or sends it as the wrong type, is told what to send in the
// words docs/api.md shows ("Give the article a title."), never in zod's ("Invalid input: expected…").

let database: TestDatabase;
let token: string;

beforeAll(async () => {
  database = await createTestDatabase();
  const editor = await createUser(database.db, null, {
    email: "messages.editor@newsroom.test",
    displayName: "Messages Editor",
    role: "editor",
    password: "test password 123",
  });
  ({ token } = await createApiToken(database.db, null, editor.id, "script"));
});
afterAll(() => database.dispose());

const post = (path: string, json: unknown, options: ApiCallOptions = {}) =>
  callApi(database.db, "POST", path, { token, json, ...options });

interface ErrorBody {
  error: { code: string; message: string; fields?: Record<string, string> };
}

describe("API validation messages", () => {
  it("asks for a title left out as the docs show", async () => {
    const response = await post("/api/v1/articles", { body: "“Taxes will fall,” the mayor said." });
    expect(response.status).toBe(422);
    expect(response.body).toEqual({
      error: { code: "invalid", message: "Give the article a title.", fields: { title: "Give the article a title." } },
    });
  });

  it("asks for the text of an article sent without one, and for the title too", async () => {
    const response = await post("/api/v1/articles", {});
    expect(response.status).toBe(422);
    expect((response.body as ErrorBody).error.fields).toEqual({
      title: "Give the article a title.",
      body: "Paste the article text.",
    });
  });

  it("says which type a field takes when it is sent as another", async () => {
    const response = await post("/api/v1/articles", { title: 42, body: ["text"], outlet: true });
    expect(response.status).toBe(422);
    expect((response.body as ErrorBody).error.fields).toEqual({
      title: "“title” must be text.",
      body: "“body” must be text.",
      outlet: "“outlet” must be text.",
    });
  });

  it("never answers in zod's own words, whatever is left out", async () => {
    const created = await post("/api/v1/articles", {
      title: "Trees",
      body: "Mayor Dana Holt said the city planted 12,000 trees last year.",
    });
    expect(created.status).toBe(201);
    const claim = (created.body as { claims: { id: number }[] }).claims[0];
    if (!claim) throw new Error("no claim extracted");
    for (const path of [
      `/api/v1/claims/${claim.id}/transitions`,
      `/api/v1/claims/${claim.id}/sources`,
      `/api/v1/claims/${claim.id}/verdicts`,
    ]) {
      const response = await post(path, {});
      expect(response.status, path).toBeGreaterThanOrEqual(400);
      expect(response.status, path).toBeLessThan(500);
      const { error } = response.body as ErrorBody;
      for (const message of [error.message, ...Object.values(error.fields ?? {})]) {
        expect(message, path).not.toMatch(/Invalid input|expected \w+, received/);
      }
    }
  });
});
