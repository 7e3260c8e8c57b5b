import { and, eq, inArray, isNull, sql } from "drizzle-orm";
import { targetOf } from "~/domain/claim-workflow";
import { outdatedParts, type PublicRecordPart } from "~/domain/ledger/public-record";
import { type ClaimEventInput, recordClaimEvents } from "../claims/claim-events";
import type { Database } from "../db/database-types";
import { claims, verdicts } from "../db/schema/all-tables";
import { upcomingPublicRecord } from "../ledger/pending-public-record";
import { markUnderReview } from "../ledger/publish";

// An approval covers the claim's public record: everything readers would see of it. These are the
// ways it is given, and taken back when what readers would see changes after it was given.

/** Approves a verdict version: stores the public record publishing it would show, and its SHA-256. */
export async function storeApproval(
  tx: Database,
  claimId: number,
  verdictId: number,
  approverId: string,
  at: Date,
): Promise<void> {
  const { record, sha256 } = await upcomingPublicRecord(tx, claimId, at);
  await tx
    .update(verdicts)
    .set({ approvedById: approverId, approvedAt: at, approvedRecord: record, approvedRecordSha256: sha256 })
    .where(eq(verdicts.id, verdictId));
}

/** Clears the approval of a claim's unpublished verdict version (only the latest can be approved). */
export async function clearApproval(tx: Database, claimId: number): Promise<void> {
  await tx
    .update(verdicts)
    .set({ approvedById: null, approvedAt: null, approvedRecord: null, approvedRecordSha256: null })
    .where(and(eq(verdicts.claimId, claimId), isNull(verdicts.publishedAt)));
}

/** Why claims are being sent back or reopened, for their events: a note (when someone gave one), what
 *  caused it and which parts of each claim's public record changed. */
export interface RecordChange {
  claimId: number;
  changed: PublicRecordPart[];
}

interface Cause {
  note: string | null;
  details: Record<string, unknown>;
}

async function moveClaims(
  tx: Database,
  actorId: string | null,
  changes: RecordChange[],
  cause: Cause,
  step: { action: "withdraw_approval" | "reopen"; from: "approved" | "published" },
) {
  if (changes.length === 0) return;
  const toState = targetOf(step.action);
  await tx
    .update(claims)
    .set({ state: toState, version: sql`${claims.version} + 1`, updatedAt: new Date() })
    .where(
      inArray(
        claims.id,
        changes.map((change) => change.claimId),
      ),
    );
  await recordClaimEvents(
    tx,
    changes.map(
      ({ claimId, changed }): ClaimEventInput => ({
        claimId,
        actorId,
        action: step.action,
        fromState: step.from,
        toState,
        note: cause.note,
        details: { ...cause.details, changed },
      }),
    ),
  );
}

/** Sends approved claims back to review: what readers would see changed since the approval. Call in
 *  the transaction that made the change, with the claims locked or known to be approved. */
export async function withdrawApprovals(
  tx: Database,
  actorId: string | null,
  changes: RecordChange[],
  cause: Cause,
): Promise<void> {
  for (const { claimId } of changes) await clearApproval(tx, claimId);
  await moveClaims(tx, actorId, changes, cause, { action: "withdraw_approval", from: "approved" });
}

/** Reopens published claims for a correction, as an editor's reopening does: the ledger keeps their
 *  published verdict, marked under review, until a corrected one is approved and published. */
export async function reopenForCorrection(
  tx: Database,
  actorId: string | null,
  changes: RecordChange[],
  cause: Cause,
): Promise<void> {
  await moveClaims(tx, actorId, changes, cause, { action: "reopen", from: "published" });
  for (const { claimId } of changes) await markUnderReview(tx, claimId);
}

/**
 * After a publication was refused because the approval was outdated (and rolled back): sends the
 * claim back to review, in a transaction of its own so the refusal cannot undo it. Checks again
 * under a lock, so a claim someone re-approved or moved meanwhile is left alone. Returns what
 * changed since approval (empty for an approval older than this check), or null when nothing was done.
 */
export async function withdrawOutdatedApproval(
  db: Database,
  actorId: string,
  claimId: number,
  verdictId: number,
): Promise<PublicRecordPart[] | null> {
  return db.transaction(async (tx) => {
    const [claim] = await tx.select({ state: claims.state }).from(claims).where(eq(claims.id, claimId)).for("update");
    const [verdict] = await tx
      .select({
        id: verdicts.id,
        number: verdicts.number,
        approvedRecord: verdicts.approvedRecord,
        approvedRecordSha256: verdicts.approvedRecordSha256,
        publishedAt: verdicts.publishedAt,
      })
      .from(verdicts)
      .where(eq(verdicts.claimId, claimId))
      .orderBy(sql`${verdicts.number} desc`)
      .limit(1);
    if (claim?.state !== "approved" || verdict?.id !== verdictId || verdict.publishedAt) return null;
    const changed = outdatedParts(verdict, await upcomingPublicRecord(tx, claimId));
    if (!changed) return null;
    await withdrawApprovals(tx, actorId, [{ claimId, changed }], {
      note: null,
      details: { cause: "publication_refused", verdictId, verdictNumber: verdict.number },
    });
    return changed;
  });
}
