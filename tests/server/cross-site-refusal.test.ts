import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startServerInProcess } from "../helpers/app-in-process";
import { createTestDatabase, type TestDatabase } from "../helpers/test-database";

// A post from another site is refused 403 in the shape its reader expects: an API client gets the
// JSON error shape, a browser the app's error page.

type Server = Awaited<ReturnType<typeof startServerInProcess>>;

let database: TestDatabase;
let server: Server;

beforeAll(async () => {
  database = await createTestDatabase();
  server = await startServerInProcess(database);
});
afterAll(async () => {
  await server?.close();
  await database?.dispose();
});

describe("a cross-site POST", () => {
  it("to the API gets the JSON error shape", async () => {
    const response = await server.request("/api/v1/articles", {
      method: "POST",
      headers: { Origin: "https://evil.example", "Content-Type": "application/json" },
      body: JSON.stringify({ title: "Forged", body: "text" }),
    });
    expect(response.status).toBe(403);
    expect(response.headers.get("Content-Type")).toMatch(/^application\/json/);
    expect(await response.json()).toEqual({
      error: { code: "forbidden", message: "Refused: this request came from another site." },
    });
  });

  it("to a page gets the app's error page", async () => {
    const response = await server.request("/articles/new", {
      method: "POST",
      headers: { "Sec-Fetch-Site": "cross-site", Accept: "text/html" },
      body: new URLSearchParams({ title: "Forged", body: "text" }),
    });
    expect(response.status).toBe(403);
    expect(response.headers.get("Content-Type")).toMatch(/^text\/html/);
    const page = await response.text();
    expect(page).toContain("<!DOCTYPE html>");
    expect(page).toContain("Refused: this request came from another site.");
    expect(page).toContain('href="/ledger"');
  });
});
