import type { ClaimState } from "./claim-states";
import { hasRole, type Role } from "./roles";

// The single source of truth for who may move a claim where. Pure: routes, the API and tests all
// ask it, and the data layer applies what it decides. Admins can do what editors do.

export const CLAIM_ACTIONS = [
  "accept",
  "dismiss",
  "restore",
  "submit",
  "approve",
  "send_back",
  "withdraw_approval",
  "publish",
  "reopen",
] as const;
export type ClaimAction = (typeof CLAIM_ACTIONS)[number];

/** The actions of the article page's triage. */
export const TRIAGE_ACTIONS = ["accept", "dismiss", "restore"] as const satisfies readonly ClaimAction[];

export interface WorkflowActor {
  id: string;
  role: Role;
}

/** What the rules need to know about a claim beyond its state. */
export interface WorkflowClaim {
  state: ClaimState;
  assigneeId: string | null;
  sourceCount?: number;
  /** The current (latest) verdict version, if any: stored verdicts always have a rating and a summary. */
  verdict?: { authorId: string; published: boolean } | null;
  /** Whether a verdict on this claim was ever published (then republishing is a correction). */
  everPublished?: boolean;
}

/** What the rules need, from the claim's stored facts; one place, so the page and the server agree. */
export function workflowClaimFrom(facts: {
  state: ClaimState;
  assigneeId: string | null;
  sourceCount: number;
  currentVerdict: { authorId: string; publishedAt: Date | null } | null;
  publishedVerdictId: number | null;
}): WorkflowClaim {
  const { currentVerdict } = facts;
  return {
    state: facts.state,
    assigneeId: facts.assigneeId,
    sourceCount: facts.sourceCount,
    verdict: currentVerdict
      ? { authorId: currentVerdict.authorId, published: currentVerdict.publishedAt !== null }
      : null,
    everPublished: facts.publishedVerdictId !== null,
  };
}

export interface TransitionInput {
  note?: string | null;
  assigneeId?: string | null;
}

export type TransitionDecision =
  | { allowed: true; toState: ClaimState; assigneeId: string | null; note: string | null }
  | { allowed: false; status: 403 | 409 | 422; reason: string };

type Refusal = Extract<TransitionDecision, { allowed: false }>;

interface Rule {
  from: ClaimState;
  to: ClaimState;
  role: Role;
  /** Words for the refusal when the claim is in another state. */
  verb: string;
  check?: (claim: WorkflowClaim, actor: WorkflowActor, note: string | null) => Refusal | null;
}

const refuse = (status: Refusal["status"], reason: string): Refusal => ({ allowed: false, status, reason });

const requireNote = (reason: string) => (_claim: WorkflowClaim, _actor: WorkflowActor, note: string | null) =>
  note ? null : refuse(422, reason);

/** One thing sending a claim for review needs, and whether the claim has it. */
export interface ChecklistItem {
  label: string;
  met: boolean;
  /** The refusal when it is the first thing missing. */
  refusal: string;
}

/** What "Send for review" needs, in the order the work gets it done. The submit rule refuses with the
 *  first item not met, and the claim page shows the list, so the two cannot disagree. */
export function reviewChecklist(claim: WorkflowClaim): ChecklistItem[] {
  const items: ChecklistItem[] = [
    {
      label: "At least one source attached",
      met: (claim.sourceCount ?? 0) >= 1,
      refusal: "Attach at least one source before sending the claim for review.",
    },
    {
      label: "A verdict drafted, with a rating and a summary",
      met: Boolean(claim.verdict),
      refusal: "Draft a verdict with a rating and a summary before sending the claim for review.",
    },
  ];
  // What is approved and published must be a new version: the published one stays in the history.
  if (claim.everPublished || claim.verdict?.published) {
    items.push({
      label: "The corrected verdict saved as a new version",
      met: Boolean(claim.verdict) && !claim.verdict?.published,
      refusal: "This verdict is already published: save the corrected verdict as a new version first.",
    });
  }
  return items;
}

