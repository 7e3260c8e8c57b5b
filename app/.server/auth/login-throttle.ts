import { and, desc, eq, inArray } from "drizzle-orm";
import { notFound } from "~/domain/errors";
import {
  addressOfSignInKey,
  clientAddressGroup,
  isClientAddressGroup,
  isForgotten,
  SIGN_IN_ACCOUNT_AT_ADDRESS,
  SIGN_IN_ADDRESS,
  signInAddressKey,
  signInKey,
  throttleEmail,
} from "~/domain/throttling";
import { recordAudit } from "../audit";
import type { Database } from "../db/database-types";
import { throttles, users } from "../db/schema/all-tables";
import {
  type AttemptOutcome,
  deleteCounts,
  forgetOldCounts,
  type ThrottleCounter,
  takeAttempt,
  takeBackAttempt,
} from "./throttles";

// Slows down password guessing without handing anyone a way to lock a person out: wrong passwords are
// counted per (email, client address) and per client address, never per email alone, so the owner
// signing in from anywhere else gets in at once whatever is tried against their email.

function signInCounters(email: string, address: string) {
  const group = clientAddressGroup(address);
  const account = {
    key: signInKey(email, group),
    scope: "sign-in",
    email: throttleEmail(email),
    rule: SIGN_IN_ACCOUNT_AT_ADDRESS,
  } satisfies ThrottleCounter;
  const fromAddress = {
    key: signInAddressKey(group),
    scope: "sign-in-address",
    email: null,
    rule: SIGN_IN_ADDRESS,
  } satisfies ThrottleCounter;
  return { account, fromAddress };
}

/** Counts a sign-in attempt before its password is checked (as a failure, until signInSucceeded says
 *  otherwise). Refused while the email at this address, or the address, has to wait. */
export async function beginSignIn(
  db: Database,
  email: string,
  address: string,
  now = new Date(),
): Promise<AttemptOutcome> {
  await forgetOldCounts(db, now);
  const { account, fromAddress } = signInCounters(email, address);
  return takeAttempt(db, [account, fromAddress], now);
}

/** The password was right: the email's failures at this address are forgotten, and the address's
 *  count takes this attempt back. */
export async function signInSucceeded(db: Database, email: string, address: string): Promise<void> {
  const { account, fromAddress } = signInCounters(email, address);
  await db.transaction(async (tx) => {
    await deleteCounts(tx, [account.key]);
    await takeBackAttempt(tx, fromAddress);
  });
}

/** A sign-in limit on one account at one address, as the admin user page lists it. */
export interface SignInLimit {
  address: string;
  /** Failed sign-ins for this account from the address. */
  failures: number;
  blockedUntil: Date | null;
  /** Failed sign-ins from the address for any account, and its own wait. */
  addressFailures: number;
  addressBlockedUntil: Date | null;
}

const stillBlocked = (blockedUntil: Date | null, now: Date) =>
  blockedUntil && blockedUntil > now ? blockedUntil : null;

/** The sign-in limits counting against an account's email now, most recent first. */
export async function signInLimitsFor(db: Database, email: string, now = new Date()): Promise<SignInLimit[]> {
  const rows = await db
    .select()
    .from(throttles)
    .where(and(eq(throttles.scope, "sign-in"), eq(throttles.email, throttleEmail(email))))
    .orderBy(desc(throttles.windowStartedAt));
  const current = rows.filter((row) => row.hits > 0 && !isForgotten(SIGN_IN_ACCOUNT_AT_ADDRESS, row, now));
  if (current.length === 0) return [];
  const addresses = current.map((row) => addressOfSignInKey(row.key));
  const addressRows = await db
    .select()
    .from(throttles)
    .where(inArray(throttles.key, addresses.map(signInAddressKey)));
  const byAddress = new Map(
    addressRows.filter((row) => !isForgotten(SIGN_IN_ADDRESS, row, now)).map((row) => [row.key, row] as const),
  );
  return current.map((row, index) => {
    const address = addresses[index] ?? "";
    const whole = byAddress.get(signInAddressKey(address));
    return {
      address,
      failures: row.hits,
      blockedUntil: stillBlocked(row.blockedUntil, now),
      addressFailures: whole?.hits ?? 0,
      addressBlockedUntil: stillBlocked(whole?.blockedUntil ?? null, now),
    };
  });
}

/** An admin lets a person try again from an address at once: the account's count there and the
 *  address's own count are deleted. False when the account had no count there to clear. */
export async function clearSignInLimit(
  db: Database,
  actorId: string,
  userId: string,
  address: string,
): Promise<boolean> {
  return db.transaction(async (tx) => {
    const [user] = await tx.select({ email: users.email }).from(users).where(eq(users.id, userId));
    if (!user) throw notFound("That user");
    if (!isClientAddressGroup(address)) return false;
    const [account] = await deleteCounts(tx, [signInKey(user.email, address)]);
    if (!account) return false;
    const [wholeAddress] = await deleteCounts(tx, [signInAddressKey(address)]);
    await recordAudit(tx, {
      actorId,
      action: "user.sign_in_limit_cleared",
      subjectType: "user",
      subjectId: userId,
      details: { address, failures: account.hits, addressFailures: wholeAddress?.hits ?? 0 },
    });
    return true;
  });
}

/** Forgets every sign-in count against an email (a new password makes the old guesses moot); inside
 *  the caller's transaction. Returns how many addresses were cleared. */
export async function clearSignInLimitsOf(tx: Database, email: string): Promise<number> {
  const cleared = await tx
    .delete(throttles)
    .where(and(eq(throttles.scope, "sign-in"), eq(throttles.email, throttleEmail(email))))
    .returning({ key: throttles.key });
  return cleared.length;
}
