import { describe, expect, it } from "vitest";
import { CLAIM_STATES } from "~/domain/claim-states";
import { decideTransition, TRIAGE_ACTIONS } from "~/domain/claim-workflow";
import { ROLES } from "~/domain/roles";

const checker = { id: "c1", role: "checker" as const };

describe("triage rules", () => {
  it("allows exactly these moves, for every role", () => {
    const allowed: string[] = [];
    for (const state of CLAIM_STATES) {
      for (const action of TRIAGE_ACTIONS) {
        for (const role of ROLES) {
          const decision = decideTransition({ state, assigneeId: null }, action, { id: "u", role }, { note: "why" });
          if (decision.allowed) allowed.push(`${role}: ${action} ${state} → ${decision.toState}`);
        }
      }
    }
    expect(allowed.sort()).toEqual(
      ROLES.flatMap((role) => [
        `${role}: accept candidate → researching`,
        `${role}: dismiss candidate → dismissed`,
        `${role}: restore dismissed → candidate`,
      ]).sort(),
    );
  });

  it("assigns an accepted claim to whoever accepted it unless someone else is named", () => {
    expect(decideTransition({ state: "candidate", assigneeId: null }, "accept", checker)).toMatchObject({
      allowed: true,
      assigneeId: "c1",
    });
    expect(
      decideTransition({ state: "candidate", assigneeId: null }, "accept", checker, { assigneeId: "c2" }),
    ).toMatchObject({ assigneeId: "c2" });
  });

  it("asks for a reason before dismissing", () => {
    expect(decideTransition({ state: "candidate", assigneeId: null }, "dismiss", checker, { note: "  " })).toEqual({
      allowed: false,
      status: 422,
      reason: "Say why this candidate is dismissed.",
    });
  });

  it("explains why a move is refused", () => {
    expect(
      decideTransition({ state: "researching", assigneeId: "c1" }, "dismiss", checker, { note: "x" }),
    ).toMatchObject({
      allowed: false,
      status: 409,
      reason: "This claim is researching; only a candidate claim can be dismissed.",
    });
  });
});
