import { decodePageKey, encodePageKey, staleCursor } from "../page-cursor";
import { isDatabaseId } from "../schemas/database-id";

// The ledger's pages are cut by keyset, not OFFSET, so page 500 costs what page 1 costs and a claim
// published meanwhile shifts nothing.

export interface LedgerCursor {
  /** published_at as Postgres prints it, to the microsecond. */
  publishedAt: string;
  claimId: number;
  /** The search rank, when the list is ordered by best match (the reader chose that order). */
  rank?: number;
}

export function encodeCursor(cursor: LedgerCursor): string {
  return encodePageKey(
    cursor.rank === undefined
      ? [cursor.publishedAt, cursor.claimId]
      : [cursor.publishedAt, cursor.claimId, cursor.rank],
  );
}

/** The shape the list query writes published_at in (to_char … 'YYYY-MM-DD"T"HH24:MI:SS.US"Z"'). */
const CURSOR_TIME = /^[1-9]\d{3}-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])T([01]\d|2[0-3]):[0-5]\d:[0-5]\d\.\d{6}Z$/;
/** ts_rank_cd is never negative, and a real holds about 1.2e-38 to 3.4e38: a doctored rank must
 *  neither overflow nor underflow it (Postgres refuses "1e-50"::real). */
const MAX_RANK = 1e30;
const MIN_RANK = 1e-30;

/** Only what the query writes: Postgres reads the time back as timestamptz, so "1" or 30 February
 *  would be its error, not a stale link. */
function isCursorTime(value: unknown): value is string {
  if (typeof value !== "string" || !CURSOR_TIME.test(value)) return false;
  const time = Date.parse(value);
  return !Number.isNaN(time) && new Date(time).toISOString().slice(0, 10) === value.slice(0, 10);
}

/** A list ranked by best match pages by rank, date and id; every other list by date and id only.
 *  A cursor from the other kind of list is stale, not quietly read as the first page. */
export function decodeCursor(text: string, ranked: boolean): LedgerCursor {
  const key = decodePageKey(text, ranked ? 3 : 2);
  const [publishedAt, claimId, rank] = key;
  if (!isCursorTime(publishedAt)) throw staleCursor();
  if (!isDatabaseId(claimId)) throw staleCursor();
  if (key.length === 2) return { publishedAt, claimId };
  if (typeof rank !== "number" || !(rank === 0 || (rank >= MIN_RANK && rank <= MAX_RANK))) throw staleCursor();
  return { publishedAt, claimId, rank };
}
