import { describe, expect, it } from "vitest";
import {
  addressOfSignInKey,
  clientAddressGroup,
  countAttempt,
  delayAfterFailures,
  describeWait,
  isClientAddressGroup,
  SIGN_IN_ACCOUNT_AT_ADDRESS,
  SIGN_IN_ADDRESS,
  signInKey,
  type ThrottleCount,
  ThrottledError,
  type ThrottleRule,
  type WindowRule,
  withoutAttempt,
} from "~/domain/throttling";

const start = new Date("2025-03-01T09:00:00Z");
const at = (ms: number) => new Date(start.getTime() + ms);
const SECOND = 1000;
const MINUTE = 60 * SECOND;

/** Sends attempts at the given moments; answers, for each, the wait it was refused with or "ok". */
function attempts(rule: ThrottleRule, moments: number[], initial: ThrottleCount | null = null) {
  let count = initial;
  const answers = moments.map((moment) => {
    const decision = countAttempt(rule, count, at(moment));
    if (!decision.allowed) return `wait ${describeWait(decision.retryAt, at(moment))}`;
    count = decision.next;
    return "ok";
  });
  return { answers, count };
}

describe("the wait after failed sign-ins", () => {
  it("lets five typos through, then doubles the wait after each further failure up to fifteen minutes", () => {
    const waits = Array.from({ length: 12 }, (_, index) => delayAfterFailures(SIGN_IN_ACCOUNT_AT_ADDRESS, index + 1));
    expect(waits.map((ms) => ms / SECOND)).toEqual([0, 0, 0, 0, 0, 30, 60, 120, 240, 480, 900, 900]);
  });

  it("counts thirty failures from an address across accounts before anyone there waits", () => {
    expect(delayAfterFailures(SIGN_IN_ADDRESS, 30)).toBe(0);
    expect(delayAfterFailures(SIGN_IN_ADDRESS, 31)).toBe(30 * SECOND);
  });

  it("refuses an attempt while the wait lasts without counting it, then makes the next failure wait longer", () => {
    const { answers, count } = attempts(SIGN_IN_ACCOUNT_AT_ADDRESS, [0, 1, 2, 3, 4, 5, 6, 20 * SECOND, 36 * SECOND]);
    expect(answers).toEqual(["ok", "ok", "ok", "ok", "ok", "ok", "wait 30 seconds", "wait 11 seconds", "ok"]);
    expect(count?.hits).toBe(7);
    expect(count?.blockedUntil).toEqual(at(36 * SECOND + MINUTE));
  });

  it("never lets a flood of guesses wait less than fifteen minutes between tries", () => {
    const tries = Array.from({ length: 50 }, (_, index) => index * 16 * MINUTE);
    const { answers, count } = attempts(SIGN_IN_ACCOUNT_AT_ADDRESS, tries);
    expect(answers.every((answer) => answer === "ok")).toBe(true);
    expect(count?.hits).toBe(50);
    const oneMinuteLater = countAttempt(SIGN_IN_ACCOUNT_AT_ADDRESS, count, at(49 * 16 * MINUTE + MINUTE));
    expect(oneMinuteLater).toEqual({ allowed: false, retryAt: at(49 * 16 * MINUTE + 15 * MINUTE) });
  });

  it("forgets failures after an hour without any, counted from the end of the last wait", () => {
    const { count } = attempts(SIGN_IN_ACCOUNT_AT_ADDRESS, [0, 30 * MINUTE]);
    expect(countAttempt(SIGN_IN_ACCOUNT_AT_ADDRESS, count, at(89 * MINUTE))).toMatchObject({ next: { hits: 3 } });
    expect(countAttempt(SIGN_IN_ACCOUNT_AT_ADDRESS, count, at(90 * MINUTE))).toMatchObject({ next: { hits: 1 } });
    const waited = attempts(SIGN_IN_ACCOUNT_AT_ADDRESS, [0, 1, 2, 3, 4, 5]).count;
    const afterWait = 5 + 30 * SECOND;
    expect(countAttempt(SIGN_IN_ACCOUNT_AT_ADDRESS, waited, at(afterWait + 59 * MINUTE))).toMatchObject({
      next: { hits: 7 },
    });
    expect(countAttempt(SIGN_IN_ACCOUNT_AT_ADDRESS, waited, at(afterWait + 60 * MINUTE))).toMatchObject({
      next: { hits: 1 },
    });
  });

  it("takes back an attempt that turned out right, keeping a wait that failures before it had earned", () => {
    const fresh = attempts(SIGN_IN_ADDRESS, [0, 1, 2]).count;
    expect(fresh && withoutAttempt(SIGN_IN_ADDRESS, fresh)).toMatchObject({ hits: 2, blockedUntil: null });
    const many = attempts(
      SIGN_IN_ADDRESS,
      Array.from({ length: 31 }, (_, index) => index),
    ).count;
    expect(many?.blockedUntil).not.toBeNull();
    expect(many && withoutAttempt(SIGN_IN_ADDRESS, many)).toMatchObject({ hits: 30, blockedUntil: null });
    const more = attempts(SIGN_IN_ADDRESS, [31, 32 * SECOND], many).count;
    expect(more && withoutAttempt(SIGN_IN_ADDRESS, more)).toMatchObject({ hits: 31, blockedUntil: more?.blockedUntil });
  });
});

