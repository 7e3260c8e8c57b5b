// Dates on the public ledger, written the same on the server and in every reader's time zone
// (a calendar day must not move to the day before in New York).

const DAY = new Intl.DateTimeFormat("en-GB", { day: "numeric", month: "short", year: "numeric", timeZone: "UTC" });

/** "10 Feb 2025" from 2025-02-10 or an ISO time. */
export function formatDay(value: string): string {
  return DAY.format(new Date(value.length === 10 ? `${value}T00:00:00Z` : value));
}
