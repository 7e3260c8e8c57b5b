import { describe, expect, it } from "vitest";
import { decideAssignment } from "~/domain/assignment-rules";
import type { ClaimState } from "~/domain/claim-states";

const checker = { id: "cara", role: "checker" as const };
const otherChecker = { id: "cole", role: "checker" as const };
const editor = { id: "eli", role: "editor" as const };
const admin = { id: "ada", role: "admin" as const };

const claim = (assigneeId: string | null, dueOn: string | null = null, state: ClaimState = "researching") => ({
  state,
  assigneeId,
  dueOn,
});

describe("who may assign a claim and set its due date", () => {
  it("lets editors and admins give any claim to anyone and set or clear its due date", () => {
    for (const actor of [editor, admin]) {
      expect(decideAssignment(actor, claim("cole"), { assigneeId: "cara", dueOn: "2025-02-01" })).toEqual({
        allowed: true,
        assigneeChanged: true,
        dueOnChanged: true,
      });
      expect(decideAssignment(actor, claim("cole", "2025-02-01"), { assigneeId: null, dueOn: null })).toMatchObject({
        allowed: true,
      });
      expect(
        decideAssignment(actor, claim(null, null, "published"), { assigneeId: "cara", dueOn: null }),
      ).toMatchObject({ allowed: true });
    }
  });

  it("lets a checker take an unassigned claim for themselves", () => {
    expect(decideAssignment(checker, claim(null), { assigneeId: "cara", dueOn: null })).toEqual({
      allowed: true,
      assigneeChanged: true,
      dueOnChanged: false,
    });
  });

  it("lets a checker hand back a claim they hold, keeping its due date", () => {
    expect(decideAssignment(checker, claim("cara", "2025-02-01"), { assigneeId: null, dueOn: "2025-02-01" })).toEqual({
      allowed: true,
      assigneeChanged: true,
      dueOnChanged: false,
    });
  });

  it("refuses a checker taking someone else's claim, with a reason", () => {
    expect(decideAssignment(checker, claim("cole"), { assigneeId: "cara", dueOn: null })).toEqual({
      allowed: false,
      status: 403,
      reason: "This claim is assigned to someone else; only an editor can reassign it.",
    });
    expect(decideAssignment(checker, claim("cole"), { assigneeId: null, dueOn: null })).toMatchObject({
      allowed: false,
      status: 403,
    });
  });

  it("refuses a checker giving a claim to another person", () => {
    expect(decideAssignment(checker, claim(null), { assigneeId: "cole", dueOn: null })).toMatchObject({
      allowed: false,
      status: 403,
      reason: expect.stringContaining("an editor assigns others"),
    });
    expect(decideAssignment(checker, claim("cara"), { assigneeId: "cole", dueOn: null })).toMatchObject({
      allowed: false,
      status: 403,
    });
  });

  it("refuses a checker setting or clearing a due date", () => {
    expect(decideAssignment(checker, claim("cara"), { assigneeId: "cara", dueOn: "2025-02-01" })).toEqual({
      allowed: false,
      status: 403,
      reason: "Only an editor can set a due date.",
    });
    expect(decideAssignment(checker, claim(null, "2025-02-01"), { assigneeId: "cara", dueOn: null })).toMatchObject({
      allowed: false,
      status: 403,
    });
  });

  it("refuses a checker picking up a claim with no work left on it", () => {
    for (const state of ["published", "dismissed"] as const) {
      expect(decideAssignment(checker, claim(null, null, state), { assigneeId: "cara", dueOn: null })).toMatchObject({
        allowed: false,
        status: 409,
      });
    }
  });

  it("allows a request that changes nothing, for any role", () => {
    for (const actor of [checker, otherChecker, editor]) {
      expect(decideAssignment(actor, claim("cole", "2025-02-01"), { assigneeId: "cole", dueOn: "2025-02-01" })).toEqual(
        { allowed: true, assigneeChanged: false, dueOnChanged: false },
      );
    }
  });
});
