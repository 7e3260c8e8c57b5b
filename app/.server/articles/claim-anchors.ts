import { eq, inArray, sql } from "drizzle-orm";
import type { EvidenceOffsets } from "~/domain/attribution-evidence";
import { inBatches } from "../db/batches";
import type { Database } from "../db/database-types";
import { claims } from "../db/schema/all-tables";

/** Where a claim's words (and the words that attribute it) are after an edit of its article. */
export interface ClaimPlace extends EvidenceOffsets {
  claimId: number;
  start: number;
  end: number;
}

// The columns of one row of `movedClaims`, each a bind parameter.
const PLACE_COLUMNS = 9;

/** Stores an edit's outcome for an article's claims: `moved` ones take their new places, `lost` ones
 *  (words gone) are flagged. A statement per batch, not per claim: an edit near the top of a dense article
 *  moves thousands of them. Each changed claim's version goes up. */
export async function storeClaimPlaces(tx: Database, moved: ClaimPlace[], lostIds: number[]): Promise<void> {
  const updatedAt = new Date();
  for (const batch of inBatches(moved, PLACE_COLUMNS)) {
    const rows = batch.map(
      (place) =>
        sql`(${place.claimId}::integer, ${place.start}::integer, ${place.end}::integer, ${place.speakerStart}::integer, ${place.speakerEnd}::integer, ${place.cueStart}::integer, ${place.cueEnd}::integer, ${place.antecedentStart}::integer, ${place.antecedentEnd}::integer)`,
    );
    await tx
      .update(claims)
      .set({
        startOffset: sql`moved_claims.start_offset`,
        endOffset: sql`moved_claims.end_offset`,
        speakerStart: sql`moved_claims.speaker_start`,
        speakerEnd: sql`moved_claims.speaker_end`,
        cueStart: sql`moved_claims.cue_start`,
        cueEnd: sql`moved_claims.cue_end`,
        antecedentStart: sql`moved_claims.antecedent_start`,
        antecedentEnd: sql`moved_claims.antecedent_end`,
        version: sql`${claims.version} + 1`,
        updatedAt,
      })
      .from(
        sql`(values ${sql.join(rows, sql`, `)}) as moved_claims(id, start_offset, end_offset, speaker_start, speaker_end, cue_start, cue_end, antecedent_start, antecedent_end)`,
      )
      .where(eq(claims.id, sql`moved_claims.id`));
  }
  for (const batch of inBatches(lostIds, 1)) {
    await tx
      .update(claims)
      .set({ anchorLost: true, version: sql`${claims.version} + 1`, updatedAt })
      .where(inArray(claims.id, batch));
  }
}
