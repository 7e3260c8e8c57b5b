import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createArticle } from "~/.server/articles/articles";
import { getClaim, makeClaim } from "~/.server/claims/claims";
import { transitionClaim } from "~/.server/claims/transitions";
import { assignClaim } from "~/.server/review/assignment";
import { firstQueueTabWithWork, loadDesk, waitingForMe } from "~/.server/review/desk";
import { addSource } from "~/.server/review/source-records";
import { proposeVerdict } from "~/.server/review/verdicts";
import { createUser } from "~/.server/users/user-accounts";
import type { WorkflowActor } from "~/domain/claim-workflow";
import type { Role } from "~/domain/roles";
import { articleInputSchema } from "~/domain/schemas/article";
import { newClaimSchema } from "~/domain/schemas/claim";
import { sourceInputSchema, transitionInputSchema } from "~/domain/schemas/review";
import { parseInput } from "~/domain/validation";
import { createTestDatabase, type TestDatabase } from "../helpers/test-database";

// "Today" is fixed so what is due soon never depends on the clock.
const TODAY = "2025-02-01";
const BODY = "The mayor promised 500 new homes. Rents are falling. Parks will be cleaned. Buses will run all night.";

let database: TestDatabase;
let cara: WorkflowActor;
let cole: WorkflowActor;
let eli: WorkflowActor;
let esme: WorkflowActor;
let articleId: number;

async function person(name: string, role: Role): Promise<WorkflowActor> {
  const email = `${name.toLowerCase().replace(/\W+/g, ".")}@desk.test`;
  const user = await createUser(database.db, null, { email, displayName: name, role, password: "test password 123" });
  return { id: user.id, role };
}

const version = async (claimId: number) => (await getClaim(database.db, claimId)).version;

async function move(actor: WorkflowActor, claimId: number, to: string, note?: string) {
  await transitionClaim(
    database.db,
    actor,
    claimId,
    parseInput(transitionInputSchema, { to, version: await version(claimId), note }),
  );
}

/** A claim accepted by `checker`, assigned to them, with a source and a verdict, sent for review. */
async function inReview(checker: WorkflowActor, words: string, dueOn: string | null = null) {
  const start = BODY.indexOf(words);
  const { id } = await makeClaim(
    database.db,
    checker.id,
    parseInput(newClaimSchema, {
      articleId,
      kind: "statement",
      start,
      end: start + words.length,
      speaker: "Mayor",
    }),
  );
  await move(checker, id, "researching");
  await assignClaim(database.db, eli, id, { assigneeId: checker.id, dueOn, version: await version(id) });
  await addSource(database.db, checker, id, {
    ...parseInput(sourceInputSchema, { url: "https://stats.example.org/homes", title: "Housing report" }),
    version: await version(id),
  });
  await proposeVerdict(database.db, checker, id, {
    rating: "False",
    summary: "The report says otherwise.",
    rationale: "",
    version: await version(id),
  });
  await move(checker, id, "in_review");
  return id;
}

beforeAll(async () => {
  database = await createTestDatabase();
  cara = await person("Cara Checker", "checker");
  cole = await person("Cole Checker", "checker");
  eli = await person("Eli Editor", "editor");
  esme = await person("Esme Editor", "editor");
  articleId = (
    await createArticle(database.db, cara.id, parseInput(articleInputSchema, { title: "Homes", body: BODY }))
  ).id;
});
afterAll(() => database.dispose());

describe("my desk", () => {
  it("shows an editor the claims waiting for their review, counted in the navigation", async () => {
    expect(await waitingForMe(database.db, esme)).toBe(0);
    expect(await firstQueueTabWithWork(database.db, esme, TODAY)).toBe("all");
    const homes = await inReview(cara, "500 new homes");
    const rents = await inReview(cole, "Rents are falling");
    const desk = await loadDesk(database.db, esme, TODAY);
    expect(desk.review?.rows.map((row) => row.id).sort()).toEqual([homes, rents].sort());
    expect(await waitingForMe(database.db, esme)).toBe(2);
    expect(await firstQueueTabWithWork(database.db, esme, TODAY)).toBe("review");
    // A checker has no review list and nothing waiting yet; their queue opens on their own claims.
    expect((await loadDesk(database.db, cara, TODAY)).review).toBeNull();
    expect(await waitingForMe(database.db, cara)).toBe(0);
    expect(await firstQueueTabWithWork(database.db, cara, TODAY)).toBe("mine");
  });

  it("shows a checker a send-back with the editor's note until they act on it", async () => {
    const parks = await inReview(cara, "Parks will be cleaned");
    await move(esme, parks, "researching", "The report is from 2019; find this year's figures.");
    const desk = await loadDesk(database.db, cara, TODAY);
    expect(desk.sentBack).toEqual([
      expect.objectContaining({
        id: parks,
        note: "The report is from 2019; find this year's figures.",
        sentBackBy: "Esme Editor",
      }),
    ]);
    expect(await waitingForMe(database.db, cara)).toBe(1);
    // Another checker's desk does not show it.
    expect((await loadDesk(database.db, cole, TODAY)).sentBack).toEqual([]);
    // Sent for review again: no longer waiting for the checker.
    await move(cara, parks, "in_review");
    expect((await loadDesk(database.db, cara, TODAY)).sentBack).toEqual([]);
    expect(await waitingForMe(database.db, cara)).toBe(0);
  });

  it("lists what is due within three days or overdue, nearest first", async () => {
    const buses = await inReview(cole, "Buses will run all night", "2025-02-03");
    const later = await getClaim(database.db, buses);
    expect((await loadDesk(database.db, cole, TODAY)).due.map((row) => row.id)).toEqual([later.id]);
    expect((await loadDesk(database.db, cole, "2025-01-20")).due).toEqual([]);
  });
});
