import { desc, eq, sql } from "drizzle-orm";
import type { Database } from "../db/database-types";
import { ledgerClaims, ledgerEntries, ratings } from "../db/schema/all-tables";

export interface LedgerVersion {
  /** Changes whenever anything public changes (a publication, a correction, a claim going under review). */
  tag: string;
  /** When the latest ledger entry was recorded; null for an empty ledger. */
  lastModified: Date | null;
}

/** What every public output depends on, cheaply: the chain's head (each publication and correction
 *  moves it), the claims under review (reopening one moves no entry but shows a notice) and the
 *  rating scale (pages show its current colours). */
export async function ledgerVersion(db: Database): Promise<LedgerVersion> {
  const [head] = await db
    .select({ hash: ledgerEntries.hash, recordedAt: ledgerEntries.recordedAt })
    .from(ledgerEntries)
    .orderBy(desc(ledgerEntries.id))
    .limit(1);
  // A claim leaves review only by being republished, which moves the head; count and sum of ids
  // therefore tell every other change apart.
  const [review] = await db
    .select({
      count: sql<number>`count(*)::int`,
      ids: sql<string>`coalesce(sum(${ledgerClaims.claimId}), 0)::text`,
    })
    .from(ledgerClaims)
    .where(eq(ledgerClaims.underReview, true));
  const [scale] = await db
    .select({
      text: sql<
        string | null
      >`string_agg(concat_ws(',', ${ratings.id}, ${ratings.label}, ${ratings.colour}, ${ratings.position}, ${ratings.scored}), ';' order by ${ratings.id})`,
    })
    .from(ratings);
  return {
    tag: [head?.hash ?? "empty", review?.count ?? 0, review?.ids ?? "0", scale?.text ?? ""].join("\n"),
    lastModified: head?.recordedAt ?? null,
  };
}