const RULES: Record<ClaimAction, Rule> = {
  accept: { from: "candidate", to: "researching", role: "checker", verb: "accepted" },
  dismiss: {
    from: "candidate",
    to: "dismissed",
    role: "checker",
    verb: "dismissed",
    check: requireNote("Say why this candidate is dismissed."),
  },
  restore: { from: "dismissed", to: "candidate", role: "checker", verb: "restored" },
  submit: {
    from: "researching",
    to: "in_review",
    role: "checker",
    verb: "sent for review",
    check: (claim, actor) => {
      if (!hasRole(actor.role, "editor") && claim.assigneeId !== actor.id) {
        return refuse(403, "Only the fact-checker assigned to this claim or an editor can send it for review.");
      }
      const missing = reviewChecklist(claim).find((item) => !item.met);
      return missing ? refuse(422, missing.refusal) : null;
    },
  },
  approve: {
    from: "in_review",
    to: "approved",
    role: "editor",
    verb: "approved",
    check: (claim, actor) =>
      claim.verdict?.authorId === actor.id
        ? refuse(403, "You wrote the current verdict: another editor must approve it (two-person rule).")
        : null,
  },
  send_back: {
    from: "in_review",
    to: "researching",
    role: "editor",
    verb: "sent back",
    check: requireNote("Say what needs another look."),
  },
  // Also taken by Claimdesk itself when what readers would see changed since the approval.
  withdraw_approval: {
    from: "approved",
    to: "in_review",
    role: "editor",
    verb: "sent back to review",
    check: requireNote("Say why the approval is withdrawn."),
  },
  publish: {
    from: "approved",
    to: "published",
    role: "editor",
    verb: "published",
    check: (claim, _actor, note) =>
      claim.everPublished && !note
        ? refuse(422, "This republishes a corrected verdict: write the correction note readers will see.")
        : null,
  },
  reopen: {
    from: "published",
    to: "researching",
    role: "editor",
    verb: "reopened for a correction",
    check: requireNote("Say what is being corrected."),
  },
};

const ROLE_NAMES: Record<Role, string> = { checker: "a fact-checker", editor: "an editor", admin: "an administrator" };

export function decideTransition(
  claim: WorkflowClaim,
  action: ClaimAction,
  actor: WorkflowActor,
  input: TransitionInput = {},
): TransitionDecision {
  const rule = RULES[action];
  if (!hasRole(actor.role, rule.role)) {
    return refuse(403, `Only ${ROLE_NAMES[rule.role]} or above can do this; you are ${ROLE_NAMES[actor.role]}.`);
  }
  if (claim.state !== rule.from) {
    return refuse(
      409,
      `This claim is ${claim.state.replace("_", " ")}; only a claim that is ${rule.from.replace("_", " ")} can be ${rule.verb}.`,
    );
  }
  const note = input.note?.trim() || null;
  const refusal = rule.check?.(claim, actor, note);
  if (refusal) return refusal;
  if (action === "accept" && input.assigneeId && input.assigneeId !== actor.id && !hasRole(actor.role, "editor")) {
    return refuse(403, "Only an editor can give a claim to someone else; accept it for yourself.");
  }
  const assigneeId = action === "accept" ? (input.assigneeId ?? actor.id) : claim.assigneeId;
  return { allowed: true, toState: rule.to, assigneeId, note };
}

// Who said a claim is part of what an editor approves and readers see (the claim's public record).
const SPEAKER_LOCKS: Partial<Record<ClaimState, string>> = {
  approved:
    "The speaker is part of what the editor approved: an editor must withdraw the approval (send the claim back to review) before it changes.",
  published:
    "The speaker is part of the published record: an editor must reopen the claim for a correction before it changes.",
};

/** Why the speaker of a claim in this state cannot be changed, or null when it can. */
export function speakerLockedReason(state: ClaimState): string | null {
  return SPEAKER_LOCKS[state] ?? null;
}

/** Reasons offered when dismissing a candidate; the first is chosen unless the checker picks another,
 *  and "Other" is for one the checker writes in the note beside it. */
export const DISMISS_REASONS = [
  "Not a checkable claim",
  "Not newsworthy enough to check",
  "Already checked elsewhere",
  "Extraction mistake",
  "Other",
] as const;

/** The action that moves a claim from its state to the one asked for (the API names targets, not
 *  actions), or null when no single step leads there. */
export function actionForTarget(from: ClaimState, to: ClaimState): ClaimAction | null {
  const action = CLAIM_ACTIONS.find((candidate) => RULES[candidate].from === from && RULES[candidate].to === to);
  return action ?? null;
}

/** The state an action leads to. */
export function targetOf(action: ClaimAction): ClaimState {
  return RULES[action].to;
}

/** The actions that lead out of a state, for offering buttons. */
export function actionsFrom(state: ClaimState): ClaimAction[] {
  return CLAIM_ACTIONS.filter((action) => RULES[action].from === state);
}
