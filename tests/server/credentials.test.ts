import { eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createApiToken, listApiTokens } from "~/.server/auth/api-tokens";
import { storedSessionId } from "~/.server/auth/lucia";
import { endSession, readSessionId, resolveAuth, startSession } from "~/.server/auth/session";
import { auditEvents, sessions } from "~/.server/db/schema/all-tables";
import { createUser, resetPassword, setDisabled } from "~/.server/users/user-accounts";
import { callApi } from "../helpers/api-client";
import { APP_ORIGIN, requestAs } from "../helpers/requests";
import { createTestDatabase, type TestDatabase } from "../helpers/test-database";

let database: TestDatabase;
let adminId: string;
const password = "a long enough password";

beforeAll(async () => {
  database = await createTestDatabase();
  adminId = (
    await createUser(database.db, null, { email: "boss@paper.test", displayName: "Boss", role: "admin", password })
  ).id;
});
afterAll(() => database.dispose());

let people = 0;
async function newPerson() {
  people += 1;
  return createUser(database.db, adminId, {
    email: `person${people}@paper.test`,
    displayName: `Person ${people}`,
    role: "checker",
    password,
  });
}

const withCookie = (cookie: string) =>
  new Request(`${APP_ORIGIN}/queue`, { headers: { Cookie: cookie.split(";")[0] ?? "" } });

describe("sessions", () => {
  it("stores only the SHA-256 of the id the cookie carries, and still knows the cookie", async () => {
    const person = await newPerson();
    const setCookie = await startSession(database.db, new Request(`${APP_ORIGIN}/login`), person.id);
    const cookieValue = readSessionId(setCookie.split(";")[0] ?? null) ?? "";
    expect(cookieValue.length).toBeGreaterThan(20);

    const stored = await database.db.select().from(sessions);
    expect(JSON.stringify(stored)).not.toContain(cookieValue);
    expect(stored.map((session) => session.id)).toContain(storedSessionId(cookieValue));

    expect((await resolveAuth(database.db, withCookie(setCookie))).user?.id).toBe(person.id);
    const hashAsCookie = `claimdesk_session=${storedSessionId(cookieValue)}`;
    expect((await resolveAuth(database.db, withCookie(hashAsCookie))).user).toBeNull();

    await endSession(database.db, withCookie(setCookie));
    expect(await database.db.select().from(sessions).where(eq(sessions.userId, person.id))).toEqual([]);
    expect((await resolveAuth(database.db, withCookie(setCookie))).user).toBeNull();
  });

  it("keeps the test helper's sessions working", async () => {
    const person = await newPerson();
    const { context } = await requestAs(database.db, person.id, "/queue");
    expect(context.auth.user?.id).toBe(person.id);
  });
});

describe("API tokens when the password is reset or the account disabled", () => {
  const ratings = (token: string) => callApi(database.db, "GET", "/api/v1/ratings", { token });

  async function revocationReasons(userId: string) {
    const events = await database.db.select().from(auditEvents).where(eq(auditEvents.subjectId, userId));
    return events
      .filter((event) => event.action === "api_token.revoked")
      .map((event) => (event.details as { reason?: string }).reason);
  }

  it("revokes every token of a user whose password an admin resets", async () => {
    const person = await newPerson();
    const first = await createApiToken(database.db, adminId, person.id, "CMS plugin");
    const second = await createApiToken(database.db, adminId, person.id, "Nightly script");
    expect((await ratings(first.token)).status).toBe(200);

    await resetPassword(database.db, adminId, person.id, "a brand new password");
    expect((await ratings(first.token)).status).toBe(401);
    expect((await ratings(second.token)).status).toBe(401);
    expect((await listApiTokens(database.db, person.id)).every((token) => token.revokedAt instanceof Date)).toBe(true);
    expect(await revocationReasons(person.id)).toEqual(["password_reset", "password_reset"]);
  });

  it("revokes the tokens of a disabled account, and enabling it again does not bring them back", async () => {
    const person = await newPerson();
    const { token } = await createApiToken(database.db, adminId, person.id, "CMS plugin");
    expect((await ratings(token)).status).toBe(200);

    await setDisabled(database.db, adminId, person.id, true);
    expect((await ratings(token)).status).toBe(401);
    await setDisabled(database.db, adminId, person.id, false);
    expect((await ratings(token)).status).toBe(401);
    expect(await revocationReasons(person.id)).toEqual(["account_disabled"]);

    const fresh = await createApiToken(database.db, adminId, person.id, "New plugin token");
    expect((await ratings(fresh.token)).status).toBe(200);
  });
});
