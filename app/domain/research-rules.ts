import type { ClaimState } from "./claim-states";

// Sources, the verdict draft and the reference figure can change only while a claim is being
// researched or reviewed: once approved or published, what was approved is what gets published.
const REFUSALS: Partial<Record<ClaimState, string>> = {
  candidate: "Accept this claim before researching it.",
  dismissed: "This claim was dismissed; restore and accept it before researching it.",
  approved: "This verdict is approved and waiting to be published; it can no longer be changed.",
  published: "This claim is published; an editor must reopen it for a correction before anything changes.",
};

/** Why the research of a claim in this state cannot be changed, or null when it can. */
export function researchLockedReason(state: ClaimState): string | null {
  return REFUSALS[state] ?? null;
}
