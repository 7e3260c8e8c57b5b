import { afterAll, beforeAll, expect, it } from "vitest";
import { createApiToken } from "~/.server/auth/api-tokens";
import { createLogger } from "~/.server/log";
import { createUser } from "~/.server/users/user-accounts";
import { startServerInProcess } from "../helpers/app-in-process";
import { createTestDatabase, type TestDatabase } from "../helpers/test-database";

// Repro 6: with the database gone, a signed-in page and an API call answer the app's own error page
// or JSON error, never Express's page with the SQL, the session id and a stack trace; the details
// go to the log under the request id the response carries.

const PASSWORD = "failing password 123";
const logLines: string[] = [];
const logger = createLogger("info", {
  write: (line: string) => {
    logLines.push(line);
  },
});

let database: TestDatabase;
let server: Awaited<ReturnType<typeof startServerInProcess>>;
let sessionCookie: string;
let sessionId: string;
let apiToken: string;

beforeAll(async () => {
  database = await createTestDatabase();
  const user = await createUser(database.db, null, {
    email: "failing@paper.test",
    displayName: "Failing Checker",
    role: "checker",
    password: PASSWORD,
  });
  apiToken = (await createApiToken(database.db, null, user.id, "script")).token;
  server = await startServerInProcess(database, {}, { logger });
  const signIn = await server.request("/login", {
    method: "POST",
    body: new URLSearchParams({ email: "failing@paper.test", password: PASSWORD }),
    redirect: "manual",
  });
  sessionCookie = (signIn.headers.get("Set-Cookie") ?? "").split(";")[0] ?? "";
  sessionId = sessionCookie.split("=")[1] ?? "";
  expect(sessionId).not.toBe("");
  // The database goes away under the running server.
  await database.close();
});
afterAll(async () => {
  await server?.close();
  await database?.dispose().catch(() => {});
});

/** Nothing a reader could learn the database, the code or someone's session from. */
function expectNothingLeaked(body: string) {
  for (const secret of [sessionId, "password_hash", "select ", "Failed query", "PGlite", "CONNECTION_"]) {
    expect(body.toLowerCase()).not.toContain(secret.toLowerCase());
  }
  // A stack frame: "at fn (/path/file.ts:12:34)".
  expect(body).not.toMatch(/\bat .*\.(?:ts|tsx|js|mjs|cjs):\d+:\d+/);
}

function loggedFor(requestId: string | null) {
  expect(requestId).toMatch(/^[0-9a-f-]{36}$/);
  return logLines.map((line) => JSON.parse(line)).filter((entry) => entry.requestId === requestId);
}

it("a signed-in page answers the app's error page with a reference, and the log has the details", async () => {
  const response = await server.request("/articles", { headers: { Cookie: sessionCookie } });
  expect(response.status).toBe(500);
  expect(response.headers.get("Content-Type")).toMatch(/^text\/html/);
  const html = await response.text();
  expectNothingLeaked(html);
  expect(html).toContain("Something went wrong");
  expect(html).toContain("Nothing you saved was lost");
  const requestId = response.headers.get("X-Request-Id");
  expect(html).toContain(`Reference: ${requestId}`);
  const failure = loggedFor(requestId).find((entry) => entry.msg === "request failed");
  expect(failure?.level).toBe(50);
  expect(failure?.url).toBe("/articles");
  expect(failure?.err?.stack).toBeTruthy();
});

it("the API and Remix's data requests answer the JSON error shape", async () => {
  for (const [path, headers] of [
    ["/api/v1/claims", { Cookie: sessionCookie }],
    ["/api/v1/claims", { Authorization: `Bearer ${apiToken}` }],
    ["/articles.data", { Cookie: sessionCookie }],
  ] as const) {
    const response = await server.request(path, { headers });
    expect(response.status, path).toBe(500);
    const text = await response.text();
    expectNothingLeaked(text);
    expect(JSON.parse(text).error.code, path).toBe("server_error");
    expect(response.headers.get("X-Request-Id")).toMatch(/^[0-9a-f-]{36}$/);
  }
});

it("a public page rendered by the app shows its error page without details, logged by Remix's handleError", async () => {
  const response = await server.request("/ledger");
  expect(response.status).toBe(500);
  const html = await response.text();
  expectNothingLeaked(html);
  expect(html).toContain("Something went wrong");
  const failure = loggedFor(response.headers.get("X-Request-Id")).find((entry) => entry.msg === "request failed");
  expect(failure?.path).toBe("/ledger");
  expect(failure?.err).toBeTruthy();
});

it("never logs the session cookie itself", () => {
  expect(logLines.join("\n")).not.toContain(sessionCookie);
});
