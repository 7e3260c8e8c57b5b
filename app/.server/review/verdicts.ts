import { asc, eq, sql } from "drizzle-orm";
import type { WorkflowActor } from "~/domain/claim-workflow";
import type { VerdictInput } from "~/domain/schemas/review";
import { recordClaimEvents } from "../claims/claim-events";
import type { Database } from "../db/database-types";
import { verdicts } from "../db/schema/all-tables";
import { findRating } from "./ratings";
import { bumpClaimVersion, lockForResearch } from "./research";

export type Verdict = typeof verdicts.$inferSelect;

/** Saves a new version of the claim's verdict; earlier versions are kept. Whoever writes the current
 *  version cannot approve it. */
export async function proposeVerdict(db: Database, actor: WorkflowActor, claimId: number, valid: VerdictInput) {
  return db.transaction(async (tx) => {
    const claim = await lockForResearch(tx, claimId, valid.version);
    const rating = await findRating(tx, valid.rating);
    const [verdict] = await tx
      .insert(verdicts)
      .values({
        claimId,
        number: sql`(select coalesce(max(${verdicts.number}), 0) + 1 from ${verdicts} where ${verdicts.claimId} = ${claimId})`,
        ratingId: rating.id,
        summary: valid.summary,
        rationale: valid.rationale,
        authorId: actor.id,
      })
      .returning();
    if (!verdict) throw new Error("Insert returned no verdict");
    const version = await bumpClaimVersion(tx, claim);
    await recordClaimEvents(tx, [
      {
        claimId,
        actorId: actor.id,
        action: "verdict_proposed",
        details: { verdictId: verdict.id, verdictNumber: verdict.number, rating: rating.label },
      },
    ]);
    return { verdict: { ...verdict, rating }, claim: { id: claimId, state: claim.state, version } };
  });
}

/** Every version of a claim's verdict, oldest first. */
export function listVerdicts(db: Database, claimId: number) {
  return db.select().from(verdicts).where(eq(verdicts.claimId, claimId)).orderBy(asc(verdicts.number));
}
