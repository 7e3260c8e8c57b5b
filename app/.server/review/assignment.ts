import { eq } from "drizzle-orm";
import { type AssignmentActor, decideAssignment } from "~/domain/assignment-rules";
import { AppError } from "~/domain/errors";
import type { AssignmentInput } from "~/domain/schemas/review";
import { type ClaimEventInput, recordClaimEvents } from "../claims/claim-events";
import { lockClaim } from "../claims/claims";
import { requireActiveUser } from "../claims/transitions";
import type { Database } from "../db/database-types";
import { claims } from "../db/schema/all-tables";

/** Gives a claim to someone (or nobody) and sets the day it is due, checked against the version the
 *  user saw. A request that changes nothing writes nothing. */
export async function assignClaim(db: Database, actor: AssignmentActor, claimId: number, requested: AssignmentInput) {
  return db.transaction(async (tx) => {
    const claim = await lockClaim(tx, { id: claimId, version: requested.version });
    const decision = decideAssignment(actor, claim, requested);
    if (!decision.allowed) {
      throw new AppError(decision.status, decision.status === 403 ? "forbidden" : "refused", decision.reason);
    }
    const unchanged = { id: claimId, assigneeId: claim.assigneeId, dueOn: claim.dueOn, version: claim.version };
    if (!decision.assigneeChanged && !decision.dueOnChanged) return unchanged;
    if (decision.assigneeChanged && requested.assigneeId) await requireActiveUser(tx, requested.assigneeId);
    const version = claim.version + 1;
    await tx
      .update(claims)
      .set({ assigneeId: requested.assigneeId, dueOn: requested.dueOn, version, updatedAt: new Date() })
      .where(eq(claims.id, claimId));
    const events: ClaimEventInput[] = [];
    if (decision.assigneeChanged) {
      events.push({
        claimId,
        actorId: actor.id,
        action: "assigned",
        details: { from: claim.assigneeId, to: requested.assigneeId },
      });
    }
    if (decision.dueOnChanged) {
      events.push({
        claimId,
        actorId: actor.id,
        action: "due_date_set",
        details: { from: claim.dueOn, to: requested.dueOn },
      });
    }
    await recordClaimEvents(tx, events);
    return { id: claimId, assigneeId: requested.assigneeId, dueOn: requested.dueOn, version };
  });
}
