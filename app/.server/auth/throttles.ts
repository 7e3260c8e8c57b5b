import { eq, inArray, sql } from "drizzle-orm";
import {
  API_TOKEN_REQUESTS,
  type BackoffRule,
  countAttempt,
  FORGET_ANY_COUNT_AFTER_MS,
  type ThrottleCount,
  ThrottledError,
  type ThrottleRule,
  URL_IMPORTS,
  withoutAttempt,
} from "~/domain/throttling";
import type { Database } from "../db/database-types";
import { throttles } from "../db/schema/all-tables";

// The counters behind every limit (sign-in, API tokens, URL imports), kept in the throttles table so
// that all app instances share them. Each change locks the counters' rows, applies the pure rules of
// ~/domain/throttling and writes the result in one transaction, so simultaneous requests count one by one.

export type ThrottleScope = "sign-in" | "sign-in-address" | "api-token" | "url-import";

export interface ThrottleCounter {
  key: string;
  scope: ThrottleScope;
  /** The account the counter is about, so an admin can find it; null for counters of an address or a token. */
  email: string | null;
  rule: ThrottleRule;
}

export type AttemptOutcome =
  /** blockedUntil: when the counters' next attempt may come, if they now make it wait. */
  { allowed: true; blockedUntil: Date | null } | { allowed: false; retryAt: Date };

const countColumns = {
  key: throttles.key,
  hits: throttles.hits,
  windowStartedAt: throttles.windowStartedAt,
  blockedUntil: throttles.blockedUntil,
};

/** The counters' rows, created when missing, locked until the transaction ends. Rows are taken in key
 *  order, so two transactions that share counters cannot deadlock. */
async function lockCounts(tx: Database, counters: ThrottleCounter[], now: Date): Promise<Map<string, ThrottleCount>> {
  const rows = await tx
    .insert(throttles)
    .values(
      [...counters]
        .sort((a, b) => (a.key < b.key ? -1 : 1))
        .map(({ key, scope, email }) => ({ key, scope, email, hits: 0, windowStartedAt: now })),
    )
    .onConflictDoUpdate({ target: throttles.key, set: { scope: sql`excluded.scope` } })
    .returning(countColumns);
  return new Map(rows.map(({ key, ...count }) => [key, count]));
}

async function saveCounts(tx: Database, counts: { counter: ThrottleCounter; count: ThrottleCount }[]): Promise<void> {
  if (counts.length === 0) return;
  await tx
    .insert(throttles)
    .values(counts.map(({ counter: { key, scope, email }, count }) => ({ key, scope, email, ...count })))
    .onConflictDoUpdate({
      target: throttles.key,
      set: {
        hits: sql`excluded.hits`,
        windowStartedAt: sql`excluded.window_started_at`,
        blockedUntil: sql`excluded.blocked_until`,
      },
    });
}

/** Counts one attempt on every counter, all or none: when any of them is blocked, the attempt is
 *  refused and nothing is counted. */
export function takeAttempt(db: Database, counters: ThrottleCounter[], now = new Date()): Promise<AttemptOutcome> {
  return db.transaction(async (tx) => {
    const stored = await lockCounts(tx, counters, now);
    const decisions = counters.map((counter) => ({
      counter,
      decision: countAttempt(counter.rule, stored.get(counter.key) ?? null, now),
    }));
    const refusals = decisions.flatMap(({ decision }) => (decision.allowed ? [] : [decision.retryAt.getTime()]));
    if (refusals.length > 0) return { allowed: false, retryAt: new Date(Math.max(...refusals)) };
    const counts = decisions.flatMap(({ counter, decision }) =>
      decision.allowed ? [{ counter, count: decision.next }] : [],
    );
    await saveCounts(tx, counts);
    const blocks = counts.flatMap(({ count }) => (count.blockedUntil ? [count.blockedUntil.getTime()] : []));
    return { allowed: true, blockedUntil: blocks.length > 0 ? new Date(Math.max(...blocks)) : null };
  });
}

/** Takes back one attempt from a backoff counter, because it turned out right (see withoutAttempt). */
export async function takeBackAttempt(tx: Database, counter: ThrottleCounter & { rule: BackoffRule }): Promise<void> {
  const [stored] = await tx.select(countColumns).from(throttles).where(eq(throttles.key, counter.key)).for("update");
  if (!stored) return;
  const { key: _key, ...count } = stored;
  await saveCounts(tx, [{ counter, count: withoutAttempt(counter.rule, count) }]);
}

/** Counts one use and throws a ThrottledError (429) when the limit is reached; `message` says which limit. */
export async function enforceLimit(
  db: Database,
  counter: ThrottleCounter,
  message: string,
  now = new Date(),
): Promise<void> {
  const outcome = await takeAttempt(db, [counter], now);
  if (!outcome.allowed) throw new ThrottledError(message, outcome.retryAt, now);
}

export function deleteCounts(tx: Database, keys: string[]) {
  return tx.delete(throttles).where(inArray(throttles.key, keys)).returning(countColumns);
}

/** Deletes counters that no rule remembers any more, a bounded batch at a time: sign-in counters are
 *  made by anyone for any email, so they must not pile up. */
export async function forgetOldCounts(db: Database, now: Date): Promise<void> {
  const cutoff = new Date(now.getTime() - FORGET_ANY_COUNT_AFTER_MS).toISOString();
  const old = db
    .select({ key: throttles.key })
    .from(throttles)
    .where(sql`greatest(${throttles.windowStartedAt}, ${throttles.blockedUntil}) < ${cutoff}::timestamptz`)
    .limit(500);
  await db.delete(throttles).where(inArray(throttles.key, old));
}

export const apiTokenCounter = (tokenId: string): ThrottleCounter => ({
  key: `api-token:${tokenId}`,
  scope: "api-token",
  email: null,
  rule: API_TOKEN_REQUESTS,
});

export const urlImportCounter = (userId: string): ThrottleCounter => ({
  key: `url-import:${userId}`,
  scope: "url-import",
  email: null,
  rule: URL_IMPORTS,
});
