import { describe, expect, it } from "vitest";
import { CLAIM_STATES, type ClaimState } from "~/domain/claim-states";
import {
  actionForTarget,
  actionsFrom,
  CLAIM_ACTIONS,
  type ClaimAction,
  decideTransition,
  reviewChecklist,
  type WorkflowClaim,
  workflowClaimFrom,
} from "~/domain/claim-workflow";
import { researchLockedReason } from "~/domain/research-rules";
import { ROLES, type Role } from "~/domain/roles";

// The specification, written out: from which state each action leads where, and the lowest role.
const SPEC: Record<ClaimAction, { from: ClaimState; to: ClaimState; role: Role }> = {
  accept: { from: "candidate", to: "researching", role: "checker" },
  dismiss: { from: "candidate", to: "dismissed", role: "checker" },
  restore: { from: "dismissed", to: "candidate", role: "checker" },
  submit: { from: "researching", to: "in_review", role: "checker" },
  approve: { from: "in_review", to: "approved", role: "editor" },
  send_back: { from: "in_review", to: "researching", role: "editor" },
  withdraw_approval: { from: "approved", to: "in_review", role: "editor" },
  publish: { from: "approved", to: "published", role: "editor" },
  reopen: { from: "published", to: "researching", role: "editor" },
};

const RANK: Record<Role, number> = { checker: 0, editor: 1, admin: 2 };

/** A claim that meets every precondition, so only state and role decide. */
const ready = (state: ClaimState): WorkflowClaim => ({
  state,
  assigneeId: "actor",
  sourceCount: 2,
  verdict: { authorId: "someone-else", published: false },
  everPublished: false,
});

describe("the claim workflow", () => {
  for (const state of CLAIM_STATES) {
    for (const action of CLAIM_ACTIONS) {
      for (const role of ROLES) {
        const spec = SPEC[action];
        const expected = RANK[role] < RANK[spec.role] ? 403 : state !== spec.from ? 409 : spec.to;
        it(`${role}: ${action} from ${state} → ${expected}`, () => {
          const decision = decideTransition(ready(state), action, { id: "actor", role }, { note: "a note" });
          expect(decision.allowed ? decision.toState : decision.status).toBe(expected);
          if (!decision.allowed) expect(decision.reason.length).toBeGreaterThan(20);
        });
      }
    }
  }
});

