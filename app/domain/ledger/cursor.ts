import { invalid } from "../errors";

// The ledger's pages are cut by keyset, not OFFSET: a cursor holds the sort key of the last row
// shown, so page 500 costs what page 1 costs and a claim published meanwhile shifts nothing. It is
// opaque to readers (base64url JSON) and checked when read back.

export interface LedgerCursor {
  /** published_at as Postgres prints it, to the microsecond. */
  publishedAt: string;
  claimId: number;
  /** The search rank, when the list is ordered by relevance. */
  rank?: number;
}

export function encodeCursor(cursor: LedgerCursor): string {
  const key =
    cursor.rank === undefined
      ? [cursor.publishedAt, cursor.claimId]
      : [cursor.publishedAt, cursor.claimId, cursor.rank];
  // The key is ASCII (digits, an ISO time), so btoa needs no UTF-8 step.
  return btoa(JSON.stringify(key)).replaceAll("+", "-").replaceAll("/", "_").replace(/=+$/, "");
}

const stale = () =>
  invalid("This page link is not valid any more. Start again from the first page.", { cursor: "Unknown page." });

export function decodeCursor(text: string, ranked: boolean): LedgerCursor {
  let key: unknown;
  try {
    key = JSON.parse(atob(text.replaceAll("-", "+").replaceAll("_", "/")));
  } catch {
    throw stale();
  }
  if (!Array.isArray(key) || key.length !== (ranked ? 3 : 2)) throw stale();
  const [publishedAt, claimId, rank] = key as unknown[];
  if (typeof publishedAt !== "string" || Number.isNaN(Date.parse(publishedAt))) throw stale();
  if (typeof claimId !== "number" || !Number.isSafeInteger(claimId) || claimId < 1) throw stale();
  if (!ranked) return { publishedAt, claimId };
  if (typeof rank !== "number" || !Number.isFinite(rank)) throw stale();
  return { publishedAt, claimId, rank };
}
