// Slows down password guessing: after too many failed sign-ins for one email from one address, the
// login form answers 429 for a while. Kept in memory: each app instance counts its own attempts,
// which bounds guessing without another table to clean up.
const WINDOW_MS = 15 * 60 * 1000;
const MAX_FAILURES = 10;

const failures = new Map<string, number[]>();

const keyOf = (email: string, address: string) => `${email.trim().toLowerCase()}|${address}`;

function recent(key: string, now: number): number[] {
  const times = (failures.get(key) ?? []).filter((time) => now - time < WINDOW_MS);
  if (times.length > 0) failures.set(key, times);
  else failures.delete(key);
  return times;
}

/** Minutes to wait before trying again, or 0 when a sign-in may be attempted now. */
export function minutesUntilLoginAllowed(email: string, address: string, now = Date.now()): number {
  const times = recent(keyOf(email, address), now);
  if (times.length < MAX_FAILURES) return 0;
  return Math.ceil((WINDOW_MS - (now - (times[0] ?? now))) / 60_000);
}

export function recordLoginFailure(email: string, address: string, now = Date.now()): void {
  const key = keyOf(email, address);
  failures.set(key, [...recent(key, now), now]);
}

export function clearLoginFailures(email: string, address: string): void {
  failures.delete(keyOf(email, address));
}
