import { eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createArticle } from "~/.server/articles/articles";
import { getClaim, makeClaim } from "~/.server/claims/claims";
import { transitionClaim } from "~/.server/claims/transitions";
import { claimEvents } from "~/.server/db/schema/all-tables";
import { assignClaim } from "~/.server/review/assignment";
import { createUser, setDisabled } from "~/.server/users/user-accounts";
import type { WorkflowActor } from "~/domain/claim-workflow";
import type { Role } from "~/domain/roles";
import { articleInputSchema } from "~/domain/schemas/article";
import { newClaimSchema } from "~/domain/schemas/claim";
import { assignmentInputSchema } from "~/domain/schemas/review";
import { parseInput } from "~/domain/validation";
import * as queueRoute from "~/routes/queue";
import { requestAs } from "../helpers/requests";
import { createTestDatabase, type TestDatabase } from "../helpers/test-database";

let database: TestDatabase;
let cara: WorkflowActor;
let cole: WorkflowActor;
let eli: WorkflowActor;
let articleId: number;
const BODY = "The council promised cleaner rivers by next summer.";

async function person(name: string, role: Role): Promise<WorkflowActor> {
  const email = `${name.toLowerCase().replace(/\W+/g, ".")}@assign.test`;
  const user = await createUser(database.db, null, { email, displayName: name, role, password: "test password 123" });
  return { id: user.id, role };
}

beforeAll(async () => {
  database = await createTestDatabase();
  cara = await person("Cara Checker", "checker");
  cole = await person("Cole Checker", "checker");
  eli = await person("Eli Editor", "editor");
  articleId = (
    await createArticle(database.db, eli.id, parseInput(articleInputSchema, { title: "Rivers", body: BODY }))
  ).id;
  // The queue's action opens the app's database; this test's database stands in for it.
});
afterAll(async () => {
  await database.dispose();
});

/** Fields as the queue page's form sends them, parsed as the page parses them, then assigned. */
async function assign(actor: WorkflowActor, claimId: number, fields: Record<string, unknown>) {
  return assignClaim(database.db, actor, claimId, parseInput(assignmentInputSchema, fields));
}

/** A fresh claim being researched by nobody. */
async function unassignedClaim() {
  const claim = await makeClaim(
    database.db,
    eli.id,
    parseInput(newClaimSchema, { articleId, kind: "statement", start: 4, end: 11 }),
  );
  await transitionClaim(database.db, eli, claim.id, {
    to: "researching",
    version: claim.version,
    note: null,
    assigneeId: null,
  });
  const accepted = await getClaim(database.db, claim.id);
  await assign(eli, claim.id, { assigneeId: null, dueOn: null, version: accepted.version });
  return getClaim(database.db, claim.id);
}

const eventsOf = async (claimId: number, actions = ["assigned", "due_date_set"]) =>
  (await database.db.select().from(claimEvents).where(eq(claimEvents.claimId, claimId)).orderBy(claimEvents.id))
    .filter((event) => actions.includes(event.action))
    .map(({ action, actorId, details }) => ({ action, actorId, details }));