describe("the rules beyond state and role", () => {
  const checker = { id: "c1", role: "checker" as const };
  const editor = { id: "e1", role: "editor" as const };

  it("never lets the author of the current verdict approve it, even as an editor or admin", () => {
    for (const role of ["editor", "admin"] as const) {
      const claim = { ...ready("in_review"), verdict: { authorId: "e1", published: false } };
      expect(decideTransition(claim, "approve", { id: "e1", role })).toMatchObject({
        allowed: false,
        status: 403,
        reason: expect.stringContaining("two-person rule"),
      });
    }
  });

  it("sends a claim for review only with a source and a drafted verdict", () => {
    expect(
      decideTransition({ ...ready("researching"), sourceCount: 0 }, "submit", { ...checker, id: "actor" }),
    ).toMatchObject({
      status: 422,
      reason: expect.stringContaining("source"),
    });
    expect(
      decideTransition({ ...ready("researching"), verdict: null }, "submit", { ...checker, id: "actor" }),
    ).toMatchObject({
      status: 422,
      reason: expect.stringContaining("rating and a summary"),
    });
  });

  it("lets only the assignee (or an editor) send a claim for review", () => {
    expect(decideTransition(ready("researching"), "submit", checker)).toMatchObject({ status: 403 });
    expect(decideTransition(ready("researching"), "submit", editor)).toMatchObject({
      allowed: true,
      toState: "in_review",
    });
  });

  it("asks for a note when dismissing, sending back and reopening", () => {
    for (const [state, action, actor] of [
      ["candidate", "dismiss", checker],
      ["in_review", "send_back", editor],
      ["published", "reopen", editor],
    ] as const) {
      expect(decideTransition(ready(state), action, actor, { note: " " })).toMatchObject({
        allowed: false,
        status: 422,
      });
    }
  });

  it("asks for a public correction note when a corrected verdict is republished", () => {
    const corrected = { ...ready("approved"), everPublished: true };
    expect(decideTransition(corrected, "publish", editor)).toMatchObject({
      status: 422,
      reason: expect.stringContaining("correction note"),
    });
    expect(decideTransition(corrected, "publish", editor, { note: "The figure was 3,100, not 4,000." })).toMatchObject({
      allowed: true,
    });
  });

  it("assigns an accepted claim to whoever accepted it; only an editor names someone else", () => {
    expect(decideTransition(ready("candidate"), "accept", checker)).toMatchObject({ allowed: true, assigneeId: "c1" });
    expect(decideTransition(ready("candidate"), "accept", checker, { assigneeId: "c2" })).toMatchObject({
      allowed: false,
      status: 403,
    });
    expect(decideTransition(ready("candidate"), "accept", editor, { assigneeId: "c2" })).toMatchObject({
      allowed: true,
      assigneeId: "c2",
    });
  });

  it("sends a correction for review only as a new verdict version, so the published one stays in the history", () => {
    const reopened = { ...ready("researching"), everPublished: true, verdict: { authorId: "actor", published: true } };
    expect(decideTransition(reopened, "submit", { ...checker, id: "actor" })).toMatchObject({
      status: 422,
      reason: expect.stringContaining("new version"),
    });
  });

  it("lists what sending for review needs, ticked as the claim has it; the first unticked is the refusal", () => {
    const actor = { ...checker, id: "actor" };
    const fresh = { ...ready("researching"), sourceCount: 0, verdict: null };
    expect(reviewChecklist(fresh).map((item) => [item.label, item.met])).toEqual([
      ["At least one source attached", false],
      ["A verdict drafted, with a rating and a summary", false],
    ]);
    expect(decideTransition(fresh, "submit", actor)).toMatchObject({ reason: reviewChecklist(fresh)[0]?.refusal });
    const sourced = { ...fresh, sourceCount: 1 };
    expect(reviewChecklist(sourced).map((item) => item.met)).toEqual([true, false]);
    expect(decideTransition(sourced, "submit", actor)).toMatchObject({ reason: reviewChecklist(sourced)[1]?.refusal });
    expect(reviewChecklist(ready("researching")).every((item) => item.met)).toBe(true);
    // A reopened claim also needs its corrected verdict as a new version.
    const reopened = { ...ready("researching"), everPublished: true, verdict: { authorId: "actor", published: true } };
    expect(reviewChecklist(reopened).map((item) => [item.label, item.met])).toEqual([
      ["At least one source attached", true],
      ["A verdict drafted, with a rating and a summary", true],
      ["The corrected verdict saved as a new version", false],
    ]);
  });

  it("reads what it needs from a claim's stored facts", () => {
    expect(
      workflowClaimFrom({
        state: "researching",
        assigneeId: "c1",
        sourceCount: 2,
        currentVerdict: { authorId: "c1", publishedAt: new Date() },
        publishedVerdictId: 7,
      }),
    ).toEqual({
      state: "researching",
      assigneeId: "c1",
      sourceCount: 2,
      verdict: { authorId: "c1", published: true },
      everPublished: true,
    });
  });

  it("explains a refused move in words", () => {
    expect(decideTransition(ready("researching"), "dismiss", checker, { note: "x" })).toMatchObject({
      reason: "This claim is researching; only a claim that is candidate can be dismissed.",
    });
    expect(decideTransition(ready("approved"), "publish", checker)).toMatchObject({
      reason: "Only an editor or above can do this; you are a fact-checker.",
    });
  });
});

describe("moves named by their target state (as the API asks for them)", () => {
  for (const from of CLAIM_STATES) {
    for (const to of CLAIM_STATES) {
      const expected = (Object.keys(SPEC) as ClaimAction[]).find(
        (action) => SPEC[action].from === from && SPEC[action].to === to,
      );
      it(`${from} → ${to} is ${expected ?? "not a single step"}`, () => {
        expect(actionForTarget(from, to)).toBe(expected ?? null);
      });
    }
  }

  it("offers from each state exactly the actions the specification starts there", () => {
    for (const state of CLAIM_STATES) {
      expect(actionsFrom(state).sort()).toEqual(
        (Object.keys(SPEC) as ClaimAction[]).filter((action) => SPEC[action].from === state).sort(),
      );
    }
  });
});

describe("when research can change", () => {
  it("allows sources and verdict drafts only while researching or in review", () => {
    const open = CLAIM_STATES.filter((state) => researchLockedReason(state) === null);
    expect(open).toEqual(["researching", "in_review"]);
  });
});
