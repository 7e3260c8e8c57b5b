import { sql } from "drizzle-orm";
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
  // One statement, one round trip: every uncached public page asks. An aggregate over the ratings
  // answers exactly one row, even on an empty ledger.
  const head = (column: typeof ledgerEntries.hash | typeof ledgerEntries.recordedAt) =>
    sql`(select ${column} from ${ledgerEntries} order by ${ledgerEntries.id} desc limit 1)`;
  const [version] = await db
    .select({
      hash: head(ledgerEntries.hash).mapWith(String),
      recordedAt: head(ledgerEntries.recordedAt).mapWith(ledgerEntries.recordedAt),
      // A claim leaves review only by being republished, which moves the head; count and sum of ids
      // therefore tell every other change apart.
      review: sql<string>`(select count(*) || ',' || coalesce(sum(${ledgerClaims.claimId}), 0) from ${ledgerClaims}
        where ${ledgerClaims.underReview})`,
      scale: sql<
        string | null
      >`string_agg(concat_ws(',', ${ratings.id}, ${ratings.label}, ${ratings.colour}, ${ratings.position}, ${ratings.scored}), ';' order by ${ratings.id})`,
    })
    .from(ratings);
  return {
    tag: [version?.hash ?? "empty", version?.review ?? "0,0", version?.scale ?? ""].join("\n"),
    lastModified: version?.recordedAt ?? null,
  };
}
