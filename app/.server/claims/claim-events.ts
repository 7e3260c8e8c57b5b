import type { ClaimState } from "~/domain/claim-states";
import { insertBatches } from "../db/batches";
import type { Database } from "../db/database-types";
import { claimEvents } from "../db/schema/all-tables";

export interface ClaimEventInput {
  claimId: number;
  actorId: string | null;
  action: string;
  fromState?: ClaimState | null;
  toState?: ClaimState | null;
  note?: string | null;
  details?: Record<string, unknown>;
}

/** Call inside the transaction that changes the claims, so the history and the change never disagree. */
export async function recordClaimEvents(tx: Database, events: ClaimEventInput[]): Promise<void> {
  const rows = events.map((event) => ({ ...event, details: event.details ?? {} }));
  for (const batch of insertBatches(claimEvents, rows)) await tx.insert(claimEvents).values(batch);
}
