import { and, asc, desc, eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createArticle } from "~/.server/articles/articles";
import { claimEvents, claims } from "~/.server/db/schema/all-tables";
import { createUser } from "~/.server/users/user-accounts";
import { articleInputSchema } from "~/domain/schemas/article";
import { parseInput } from "~/domain/validation";
import * as articlePage from "~/routes/articles.$articleId";
import { requestAs } from "../helpers/requests";
import { createTestDatabase, type TestDatabase } from "../helpers/test-database";

// Dismissing a candidate on the article page keeps why (the reason chosen and the checker's note) in
// the claim's history, and the page that follows offers to undo it; undoing restores the candidate.

let database: TestDatabase;
let checkerId: string;
let articleId: number;

beforeAll(async () => {
  database = await createTestDatabase();
  checkerId = (
    await createUser(database.db, null, {
      email: "dismiss.checker@paper.test",
      displayName: "Dismiss Checker",
      role: "checker",
      password: "test password 123",
    })
  ).id;
  articleId = (
    await createArticle(
      database.db,
      checkerId,
      parseInput(articleInputSchema, {
        title: "Ferry fares",
        body: "Dock workers said the ferry fare would rise by 12 percent.\n\n“We will strike for 9 days,” said Ana Ruiz.",
      }),
    )
  ).id;
});
afterAll(() => database.dispose());

async function post(form: Record<string, string | string[]>) {
  const body = new URLSearchParams();
  for (const [name, value] of Object.entries(form)) for (const each of [value].flat()) body.append(name, each);
  const args = await requestAs(database.db, checkerId, `/articles/${articleId}`, { method: "POST", body });
  return (await articlePage.action({ ...args, params: { articleId: String(articleId) } })) as Response;
}

async function page(query: string) {
  const args = await requestAs(database.db, checkerId, `/articles/${articleId}${query}`);
  return (await articlePage.loader({ ...args, params: { articleId: String(articleId) } })) as Exclude<
    Awaited<ReturnType<typeof articlePage.loader>>,
    undefined
  >;
}

const candidates = () =>
  database.db.select().from(claims).where(eq(claims.articleId, articleId)).orderBy(asc(claims.startOffset));
const ref = (claim: { id: number; version: number }) => `${claim.id}:${claim.version}`;

describe("dismissing and undoing on the article page", () => {
  it("stores the reason with the checker's note, and the next page offers to undo", async () => {
    const [first, second] = await candidates();
    if (!first || !second) throw new Error("extraction found fewer than two claims");
    const response = await post({
      intent: "triage",
      action: "dismiss",
      claim: ref(first),
      note: "Other",
      detail: "  a headline, not a claim ",
      next: String(second.id),
    });
    expect(response.status).toBe(302);
    expect(response.headers.get("Location")).toBe(
      `/articles/${articleId}?claim=${second.id}&dismissed=${first.id}#claim-${second.id}`,
    );
    const [event] = await database.db
      .select()
      .from(claimEvents)
      .where(and(eq(claimEvents.claimId, first.id), eq(claimEvents.toState, "dismissed")));
    expect(event).toMatchObject({ actorId: checkerId, fromState: "candidate", note: "Other: a headline, not a claim" });

    const after = await page(`?claim=${second.id}&dismissed=${first.id}`);
    expect(after.undoable.map((claim) => claim.id)).toEqual([first.id]);
  });

  it("offers no undo for a claim that is not dismissed, whatever the address says", async () => {
    const [, second] = await candidates();
    expect((await page(`?dismissed=${second?.id},abc`)).undoable).toEqual([]);
  });

  it("restores the candidate on undo, with its own event", async () => {
    const [first] = await candidates();
    if (!first) throw new Error("no claim");
    expect(first.state).toBe("dismissed");
    const response = await post({ intent: "triage", action: "restore", claim: ref(first), next: String(first.id) });
    expect(response.headers.get("Location")).toBe(`/articles/${articleId}?claim=${first.id}#claim-${first.id}`);
    const [restored] = await database.db.select().from(claims).where(eq(claims.id, first.id));
    expect(restored?.state).toBe("candidate");
    const events = await database.db
      .select({ from: claimEvents.fromState, to: claimEvents.toState, actorId: claimEvents.actorId })
      .from(claimEvents)
      .where(eq(claimEvents.claimId, first.id))
      .orderBy(asc(claimEvents.id));
    expect(events.slice(-2)).toEqual([
      { from: "candidate", to: "dismissed", actorId: checkerId },
      { from: "dismissed", to: "candidate", actorId: checkerId },
    ]);
  });

  it("dismisses ticked claims together and offers to undo them together", async () => {
    const all = await candidates();
    const response = await post({
      intent: "triage",
      action: "dismiss",
      claim: all.map(ref),
      note: "Not a checkable claim",
    });
    const location = new URL(response.headers.get("Location") ?? "", "http://x");
    expect(location.searchParams.get("dismissed")).toBe(all.map((claim) => claim.id).join(","));
    expect((await page(location.search)).undoable).toHaveLength(all.length);
  });
});

describe("dismissing without JavaScript", () => {
  it("takes the reason from the claim card's select and the note typed beside it", async () => {
    const [first] = await candidates();
    if (!first) throw new Error("no claim");
    await post({ intent: "triage", action: "restore", claim: ref(first) });
    const [restored] = await database.db.select().from(claims).where(eq(claims.id, first.id));
    if (!restored) throw new Error("no claim");
    await post({ intent: "triage", action: "dismiss", claim: ref(restored), note: "Extraction mistake", detail: "" });
    const [event] = await database.db
      .select({ note: claimEvents.note })
      .from(claimEvents)
      .where(and(eq(claimEvents.claimId, first.id), eq(claimEvents.toState, "dismissed")))
      .orderBy(desc(claimEvents.id))
      .limit(1);
    expect(event?.note).toBe("Extraction mistake");
  });
});
