import { AppError } from "./errors";

// The rules that slow down guessing and flooding, apart from where their counters are kept
// (app/.server/auth/throttles.ts keeps them in the database, shared by every app instance).

/** Growing delays: the first `freeFailures` failures cost nothing; after each further one the next
 *  attempt waits, twice as long as after the one before, up to `maxDelayMs`. The count is forgotten
 *  after `forgetAfterMs` without an attempt (counted from the end of the last wait, if any). */
export interface BackoffRule {
  kind: "backoff";
  freeFailures: number;
  firstDelayMs: number;
  maxDelayMs: number;
  forgetAfterMs: number;
}

/** At most `limit` uses in a window of `windowMs` that starts with the first use. */
export interface WindowRule {
  kind: "window";
  limit: number;
  windowMs: number;
}

export type ThrottleRule = BackoffRule | WindowRule;

/** One counter as it is stored. */
export interface ThrottleCount {
  hits: number;
  /** When the window the hits count in began. A backoff counter's window slides: each counted attempt
   *  starts it again, so failures are remembered for as long as they keep coming. */
  windowStartedAt: Date;
  /** Attempts before this time are refused (and not counted). */
  blockedUntil: Date | null;
}

const MINUTE = 60_000;

/** Wrong passwords for one email from one address: a typo or five cost nothing, a guesser soon waits
 *  fifteen minutes per try — and only at that address, so the owner elsewhere is never locked out. */
export const SIGN_IN_ACCOUNT_AT_ADDRESS: BackoffRule = {
  kind: "backoff",
  freeFailures: 5,
  firstDelayMs: 30_000,
  maxDelayMs: 15 * MINUTE,
  forgetAfterMs: 60 * MINUTE,
};

/** Wrong passwords from one address for any email (guessing across accounts). Generous, because a
 *  newsroom behind one office address signs in from it together. */
export const SIGN_IN_ADDRESS: BackoffRule = {
  kind: "backoff",
  freeFailures: 30,
  firstDelayMs: 30_000,
  maxDelayMs: 15 * MINUTE,
  forgetAfterMs: 60 * MINUTE,
};

/** Calls with one API token. */
export const API_TOKEN_REQUESTS: WindowRule = { kind: "window", limit: 120, windowMs: MINUTE };

/** Articles fetched from a web address by one person (each one makes the server fetch a page). */
export const URL_IMPORTS: WindowRule = { kind: "window", limit: 30, windowMs: 10 * MINUTE };

/** Counters untouched for this long are forgotten under every rule above, so they can be deleted. */
export const FORGET_ANY_COUNT_AFTER_MS = Math.max(
  ...[SIGN_IN_ACCOUNT_AT_ADDRESS, SIGN_IN_ADDRESS].map((rule) => rule.forgetAfterMs),
  ...[API_TOKEN_REQUESTS, URL_IMPORTS].map((rule) => rule.windowMs),
);

/** How long the next attempt waits after `failures` failures in a row. */
export function delayAfterFailures(rule: BackoffRule, failures: number): number {
  if (failures <= rule.freeFailures) return 0;
  return Math.min(rule.maxDelayMs, rule.firstDelayMs * 2 ** (failures - rule.freeFailures - 1));
}

/** Whether a stored count no longer matters: its window is over, or it was left alone long enough. */
export function isForgotten(rule: ThrottleRule, count: ThrottleCount, now: Date): boolean {
  if (rule.kind === "window") return now.getTime() >= count.windowStartedAt.getTime() + rule.windowMs;
  const lastActive = Math.max(count.windowStartedAt.getTime(), count.blockedUntil?.getTime() ?? 0);
  return now.getTime() >= lastActive + rule.forgetAfterMs;
}

export type AttemptDecision = { allowed: true; next: ThrottleCount } | { allowed: false; retryAt: Date };

/**
 * What one more attempt does to a counter. While the counter is blocked the attempt is refused and
 * not counted. Otherwise it is counted at once, and a backoff rule blocks the counter as if it failed
 * (so a burst of simultaneous guesses cannot slip past); a success takes it back (withoutAttempt).
 */
