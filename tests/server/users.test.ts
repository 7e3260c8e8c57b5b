import { eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { luciaFor } from "~/.server/auth/lucia";
import { auditEvents } from "~/.server/db/schema/all-tables";
import { authenticate, changeRole, createUser, resetPassword, setDisabled } from "~/.server/users/user-accounts";
import { newUserSchema } from "~/domain/schemas/user";
import { parseInput } from "~/domain/validation";
import * as adminUserRoute from "~/routes/admin.users.$userId";
import { requestAs } from "../helpers/requests";
import { createTestDatabase, type TestDatabase } from "../helpers/test-database";

let database: TestDatabase;
let adminId: string;

beforeAll(async () => {
  database = await createTestDatabase();
  adminId = (
    await createUser(database.db, null, {
      email: "boss@paper.test",
      displayName: "Boss",
      role: "admin",
      password: "correct horse battery",
    })
  ).id;
});
afterAll(() => database.dispose());

const password = "a long enough password";

describe("accounts", () => {
  it("treats emails that differ only in case as the same person", async () => {
    await createUser(
      database.db,
      adminId,
      parseInput(newUserSchema, {
        email: "Rita@Paper.test",
        displayName: "Rita",
        role: "checker",
        password,
      }),
    );
    await expect(
      createUser(
        database.db,
        adminId,
        parseInput(newUserSchema, {
          email: "rita@paper.TEST",
          displayName: "Rita again",
          role: "checker",
          password,
        }),
      ),
    ).rejects.toMatchObject({ status: 409, message: expect.stringContaining("already exists") });
    expect(await authenticate(database.db, "RITA@paper.test", password)).toMatchObject({ displayName: "Rita" });
  });

  it("gives the same answer for an unknown email, a wrong password and a disabled account", async () => {
    const user = await createUser(
      database.db,
      adminId,
      parseInput(newUserSchema, {
        email: "sam@paper.test",
        displayName: "Sam",
        role: "checker",
        password,
      }),
    );
    expect(await authenticate(database.db, "nobody@paper.test", password)).toBeNull();
    expect(await authenticate(database.db, "sam@paper.test", "not the password")).toBeNull();
    await setDisabled(database.db, adminId, user.id, true);
    expect(await authenticate(database.db, "sam@paper.test", password)).toBeNull();
  });

  it("ends every session of a user who is disabled", async () => {
    const user = await createUser(
      database.db,
      adminId,
      parseInput(newUserSchema, {
        email: "lee@paper.test",
        displayName: "Lee",
        role: "editor",
        password,
      }),
    );
    const lucia = luciaFor(database.db);
    const session = await lucia.createSession(user.id, {});
    expect((await lucia.validateSession(session.id)).user?.id).toBe(user.id);
    await setDisabled(database.db, adminId, user.id, true);
    expect((await lucia.validateSession(session.id)).session).toBeNull();
  });

  it("signs a user out everywhere when an admin resets the password", async () => {
    const user = await createUser(
      database.db,
      adminId,
      parseInput(newUserSchema, {
        email: "kim@paper.test",
        displayName: "Kim",
        role: "checker",
        password,
      }),
    );
    const lucia = luciaFor(database.db);
    const session = await lucia.createSession(user.id, {});
    await resetPassword(database.db, adminId, user.id, "a brand new password");
    expect((await lucia.validateSession(session.id)).session).toBeNull();
    expect(await authenticate(database.db, "kim@paper.test", password)).toBeNull();
    expect(await authenticate(database.db, "kim@paper.test", "a brand new password")).not.toBeNull();
  });

  it("refuses a password that is too short and keeps the old one", async () => {
    const user = await createUser(
      database.db,
      adminId,
      parseInput(newUserSchema, {
        email: "jo@paper.test",
        displayName: "Jo",
        role: "checker",
        password,
      }),
    );
    const { request, context } = await requestAs(database.db, adminId, `/admin/users/${user.id}`, {
      method: "POST",
      body: new URLSearchParams({ intent: "password", password: "short" }),
    });
    const result = (await adminUserRoute.action({ request, context, params: { userId: user.id } })) as unknown as {
      init: ResponseInit;
    };
    expect(result.init.status).toBe(422);
    expect(await authenticate(database.db, "jo@paper.test", password)).not.toBeNull();
  });

  it("never leaves the newsroom without an administrator", async () => {
    await expect(changeRole(database.db, adminId, adminId, "editor")).rejects.toMatchObject({ status: 403 });
    await expect(setDisabled(database.db, adminId, adminId, true)).rejects.toMatchObject({ status: 403 });
  });

  it("records who changed a role, from what to what", async () => {
    const user = await createUser(
      database.db,
      adminId,
      parseInput(newUserSchema, {
        email: "ash@paper.test",
        displayName: "Ash",
        role: "checker",
        password,
      }),
    );
    await changeRole(database.db, adminId, user.id, "editor");
    const events = await database.db.select().from(auditEvents).where(eq(auditEvents.subjectId, user.id));
    expect(events.map((event) => event.action)).toEqual(["user.created", "user.role_changed"]);
    expect(events[1]).toMatchObject({ actorId: adminId, details: { from: "checker", to: "editor" } });
  });
});
