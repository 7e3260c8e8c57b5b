import type { ClaimState } from "./claim-states";
import { hasRole, type Role } from "./roles";

// The single source of truth for who may move a claim where. Pure: routes, the API and tests all
// ask it, and the data layer applies what it decides.

export const TRIAGE_ACTIONS = ["accept", "dismiss", "restore"] as const;
export type ClaimAction = (typeof TRIAGE_ACTIONS)[number];

export interface WorkflowActor {
  id: string;
  role: Role;
}

export interface WorkflowClaim {
  state: ClaimState;
  assigneeId: string | null;
}

export interface TransitionInput {
  note?: string | null;
  assigneeId?: string | null;
}

export type TransitionDecision =
  | { allowed: true; toState: ClaimState; assigneeId: string | null; note: string | null }
  | { allowed: false; status: 403 | 409 | 422; reason: string };

interface Rule {
  from: ClaimState;
  to: ClaimState;
  role: Role;
  needsNote?: string;
}

const RULES: Record<ClaimAction, Rule> = {
  accept: { from: "candidate", to: "researching", role: "checker" },
  dismiss: { from: "candidate", to: "dismissed", role: "checker", needsNote: "Say why this candidate is dismissed." },
  restore: { from: "dismissed", to: "candidate", role: "checker" },
};

const ACTION_LABELS: Record<ClaimAction, string> = { accept: "accepted", dismiss: "dismissed", restore: "restored" };

export function decideTransition(
  claim: WorkflowClaim,
  action: ClaimAction,
  actor: WorkflowActor,
  input: TransitionInput = {},
): TransitionDecision {
  const rule = RULES[action];
  if (!hasRole(actor.role, rule.role)) {
    return { allowed: false, status: 403, reason: `Only a ${rule.role} or above can do this.` };
  }
  if (claim.state !== rule.from) {
    return {
      allowed: false,
      status: 409,
      reason: `This claim is ${claim.state}; only a ${rule.from} claim can be ${ACTION_LABELS[action]}.`,
    };
  }
  const note = input.note?.trim() || null;
  if (rule.needsNote && !note) return { allowed: false, status: 422, reason: rule.needsNote };
  const assigneeId = action === "accept" ? (input.assigneeId ?? actor.id) : claim.assigneeId;
  return { allowed: true, toState: rule.to, assigneeId, note };
}

/** Reasons offered when dismissing a candidate; the first is the one the keyboard shortcut uses. */
export const DISMISS_REASONS = [
  "Not a checkable claim",
  "Not newsworthy enough to check",
  "Already checked elsewhere",
  "Extraction mistake",
] as const;