export function countAttempt(rule: ThrottleRule, stored: ThrottleCount | null, now: Date): AttemptDecision {
  const current = stored && !isForgotten(rule, stored, now) ? stored : null;
  if (current?.blockedUntil && current.blockedUntil > now) return { allowed: false, retryAt: current.blockedUntil };
  const hits = (current?.hits ?? 0) + 1;
  if (rule.kind === "window") {
    const windowStartedAt = current?.windowStartedAt ?? now;
    const windowEnd = new Date(windowStartedAt.getTime() + rule.windowMs);
    return { allowed: true, next: { hits, windowStartedAt, blockedUntil: hits >= rule.limit ? windowEnd : null } };
  }
  const delay = delayAfterFailures(rule, hits);
  const blockedUntil = delay > 0 ? new Date(now.getTime() + delay) : null;
  return { allowed: true, next: { hits, windowStartedAt: now, blockedUntil } };
}

/** Takes back an attempt that turned out right. A wait earned by failures before it stays. */
export function withoutAttempt(rule: BackoffRule, count: ThrottleCount): ThrottleCount {
  const hits = Math.max(0, count.hits - 1);
  return { ...count, hits, blockedUntil: delayAfterFailures(rule, hits) > 0 ? count.blockedUntil : null };
}

/** "30 seconds", "1 minute", "15 minutes": how long until `until`, rounded up. */
export function describeWait(until: Date, now: Date): string {
  const seconds = Math.max(1, Math.ceil((until.getTime() - now.getTime()) / 1000));
  if (seconds < 60) return `${seconds} second${seconds === 1 ? "" : "s"}`;
  const minutes = Math.ceil(seconds / 60);
  return `${minutes} minute${minutes === 1 ? "" : "s"}`;
}

/** A refusal because a limit was reached: 429, with when to try again (the Retry-After header). */
export class ThrottledError extends AppError {
  readonly retryAfterSeconds: number;

  constructor(message: string, retryAt: Date, now: Date) {
    super(429, "too_many_requests", `${message} Try again in ${describeWait(retryAt, now)}.`);
    this.name = "ThrottledError";
    this.retryAfterSeconds = Math.max(1, Math.ceil((retryAt.getTime() - now.getTime()) / 1000));
  }
}

// Emails and addresses are attacker-chosen text; no real account's email is longer than this.
const MAX_EMAIL_LENGTH = 254;

/** An email as the counters know it: the same for every spelling of its case, never overlong. */
export function throttleEmail(email: string): string {
  return email.trim().toLowerCase().slice(0, MAX_EMAIL_LENGTH);
}

/**
 * The address a client is counted under. One IPv6 client usually holds a whole /64 and could take
 * a fresh address for every guess, so IPv6 addresses count by their /64; IPv4 (also when written as
 * IPv6, ::ffff:a.b.c.d) by the address itself.
 */
export function clientAddressGroup(address: string): string {
  const plain = address.trim().toLowerCase().replace(/%.*$/, "");
  const mapped = /^::ffff:(\d{1,3}(?:\.\d{1,3}){3})$/.exec(plain);
  if (mapped?.[1]) return mapped[1];
  if (!plain.includes(":")) return plain;
  const [head = "", tail, ...extra] = plain.split("::");
  if (extra.length > 0) return plain;
  const groupsOf = (part: string) =>
    part === "" ? [] : part.split(":").flatMap((group) => (group.includes(".") ? ["0", "0"] : [group]));
  const headGroups = groupsOf(head);
  const tailGroups = tail === undefined ? [] : groupsOf(tail);
  const missing = 8 - headGroups.length - tailGroups.length;
  if (missing < 0 || (tail === undefined && missing !== 0)) return plain;
  const groups = [...headGroups, ...Array<string>(missing).fill("0"), ...tailGroups];
  if (!groups.every((group) => /^[0-9a-f]{1,4}$/.test(group))) return plain;
  return `${groups
    .slice(0, 4)
    .map((group) => Number.parseInt(group, 16).toString(16))
    .join(":")}::/64`;
}

const SIGN_IN_PREFIX = "sign-in:";

/** The counter of sign-ins for one email from one address group. */
export function signInKey(email: string, addressGroup: string): string {
  return `${SIGN_IN_PREFIX}${throttleEmail(email)}|${addressGroup}`;
}

/** The counter of sign-ins from one address group, whatever the email. */
export function signInAddressKey(addressGroup: string): string {
  return `sign-in-address:${addressGroup}`;
}

/** Whether text can be an address group as clientAddressGroup writes it (forms send it back). */
export function isClientAddressGroup(text: string): boolean {
  return /^[\w.:/-]{1,100}$/.test(text);
}

/** The address group of a signInKey (emails may contain "|", addresses never do). */
export function addressOfSignInKey(key: string): string {
  return key.slice(key.lastIndexOf("|") + 1);
}