describe("assigning a claim", () => {
  it("lets an editor give a claim to someone with a due date, bumping its version and recording both changes", async () => {
    const claim = await unassignedClaim();
    const result = await assign(eli, claim.id, {
      assigneeId: cole.id,
      dueOn: "2025-03-01",
      version: claim.version,
    });
    expect(result).toEqual({ id: claim.id, assigneeId: cole.id, dueOn: "2025-03-01", version: claim.version + 1 });
    expect(await getClaim(database.db, claim.id)).toMatchObject({ assigneeName: "Cole Checker", dueOn: "2025-03-01" });
    expect((await eventsOf(claim.id)).slice(-2)).toEqual([
      { action: "assigned", actorId: eli.id, details: { from: null, to: cole.id } },
      { action: "due_date_set", actorId: eli.id, details: { from: null, to: "2025-03-01" } },
    ]);
  });

  it("writes nothing when nothing changes", async () => {
    const claim = await unassignedClaim();
    const before = await eventsOf(claim.id);
    await assign(eli, claim.id, { assigneeId: "", dueOn: "", version: claim.version });
    expect((await getClaim(database.db, claim.id)).version).toBe(claim.version);
    expect(await eventsOf(claim.id)).toEqual(before);
  });

  it("lets a checker take an unassigned claim and hand it back", async () => {
    const claim = await unassignedClaim();
    await assign(cara, claim.id, { assigneeId: cara.id, version: claim.version });
    await assign(cara, claim.id, { assigneeId: null, version: claim.version + 1 });
    expect((await eventsOf(claim.id)).slice(-2)).toEqual([
      { action: "assigned", actorId: cara.id, details: { from: null, to: cara.id } },
      { action: "assigned", actorId: cara.id, details: { from: cara.id, to: null } },
    ]);
  });

  it("refuses a checker taking someone else's claim or setting a due date (403), changing nothing", async () => {
    const claim = await unassignedClaim();
    await assign(cole, claim.id, { assigneeId: cole.id, version: claim.version });
    const taken = await getClaim(database.db, claim.id);
    await expect(assign(cara, claim.id, { assigneeId: cara.id, version: taken.version })).rejects.toMatchObject({
      status: 403,
      message: expect.stringContaining("assigned to someone else"),
    });
    await expect(
      assign(cole, claim.id, { assigneeId: cole.id, dueOn: "2025-04-01", version: taken.version }),
    ).rejects.toMatchObject({ status: 403, message: "Only an editor can set a due date." });
    expect(await getClaim(database.db, claim.id)).toMatchObject({ assigneeId: cole.id, dueOn: null });
  });

  it("refuses a stale version with 409 and keeps the other person's change", async () => {
    const claim = await unassignedClaim();
    await assign(cara, claim.id, { assigneeId: cara.id, version: claim.version });
    const before = await eventsOf(claim.id);
    await expect(
      assign(eli, claim.id, { assigneeId: cole.id, dueOn: "2025-05-01", version: claim.version }),
    ).rejects.toMatchObject({ status: 409 });
    expect(await getClaim(database.db, claim.id)).toMatchObject({ assigneeId: cara.id, dueOn: null });
    expect(await eventsOf(claim.id)).toEqual(before);
  });

  it("refuses someone who cannot sign in as the assignee", async () => {
    const gone = await person("Gone Checker", "checker");
    await setDisabled(database.db, eli.id, gone.id, true);
    const claim = await unassignedClaim();
    await expect(assign(eli, claim.id, { assigneeId: gone.id, version: claim.version })).rejects.toMatchObject({
      status: 422,
    });
    await expect(assign(eli, claim.id, { dueOn: "next week", version: claim.version })).rejects.toMatchObject({
      status: 422,
      fields: { dueOn: "Use a date like 2025-01-18." },
    });
  });
});

describe("assigning from the queue page", () => {
  async function post(userId: string, fields: Record<string, string>) {
    const path = "/queue?tab=unassigned&sort=due";
    const { request, context } = await requestAs(database.db, userId, path, {
      method: "POST",
      body: new URLSearchParams(fields),
    });
    return queueRoute.action({ request, context, params: {} });
  }

  it("takes a claim and comes back to the same view, at the claim", async () => {
    const claim = await unassignedClaim();
    const response = await post(cara.id, {
      claimId: String(claim.id),
      assigneeId: cara.id,
      version: String(claim.version),
    });
    expect(response).toBeInstanceOf(Response);
    expect((response as Response).headers.get("Location")).toBe(
      `/queue?tab=unassigned&sort=due#queue-claim-${claim.id}`,
    );
  });

  it("says someone else changed the claim and shows what it holds now, keeping what the user chose", async () => {
    const claim = await unassignedClaim();
    await assign(eli, claim.id, { assigneeId: cole.id, dueOn: "2025-06-01", version: claim.version });
    const result = (await post(eli.id, {
      claimId: String(claim.id),
      assigneeId: cara.id,
      dueOn: "2025-07-01",
      version: String(claim.version),
    })) as unknown as { init: ResponseInit; data: { error: { code: string }; submitted: Record<string, string> } };
    expect(result.init.status).toBe(409);
    expect(result.data.error.code).toBe("conflict");
    expect(result.data.submitted).toMatchObject({
      assigneeId: cara.id,
      dueOn: "2025-07-01",
      currentAssignee: "Cole Checker",
      currentDueOn: "2025-06-01",
    });
  });
});
