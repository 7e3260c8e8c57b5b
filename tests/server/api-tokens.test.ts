import { spawn } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { userForToken } from "~/.server/auth/api-tokens";
import { migrateDatabase } from "~/.server/db/migrate";
import { openDatabase } from "~/.server/db/open";
import { createUser } from "~/.server/users/user-accounts";
import * as adminUserPage from "~/routes/admin.users.$userId";
import { callApi } from "../helpers/api-client";
import { requestAs } from "../helpers/requests";
import { createTestDatabase, type TestDatabase } from "../helpers/test-database";

let database: TestDatabase;
let adminId: string;
let checkerId: string;

beforeAll(async () => {
  database = await createTestDatabase();
  const password = "test password 123";
  adminId = (await createUser(database.db, null, { email: "a@t.test", displayName: "Admin", role: "admin", password }))
    .id;
  checkerId = (
    await createUser(database.db, null, { email: "c@t.test", displayName: "Casey", role: "checker", password })
  ).id;
});
afterAll(() => database.dispose());

/** What the page's action answers (returned, or thrown for a refusal): its data and status. */
interface FormResult {
  data: {
    createdToken?: { name: string; token: string } | null;
    error?: { fields?: Record<string, string> } | null;
    submitted?: { name?: string } | null;
  };
  init: ResponseInit | null;
}

/** Posts the admin user page's form for the checker, as `userId`. */
async function postForm(userId: string, fields: Record<string, string>): Promise<FormResult> {
  const args = await requestAs(database.db, userId, `/admin/users/${checkerId}`, {
    method: "POST",
    body: new URLSearchParams(fields),
  });
  try {
    return (await adminUserPage.action({ ...args, params: { userId: checkerId } })) as unknown as FormResult;
  } catch (thrown) {
    return thrown as FormResult;
  }
}

async function tokensOnPage() {
  const args = await requestAs(database.db, adminId, `/admin/users/${checkerId}`);
  const page = await adminUserPage.loader({ ...args, params: { userId: checkerId } });
  return page?.tokens ?? [];
}

describe("API tokens on the admin user page", () => {
  it("creates a token, shows it once, lists it without the secret, and revokes it", async () => {
    const created = await postForm(adminId, { intent: "token-create", name: "CMS plugin" });
    const shown = created.data.createdToken;
    expect(shown?.name).toBe("CMS plugin");
    expect(shown?.token).toMatch(/^cd_/);
    const token = shown?.token ?? "";
    expect((await callApi(database.db, "GET", "/api/v1/ratings", { token })).status).toBe(200);

    const listed = await tokensOnPage();
    expect(listed).toEqual([
      expect.objectContaining({ name: "CMS plugin", revokedAt: null, lastUsedAt: expect.any(Date) }),
    ]);
    expect(JSON.stringify(listed)).not.toContain(token.slice(3));

    await postForm(adminId, { intent: "token-revoke", tokenId: listed[0]?.id ?? "" });
    expect((await tokensOnPage())[0]?.revokedAt).toBeInstanceOf(Date);
    expect((await callApi(database.db, "GET", "/api/v1/ratings", { token })).status).toBe(401);
  });

  it("asks for a name", async () => {
    const result = await postForm(adminId, { intent: "token-create", name: " " });
    expect(result.init?.status).toBe(422);
    expect(result.data.error?.fields).toEqual({ name: "Say what the token is for." });
  });

  it("gives a refused name back to the form", async () => {
    const name = `Nightly import ${"x".repeat(100)}`;
    const result = await postForm(adminId, { intent: "token-create", name });
    expect(result.init?.status).toBe(422);
    expect(result.data.submitted?.name).toBe(name);
  });

  it("is for administrators only", async () => {
    const refused = await postForm(checkerId, { intent: "token-create", name: "Mine" });
    expect(refused.init?.status).toBe(403);
  });
});

describe("claimdesk token create", () => {
  const folders: string[] = [];
  afterAll(() => {
    for (const folder of folders) rmSync(folder, { recursive: true, force: true });
  });

  function runCli(args: string[], pgliteDir: string) {
    return new Promise<{ code: number | null; stdout: string; stderr: string }>((resolve) => {
      const child = spawn(process.execPath, ["bin/claimdesk.mjs", ...args], {
        env: { ...process.env, DATABASE_URL: "", PGLITE_DIR: pgliteDir },
      });
      let stdout = "";
      let stderr = "";
      child.stdout.on("data", (chunk) => {
        stdout += chunk;
      });
      child.stderr.on("data", (chunk) => {
        stderr += chunk;
      });
      child.stdin.end();
      child.on("close", (code) => resolve({ code, stdout, stderr }));
    });
  }

  it("prints a working token for the user, and nothing else on stdout", async () => {
    const folder = mkdtempSync(path.join(tmpdir(), "claimdesk-token-"));
    folders.push(folder);
    const setup = await openDatabase({ pgliteDir: folder });
    await migrateDatabase(setup);
    await createUser(setup.db, null, {
      email: "ana@paper.test",
      displayName: "Ana",
      role: "editor",
      password: "a password long enough",
    });
    await setup.close();
    const made = await runCli(["token", "create", "--email", "ANA@paper.test", "--name", "Nightly import"], folder);
    expect(made.code).toBe(0);
    expect(made.stdout).toMatch(/^cd_[A-Za-z0-9_-]{43}\n$/);
    expect(made.stderr).toContain('Created the API token "Nightly import" for Ana <ana@paper.test> (editor)');
    const unknown = await runCli(["token", "create", "--email", "nobody@paper.test"], folder);
    expect(unknown).toMatchObject({ code: 1, stdout: "" });
    expect(unknown.stderr).toContain("There is no user with the email nobody@paper.test.");

    const handle = await openDatabase({ pgliteDir: folder });
    try {
      expect((await userForToken(handle.db, made.stdout.trim()))?.user).toMatchObject({
        email: "ana@paper.test",
        role: "editor",
      });
    } finally {
      await handle.close();
    }
  }, 120_000);
});
