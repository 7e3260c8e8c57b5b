import type { ClaimState } from "./claim-states";
import { hasRole, type Role } from "./roles";

// Who may give a claim to whom and set its due date. Editors (and admins) plan the work: they assign
// anyone and set due dates. A fact-checker only picks up unassigned work for themselves, or hands
// back what they hold, so nobody's work is taken from them without an editor deciding it.

export interface AssignmentActor {
  id: string;
  role: Role;
}

export interface Assignment {
  assigneeId: string | null;
  dueOn: string | null;
}

export type AssignmentDecision =
  | { allowed: true; assigneeChanged: boolean; dueOnChanged: boolean }
  | { allowed: false; status: 403 | 409; reason: string };

/** States with work still to do: a checker can pick these up. */
const OPEN_STATES: readonly ClaimState[] = ["candidate", "researching", "in_review", "approved"];

const refuse = (status: 403 | 409, reason: string): AssignmentDecision => ({ allowed: false, status, reason });

export function decideAssignment(
  actor: AssignmentActor,
  claim: Assignment & { state: ClaimState },
  requested: Assignment,
): AssignmentDecision {
  const assigneeChanged = requested.assigneeId !== claim.assigneeId;
  const dueOnChanged = requested.dueOn !== claim.dueOn;
  if (hasRole(actor.role, "editor")) return { allowed: true, assigneeChanged, dueOnChanged };
  if (dueOnChanged) return refuse(403, "Only an editor can set a due date.");
  if (!assigneeChanged) return { allowed: true, assigneeChanged, dueOnChanged };
  if (!OPEN_STATES.includes(claim.state)) {
    return refuse(409, `This claim is ${claim.state.replace("_", " ")}: there is no work on it to pick up.`);
  }
  const takesIt = claim.assigneeId === null && requested.assigneeId === actor.id;
  const handsItBack = claim.assigneeId === actor.id && requested.assigneeId === null;
  if (takesIt || handsItBack) return { allowed: true, assigneeChanged, dueOnChanged };
  if (claim.assigneeId !== null && claim.assigneeId !== actor.id) {
    return refuse(403, "This claim is assigned to someone else; only an editor can reassign it.");
  }
  return refuse(403, "A fact-checker can only take an unassigned claim for themselves; an editor assigns others.");
}
