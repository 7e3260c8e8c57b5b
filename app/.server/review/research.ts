import { eq } from "drizzle-orm";
import { AppError } from "~/domain/errors";
import { researchLockedReason } from "~/domain/research-rules";
import { type ClaimRow, lockClaim } from "../claims/claims";
import type { Database } from "../db/database-types";
import { claims } from "../db/schema/all-tables";

/** Locks a claim whose research (sources, verdict, reference figure) is about to change: refused when
 *  it changed since the user saw it (409) or when its state no longer allows research changes. */
export async function lockForResearch(tx: Database, claimId: number, version: number): Promise<ClaimRow> {
  const claim = await lockClaim(tx, { id: claimId, version });
  const reason = researchLockedReason(claim.state);
  if (reason) throw new AppError(409, "refused", reason);
  return claim;
}

/** Marks a claim changed, so anyone still looking at the older version is told instead of overwriting it. */
export async function bumpClaimVersion(tx: Database, claim: ClaimRow): Promise<number> {
  const version = claim.version + 1;
  await tx.update(claims).set({ version, updatedAt: new Date() }).where(eq(claims.id, claim.id));
  return version;
}
