import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startSession } from "~/.server/auth/session";
import { requireUser } from "~/.server/http/guards";
import { createUser, setDisabled } from "~/.server/users/user-accounts";
import { requestAs } from "../helpers/requests";
import { createTestDatabase, type TestDatabase } from "../helpers/test-database";

let database: TestDatabase;
const ids: Record<"checker" | "editor" | "admin", string> = { checker: "", editor: "", admin: "" };

beforeAll(async () => {
  database = await createTestDatabase();
  for (const role of ["admin", "editor", "checker"] as const) {
    ids[role] = (
      await createUser(database.db, null, {
        email: `${role}@paper.test`,
        displayName: role,
        role,
        password: "role password 123",
      })
    ).id;
  }
});
afterAll(() => database.dispose());

async function thrownBy(promise: Promise<unknown>): Promise<Response> {
  try {
    await promise;
  } catch (thrown) {
    if (thrown instanceof Response) return thrown;
    const init = (thrown as { init?: ResponseInit }).init;
    if (init?.status) return new Response(JSON.stringify((thrown as { data: unknown }).data), init);
    throw thrown;
  }
  throw new Error("expected a thrown response");
}

describe("requireUser", () => {
  it("sends an anonymous visitor to the login page and back to where they were going", async () => {
    const response = await thrownBy(requireUser(await requestAs(database.db, null, "/admin/users?page=2")));
    expect(response.status).toBe(302);
    expect(response.headers.get("Location")).toBe("/login?redirectTo=%2Fadmin%2Fusers%3Fpage%3D2");
  });

  it("refuses a checker on an editor or admin page with 403 and says who it is for", async () => {
    const asChecker = await requestAs(database.db, ids.checker, "/admin/users");
    const response = await thrownBy(requireUser(asChecker, { role: "admin" }));
    expect(response.status).toBe(403);
    expect(await response.text()).toContain("administrators");
    expect((await thrownBy(requireUser(asChecker, { role: "editor" }))).status).toBe(403);
  });

  it("lets each role through to the pages of its own and lower roles", async () => {
    expect((await requireUser(await requestAs(database.db, ids.editor, "/"), { role: "checker" })).id).toBe(ids.editor);
    expect((await requireUser(await requestAs(database.db, ids.admin, "/"), { role: "editor" })).id).toBe(ids.admin);
  });

  it("treats a disabled user's old session as signed out", async () => {
    const user = await createUser(database.db, ids.admin, {
      email: "gone@paper.test",
      displayName: "Gone",
      role: "editor",
      password: "gone password 123",
    });
    const asUser = await requestAs(database.db, user.id, "/articles");
    expect((await requireUser(asUser)).id).toBe(user.id);
    await setDisabled(database.db, ids.admin, user.id, true);
    const again = await requestAs(database.db, null, "/articles", { headers: asUser.request.headers });
    expect((await thrownBy(requireUser(again))).status).toBe(302);
  });
});

describe("the session cookie", () => {
  it("is HttpOnly and SameSite=Lax, and Secure over HTTPS", async () => {
    const cookie = await startSession(
      database.db,
      new Request("https://claims.example.org/login", { method: "POST" }),
      ids.checker,
    );
    expect(cookie).toMatch(/HttpOnly/i);
    expect(cookie).toMatch(/SameSite=Lax/i);
    expect(cookie).toMatch(/Secure/i);
    expect(cookie).toMatch(/Max-Age=\d+/i);
    const plain = await startSession(
      database.db,
      new Request("http://localhost:3000/login", { method: "POST" }),
      ids.checker,
    );
    expect(plain).not.toMatch(/Secure/i);
  });
});
