import { and, count, desc, eq, isNull } from "drizzle-orm";
import type { ClaimState } from "~/domain/claim-states";
import {
  actionForTarget,
  type ClaimAction,
  decideTransition,
  type TransitionInput,
  type WorkflowActor,
  type WorkflowClaim,
  workflowClaimFrom,
} from "~/domain/claim-workflow";
import { AppError, conflict, invalid } from "~/domain/errors";
import { ApprovalOutdatedError } from "~/domain/ledger/public-record";
import type { TransitionRequest } from "~/domain/schemas/review";
import type { Database } from "../db/database-types";
import { claims, sources, users, verdicts } from "../db/schema/all-tables";
import { markUnderReview, publishToLedger } from "../ledger/publish";
import { clearApproval, storeApproval, withdrawOutdatedApproval } from "../review/approval";
import { type Confirmations, requireConfirmations } from "../review/confirmations";
import { recordClaimEvents } from "./claim-events";
import { type ClaimRef, type ClaimRow, lockClaim } from "./claims";

/** The latest verdict version of a claim: the one under review, approved or about to be published. */
export async function currentVerdict(tx: Database, claimId: number) {
  const [verdict] = await tx
    .select()
    .from(verdicts)
    .where(eq(verdicts.claimId, claimId))
    .orderBy(desc(verdicts.number))
    .limit(1);
  return verdict ?? null;
}

/** What the workflow rules need to know about a locked claim. */
async function workflowClaim(tx: Database, claim: ClaimRow): Promise<WorkflowClaim> {
  const [sourceTally] = await tx.select({ total: count() }).from(sources).where(eq(sources.claimId, claim.id));
  return workflowClaimFrom({
    ...claim,
    sourceCount: sourceTally?.total ?? 0,
    currentVerdict: await currentVerdict(tx, claim.id),
  });
}

export async function requireActiveUser(tx: Database, userId: string) {
  const [user] = await tx
    .select({ id: users.id })
    .from(users)
    .where(and(eq(users.id, userId), isNull(users.disabledAt)));
  if (!user) throw invalid("Choose someone who can sign in to research this claim.", { assigneeId: "Unknown person." });
}

/** Decides and applies one action on a claim already locked at the version the user saw. */
async function applyAction(
  tx: Database,
  actor: WorkflowActor,
  claim: ClaimRow,
  action: ClaimAction,
  input: TransitionInput,
  confirmed?: Confirmations,
): Promise<ClaimState> {
  const decision = decideTransition(await workflowClaim(tx, claim), action, actor, input);
  if (!decision.allowed) {
    throw new AppError(decision.status, decision.status === 403 ? "forbidden" : "refused", decision.reason);
  }
  if (confirmed) await requireConfirmations(tx, claim.id, action, confirmed);
  if (action === "accept" && decision.assigneeId) await requireActiveUser(tx, decision.assigneeId);
  const now = new Date();
  const verdict = action === "approve" || action === "publish" ? await currentVerdict(tx, claim.id) : null;
  if (verdict && action === "approve") await storeApproval(tx, claim.id, verdict.id, actor.id, now);
  if (action === "withdraw_approval") await clearApproval(tx, claim.id);
  if (verdict && action === "publish") {
    await tx
      .update(verdicts)
      .set({ publishedAt: now, correctionNote: claim.publishedVerdictId !== null ? decision.note : null })
      .where(eq(verdicts.id, verdict.id));
  }
  await tx
    .update(claims)
    .set({
      state: decision.toState,
      assigneeId: decision.assigneeId,
      version: claim.version + 1,
      updatedAt: now,
      ...(verdict && action === "publish"
        ? { publishedVerdictId: verdict.id, firstPublishedAt: claim.firstPublishedAt ?? now }
        : {}),
    })
    .where(eq(claims.id, claim.id));
  await recordClaimEvents(tx, [
    {
      claimId: claim.id,
      actorId: actor.id,
      action,
      fromState: claim.state,
      toState: decision.toState,
      note: decision.note,
      details: {
        ...(verdict ? { verdictId: verdict.id, verdictNumber: verdict.number } : {}),
        ...(decision.assigneeId !== claim.assigneeId ? { assigneeId: decision.assigneeId } : {}),
      },
    },
  ]);
  if (action === "publish") {
    if (!verdict) throw new Error(`Claim ${claim.id} is approved without a verdict.`);
    const { approvedRecord, approvedRecordSha256 } = verdict;
    await publishToLedger(tx, claim.id, { verdictId: verdict.id, approvedRecord, approvedRecordSha256 });
  }
  if (action === "reopen") await markUnderReview(tx, claim.id);
  return decision.toState;
}

/** Runs a transition's transaction. A publication refused because what readers would see changed
 *  since the approval has rolled back; the claim then goes back to review in a transaction of its
 *  own, committed before the refusal is answered, so refusing cannot undo it. */
async function refusingOutdatedApprovals<Result>(
  db: Database,
  actor: WorkflowActor,
  run: () => Promise<Result>,
): Promise<Result> {
  try {
    return await run();
  } catch (error) {
    if (!(error instanceof ApprovalOutdatedError)) throw error;
    const changed = await withdrawOutdatedApproval(db, actor.id, error.claimId, error.verdictId);
    if (!changed) throw conflict("This claim changed while it was being published. Its current state is shown.");
    throw new ApprovalOutdatedError(error.claimId, error.verdictId, changed);
  }
}

/** Applies one action to several claims, each checked against the version the user saw.
 *  All or nothing: one stale or refused claim leaves every claim as it was. */
export async function transitionClaims(
  db: Database,
  actor: WorkflowActor,
  action: ClaimAction,
  items: ClaimRef[],
  note?: string,
): Promise<number> {
  return refusingOutdatedApprovals(db, actor, () =>
    db.transaction(async (tx) => {
      for (const item of items) {
        await applyAction(tx, actor, await lockClaim(tx, item), action, { note: note ?? null });
      }
      return items.length;
    }),
  );
}

/** Moves one claim to the state asked for (the API and the claim page name the target state). The claim
 *  page passes what its person confirmed, and is asked for what they have not (see confirmations.ts). */
export async function transitionClaim(
  db: Database,
  actor: WorkflowActor,
  claimId: number,
  request: TransitionRequest,
  confirmed?: Confirmations,
) {
  return refusingOutdatedApprovals(db, actor, () =>
    db.transaction(async (tx) => {
      const claim = await lockClaim(tx, { id: claimId, version: request.version });
      const action = actionForTarget(claim.state, request.to);
      if (!action) {
        const label = (state: ClaimState) => state.replace("_", " ");
        throw new AppError(
          409,
          "refused",
          `A claim that is ${label(claim.state)} cannot be moved to ${label(request.to)}.`,
        );
      }
      const state = await applyAction(
        tx,
        actor,
        claim,
        action,
        { note: request.note, assigneeId: request.assigneeId },
        confirmed,
      );
      // applyAction bumped the version it locked, by one.
      return { action, state, version: claim.version + 1 };
    }),
  );
}
