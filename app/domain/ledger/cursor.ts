import { decodePageKey, encodePageKey, isClaimId, staleCursor } from "../page-cursor";

// The ledger's pages are cut by keyset, not OFFSET, so page 500 costs what page 1 costs and a claim
// published meanwhile shifts nothing.

export interface LedgerCursor {
  /** published_at as Postgres prints it, to the microsecond. */
  publishedAt: string;
  claimId: number;
  /** The search rank, when the list is ordered by relevance. */
  rank?: number;
}

export function encodeCursor(cursor: LedgerCursor): string {
  return encodePageKey(
    cursor.rank === undefined
      ? [cursor.publishedAt, cursor.claimId]
      : [cursor.publishedAt, cursor.claimId, cursor.rank],
  );
}

export function decodeCursor(text: string, ranked: boolean): LedgerCursor {
  const [publishedAt, claimId, rank] = decodePageKey(text, ranked ? 3 : 2);
  if (typeof publishedAt !== "string" || Number.isNaN(Date.parse(publishedAt))) throw staleCursor();
  if (!isClaimId(claimId)) throw staleCursor();
  if (!ranked) return { publishedAt, claimId };
  if (typeof rank !== "number" || !Number.isFinite(rank)) throw staleCursor();
  return { publishedAt, claimId, rank };
}
