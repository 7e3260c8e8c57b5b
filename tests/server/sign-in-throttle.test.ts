import { eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { beginSignIn, signInLimitsFor } from "~/.server/auth/login-throttle";
import { auditEvents, throttles } from "~/.server/db/schema/all-tables";
import { createUser, resetPassword } from "~/.server/users/user-accounts";
import * as adminUserPage from "~/routes/admin.users.$userId";
import * as loginPage from "~/routes/login";
import { APP_ORIGIN, requestAs } from "../helpers/requests";
import { createTestDatabase, type TestDatabase } from "../helpers/test-database";

let database: TestDatabase;
let adminId: string;
const password = "the right password";
const ATTACKER = "198.51.100.66";
const HOME = "203.0.113.10";

beforeAll(async () => {
  database = await createTestDatabase();
  adminId = (
    await createUser(database.db, null, { email: "boss@paper.test", displayName: "Boss", role: "admin", password })
  ).id;
});
afterAll(() => database.dispose());

async function newUser(email: string) {
  return createUser(database.db, adminId, { email, displayName: email, role: "checker", password });
}

interface Answer {
  status: number;
  message: string | null;
  retryAfter: string | null;
  signedIn: boolean;
}

/** Posts the sign-in form from a client address, as the browser would. */
async function signIn(email: string, typed: string, address: string): Promise<Answer> {
  const request = new Request(`${APP_ORIGIN}/login`, {
    method: "POST",
    body: new URLSearchParams({ email, password: typed, redirectTo: "/queue" }),
  });
  const result = (await loginPage.action({
    request,
    context: { clientAddress: address, db: database.db },
    params: {},
  })) as unknown;
  if (result instanceof Response) {
    return {
      status: result.status,
      message: null,
      retryAfter: null,
      signedIn: Boolean(result.headers.get("Set-Cookie")),
    };
  }
  const { data, init } = result as { data: { message: string }; init: ResponseInit | null };
  const headers = new Headers(init?.headers);
  return {
    status: init?.status ?? 200,
    message: data.message,
    retryAfter: headers.get("Retry-After"),
    signedIn: false,
  };
}

describe("sign-in limits", () => {
  it("lets the owner in at once from another address while their email is hammered from one", async () => {
    await newUser("hammered@paper.test");
    const answers: Answer[] = [];
    for (let attempt = 0; attempt < 50; attempt++) {
      answers.push(await signIn("hammered@paper.test", `guess number ${attempt}`, ATTACKER));
    }
    expect(answers.slice(0, 5).map((answer) => answer.status)).toEqual([401, 401, 401, 401, 401]);
    expect(answers[5]).toMatchObject({
      status: 401,
      message: expect.stringMatching(/Wait \d+ seconds before trying again/),
    });
    expect(answers.slice(6).every((answer) => answer.status === 429)).toBe(true);

    expect(await signIn("hammered@paper.test", password, HOME)).toMatchObject({ status: 302, signedIn: true });

    const fromAttacker = await signIn("hammered@paper.test", password, ATTACKER);
    expect(fromAttacker).toMatchObject({ status: 429, signedIn: false });
    expect(fromAttacker.message).toMatch(/^Too many failed sign-ins from this address\. Try again in \d+ seconds?\.$/);
    expect(Number(fromAttacker.retryAfter)).toBeGreaterThan(0);
  });

  it("forgets an address's failures for an email once the right password comes from it", async () => {
    await newUser("typo@paper.test");
    for (let attempt = 0; attempt < 4; attempt++) await signIn("typo@paper.test", "not it", HOME);
    expect(await signInLimitsFor(database.db, "typo@paper.test")).toMatchObject([{ address: HOME, failures: 4 }]);
    expect(await signIn("Typo@Paper.test", password, HOME)).toMatchObject({ status: 302 });
    expect(await signInLimitsFor(database.db, "typo@paper.test")).toEqual([]);
  });

  it("slows down one address guessing across many emails, and only that address", async () => {
    const sprayer = "192.0.2.99";
    for (let attempt = 0; attempt < 30; attempt++) {
      expect((await signIn(`nobody${attempt}@paper.test`, "123456", sprayer)).status).toBe(401);
    }
    const thirtyFirst = await signIn("nobody-else@paper.test", "123456", sprayer);
    expect(thirtyFirst.message).toMatch(/Wait \d+ seconds before trying again/);
    await newUser("colleague@paper.test");
    expect((await signIn("colleague@paper.test", password, sprayer)).status).toBe(429);
    expect((await signIn("colleague@paper.test", password, "192.0.2.100")).status).toBe(302);
  });

  it("counts an IPv6 client by its /64, so changing address within it does not reset the count", async () => {
    await newUser("six@paper.test");
    for (let host = 1; host <= 6; host++) await signIn("six@paper.test", "not it", `2001:db8:6:6::${host}`);
    expect((await signIn("six@paper.test", password, "2001:db8:6:6::99")).status).toBe(429);
    expect((await signIn("six@paper.test", password, "2001:db8:6:7::1")).status).toBe(302);
  });

  it("lets only so many of a burst of simultaneous guesses reach the password check", async () => {
    const outcomes = await Promise.all(
      Array.from({ length: 20 }, () => beginSignIn(database.db, "burst@paper.test", "198.51.100.20")),
    );
    expect(outcomes.filter((outcome) => outcome.allowed)).toHaveLength(6);
  });

  it("deletes counts that every limit has forgotten", async () => {
    await beginSignIn(database.db, "long-ago@paper.test", "198.51.100.30");
    const aDayLater = new Date(Date.now() + 24 * 60 * 60 * 1000);
    await beginSignIn(database.db, "someone@paper.test", "198.51.100.31", aDayLater);
    const left = await database.db.select({ key: throttles.key }).from(throttles);
    expect(left.map((row) => row.key)).not.toContain("sign-in:long-ago@paper.test|198.51.100.30");
    expect(left.map((row) => row.key)).toContain("sign-in:someone@paper.test|198.51.100.31");
  });
});

describe("sign-in limits on the admin user page", () => {
  async function page(userId: string) {
    const args = await requestAs(database.db, adminId, `/admin/users/${userId}`);
    return adminUserPage.loader({ ...args, params: { userId } });
  }

  async function post(asUserId: string, userId: string, fields: Record<string, string>) {
    const args = await requestAs(database.db, asUserId, `/admin/users/${userId}`, {
      method: "POST",
      body: new URLSearchParams(fields),
    });
    type Result = { data: { done?: string | null }; init: ResponseInit | null };
    try {
      return (await adminUserPage.action({ ...args, params: { userId } })) as unknown as Result;
    } catch (thrown) {
      return thrown as Result;
    }
  }

  it("shows an admin each address's failures and wait, and clears one so the person can try at once", async () => {
    const user = await newUser("locked@paper.test");
    for (let attempt = 0; attempt < 7; attempt++) await signIn("locked@paper.test", "not it", ATTACKER);
    await signIn("locked@paper.test", "not it", HOME);

    const limits = (await page(user.id))?.signInLimits ?? [];
    expect(limits).toHaveLength(2);
    expect(limits.find((limit) => limit.address === ATTACKER)).toMatchObject({
      failures: 6,
      blockedUntil: expect.any(Date),
    });
    expect(limits.find((limit) => limit.address === HOME)).toMatchObject({ failures: 1, blockedUntil: null });

    const checker = await newUser("not-an-admin@paper.test");
    expect((await post(checker.id, user.id, { intent: "sign-in-limit-clear", address: ATTACKER })).init?.status).toBe(
      403,
    );

    const cleared = await post(adminId, user.id, { intent: "sign-in-limit-clear", address: ATTACKER });
    expect(cleared.data.done).toContain("Sign-in limit cleared");
    expect((await page(user.id))?.signInLimits.map((limit) => limit.address)).toEqual([HOME]);
    const [event] = await database.db
      .select()
      .from(auditEvents)
      .where(eq(auditEvents.action, "user.sign_in_limit_cleared"));
    expect(event).toMatchObject({ actorId: adminId, subjectId: user.id, details: { address: ATTACKER, failures: 6 } });
    expect(await signIn("locked@paper.test", password, ATTACKER)).toMatchObject({ status: 302 });

    const again = await post(adminId, user.id, { intent: "sign-in-limit-clear", address: ATTACKER });
    expect(again.data.done).toContain("already");
    const doctored = await post(adminId, user.id, {
      intent: "sign-in-limit-clear",
      address: `${HOME} ${"x".repeat(5000)}`,
    });
    expect(doctored.data.done).toContain("already");
  });

  it("clears every limit on the email when the password is reset", async () => {
    const user = await newUser("forgetful@paper.test");
    for (let attempt = 0; attempt < 8; attempt++) await signIn("forgetful@paper.test", "not it", ATTACKER);
    expect((await signIn("forgetful@paper.test", password, ATTACKER)).status).toBe(429);
    await resetPassword(database.db, adminId, user.id, "a brand new password");
    expect(await signInLimitsFor(database.db, "forgetful@paper.test")).toEqual([]);
    expect(await signIn("forgetful@paper.test", "a brand new password", ATTACKER)).toMatchObject({ status: 302 });
    const [event] = await database.db.select().from(auditEvents).where(eq(auditEvents.action, "user.password_reset"));
    expect(event?.details).toMatchObject({ clearedSignInLimits: 1 });
  });
});