describe("request limits (API tokens, URL imports)", () => {
  const rule: WindowRule = { kind: "window", limit: 3, windowMs: MINUTE };

  it("allows the limit within a window, refuses until the window ends, then starts a new one", () => {
    const { answers, count } = attempts(rule, [0, 10 * SECOND, 20 * SECOND, 30 * SECOND, 59 * SECOND, MINUTE]);
    expect(answers).toEqual(["ok", "ok", "ok", "wait 30 seconds", "wait 1 second", "ok"]);
    expect(count).toEqual({ hits: 1, windowStartedAt: at(MINUTE), blockedUntil: null });
  });
});

describe("telling people when to try again", () => {
  it("says seconds under a minute, and whole minutes rounded up above", () => {
    expect(describeWait(at(1), start)).toBe("1 second");
    expect(describeWait(at(45 * SECOND), start)).toBe("45 seconds");
    expect(describeWait(at(61 * SECOND), start)).toBe("2 minutes");
    expect(describeWait(at(MINUTE), start)).toBe("1 minute");
  });

  it("answers 429 with the wait in the message and in seconds for Retry-After", () => {
    const error = new ThrottledError("Too many requests with this API token.", at(12_500), start);
    expect(error).toMatchObject({ status: 429, code: "too_many_requests", retryAfterSeconds: 13 });
    expect(error.message).toBe("Too many requests with this API token. Try again in 13 seconds.");
  });
});

describe("whom a sign-in is counted against", () => {
  it("counts an email the same whatever its case or surrounding spaces", () => {
    expect(signInKey(" Ana@Paper.TEST ", "10.0.0.1")).toBe(signInKey("ana@paper.test", "10.0.0.1"));
    expect(signInKey("ana@paper.test", "10.0.0.1")).not.toBe(signInKey("ana@paper.test", "10.0.0.2"));
  });

  it("reads the address back from the counter, even when the email contains a bar", () => {
    expect(addressOfSignInKey(signInKey("a|b@paper.test", "2001:db8:0:1::/64"))).toBe("2001:db8:0:1::/64");
  });

  it("keeps overlong emails to the length of a real one", () => {
    expect(signInKey(`${"a".repeat(5000)}@paper.test`, "10.0.0.1").length).toBeLessThan(300);
  });

  it("counts an IPv4 client by its address and an IPv6 client by its /64", () => {
    expect(clientAddressGroup("203.0.113.7")).toBe("203.0.113.7");
    expect(clientAddressGroup("::ffff:203.0.113.7")).toBe("203.0.113.7");
    expect(clientAddressGroup("2001:db8:0:1::1")).toBe("2001:db8:0:1::/64");
    expect(clientAddressGroup("2001:0DB8:0000:0001:ffff:1:2:3")).toBe("2001:db8:0:1::/64");
    expect(clientAddressGroup("::1")).toBe("0:0:0:0::/64");
    expect(clientAddressGroup("fe80::1%eth0")).toBe("fe80:0:0:0::/64");
    expect(clientAddressGroup("unknown")).toBe("unknown");
    expect(clientAddressGroup("1:2:3")).toBe("1:2:3");
  });

  it("takes back from a form only text that can be an address group", () => {
    for (const group of ["203.0.113.7", "2001:db8:0:1::/64", "unknown"]) expect(isClientAddressGroup(group)).toBe(true);
    for (const text of ["", "10.0.0.1\u0000", "a b", "x".repeat(101)]) expect(isClientAddressGroup(text)).toBe(false);
  });
});
