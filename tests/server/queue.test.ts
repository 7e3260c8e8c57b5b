import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createArticle } from "~/.server/articles/articles";
import { getClaim, listArticleClaims, makeClaim } from "~/.server/claims/claims";
import { transitionClaim } from "~/.server/claims/transitions";
import { assignClaim } from "~/.server/review/assignment";
import { listQueue, queueCounts, queuePeople } from "~/.server/review/review-queue";
import { addSource } from "~/.server/review/source-records";
import { proposeVerdict } from "~/.server/review/verdicts";
import { createUser } from "~/.server/users/user-accounts";
import type { ClaimKind } from "~/domain/claim-states";
import type { WorkflowActor } from "~/domain/claim-workflow";
import type { Role } from "~/domain/roles";
import { articleInputSchema } from "~/domain/schemas/article";
import { newClaimSchema } from "~/domain/schemas/claim";
import { QUEUE_SORTS, type QueueFilters, queueFiltersSchema } from "~/domain/schemas/queue";
import { sourceInputSchema, transitionInputSchema } from "~/domain/schemas/review";
import { parseInput } from "~/domain/validation";
import * as queueRoute from "~/routes/queue";
import * as nameSuggestionsRoute from "~/routes/queue.names";
import { requestAs } from "../helpers/requests";
import { createTestDatabase, type TestDatabase } from "../helpers/test-database";

// One newsroom's queue, built through the real workflow: every claim below is in a known state,
// held by a known person, due on a known day. "Today" is fixed so overdue never depends on the clock.
const TODAY = "2025-02-01";

let database: TestDatabase;
let cara: WorkflowActor;
let cole: WorkflowActor;
let eli: WorkflowActor;
let esme: WorkflowActor;
let budgetId: number;
let housingId: number;
const ids: Record<string, number> = {};

async function person(name: string, role: Role): Promise<WorkflowActor> {
  const email = `${name.toLowerCase().replace(/\W+/g, ".")}@queue.test`;
  const user = await createUser(database.db, null, { email, displayName: name, role, password: "test password 123" });
  return { id: user.id, role };
}

const BUDGET =
  "The minister promised cheaper trains. Schools get new roofs. Bus fares stay frozen. Libraries open later.";
const HOUSING = "The mayor promised new homes. Rents are falling. Parks will be cleaned. Streets will be safer.";

async function claimOn(articleId: number, body: string, words: string, kind: ClaimKind, speaker: string) {
  const start = body.indexOf(words);
  return (
    await makeClaim(
      database.db,
      cara.id,
      parseInput(newClaimSchema, { articleId, kind, start, end: start + words.length, speaker }),
    )
  ).id;
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

async function assign(actor: WorkflowActor, claimId: number, assigneeId: string | null, dueOn: string | null) {
  await assignClaim(database.db, actor, claimId, { assigneeId, dueOn, version: await version(claimId) });
}

async function submitForReview(author: WorkflowActor, claimId: number) {
  await move(author, claimId, "researching");
  await addSource(database.db, author, claimId, {
    ...parseInput(sourceInputSchema, { url: "https://stats.example.org/report", title: "Report" }),
    version: await version(claimId),
  });
  await proposeVerdict(database.db, author, claimId, {
    rating: "False",
    summary: "The report says otherwise.",
    rationale: "",
    version: await version(claimId),
  });
  await move(author, claimId, "in_review");
}

beforeAll(async () => {
  database = await createTestDatabase();
  cara = await person("Cara Checker", "checker");
  cole = await person("Cole Checker", "checker");
  eli = await person("Eli Editor", "editor");
  esme = await person("Esme Editor", "editor");
  budgetId = (
    await createArticle(database.db, cara.id, parseInput(articleInputSchema, { title: "Budget", body: BUDGET }))
  ).id;
  housingId = (
    await createArticle(database.db, cara.id, parseInput(articleInputSchema, { title: "Housing", body: HOUSING }))
  ).id;
  const made = async (name: string, ...args: Parameters<typeof claimOn>) => {
    ids[name] = await claimOn(...args);
    return ids[name] as number;
  };
  await made("candidate", budgetId, BUDGET, "cheaper trains", "statement", "Ana Minister");
  const overdue = await made("overdue", budgetId, BUDGET, "new roofs", "statement", "Ana Minister");
  await move(cara, overdue, "researching");
  await assign(eli, overdue, cara.id, "2025-01-10");
  const later = await made("dueLater", housingId, HOUSING, "new homes", "quote", "Ben Mayor");
  await move(cole, later, "researching");
  await assign(eli, later, cole.id, "2025-03-01");
  await submitForReview(
    cara,
    await made("caraVerdict", budgetId, BUDGET, "fares stay frozen", "statement", "Ana Minister"),
  );
  await submitForReview(eli, await made("eliVerdict", housingId, HOUSING, "Rents are falling", "numeric", "Ben Mayor"));
  const unassigned = await made("unassigned", housingId, HOUSING, "Parks will be cleaned", "statement", "Ben Mayor");
  await move(cole, unassigned, "researching");
  await assign(eli, unassigned, null, null);
  const dismissed = await made("dismissed", housingId, HOUSING, "Streets will be safer", "statement", "Ben Mayor");
  await assign(eli, dismissed, null, "2025-01-05");
  await move(cole, dismissed, "dismissed", "Not a checkable claim");
  const approved = await made("approved", budgetId, BUDGET, "Libraries open later", "statement", "Ana Minister");
  await submitForReview(cara, approved);
  await move(esme, approved, "approved");
});
afterAll(() => database.dispose());

const filters = (query: Record<string, string> = {}): QueueFilters => queueFiltersSchema.parse(query);

async function shown(viewer: WorkflowActor, query: Record<string, string>) {
  const page = await listQueue(database.db, viewer, filters(query), null, TODAY, 100);
  return page.rows.map((row) => row.id);
}

const named = (...names: string[]) => names.map((name) => ids[name]);

async function speakerId(name: string): Promise<number> {
  const { rows } = await listQueue(database.db, eli, filters({ tab: "all" }), null, TODAY, 100);
  const id = rows.find((row) => row.speakerName === name)?.speakerId;
  if (!id) throw new Error(`No claim by ${name} in the queue.`);
  return id;
}

describe("the review queue", () => {
  it("starts from articles whose text holds nothing for extraction to find", async () => {
    const extracted = [
      ...(await listArticleClaims(database.db, budgetId)),
      ...(await listArticleClaims(database.db, housingId)),
    ];
    expect(extracted.every((claim) => claim.createdBy === cara.id)).toBe(true);
  });

  it("counts the claims in each state", async () => {
    expect(await queueCounts(database.db)).toEqual({
      candidate: 1,
      researching: 3,
      in_review: 2,
      approved: 1,
      published: 0,
      dismissed: 1,
    });
  });

  it("lists the open claims assigned to me, not my finished or others' ones", async () => {
    expect(await shown(cara, { tab: "mine" })).toEqual(named("overdue", "caraVerdict", "approved"));
    expect(await shown(cole, {})).toEqual(named("dueLater"));
  });

  it("lists for an editor the claims in review whose current verdict someone else wrote", async () => {
    expect(await shown(eli, { tab: "review" })).toEqual(named("caraVerdict"));
    expect(await shown(esme, { tab: "review" })).toEqual(named("caraVerdict", "eliVerdict"));
  });

  it("refuses the review tab to a fact-checker", async () => {
    await expect(listQueue(database.db, cara, filters({ tab: "review" }), null, TODAY)).rejects.toMatchObject({
      status: 403,
    });
  });

  it("lists accepted claims nobody holds as unassigned, leaving candidates to triage", async () => {
    expect(await shown(cara, { tab: "unassigned" })).toEqual(named("unassigned"));
  });

  it("lists claims past their due date that are not finished, highlighted as overdue", async () => {
    expect(await shown(eli, { tab: "overdue" })).toEqual(named("overdue"));
    const { rows } = await listQueue(database.db, eli, filters({ tab: "all" }), null, TODAY, 100);
    expect(rows.filter((row) => row.overdue).map((row) => row.id)).toEqual(named("overdue"));
    expect(rows.find((row) => row.id === ids.dismissed)).toMatchObject({ dueOn: "2025-01-05", overdue: false });
  });

  it("filters by state, assignee, speaker, article and kind", async () => {
    const [row] = (await listQueue(database.db, eli, filters({ tab: "all", state: "in_review" }), null, TODAY)).rows;
    expect(row).toMatchObject({ articleTitle: "Budget", speakerName: "Ana Minister", assigneeName: "Cara Checker" });
    expect(await shown(eli, { tab: "all", state: "in_review" })).toEqual(named("caraVerdict", "eliVerdict"));
    expect(await shown(eli, { tab: "all", assignee: cole.id })).toEqual(named("dueLater"));
    expect(await shown(eli, { tab: "all", article: String(housingId), kind: "statement" })).toEqual(
      named("unassigned", "dismissed"),
    );
    const ben = await speakerId("Ben Mayor");
    expect(await shown(eli, { tab: "all", speaker: String(ben), kind: "quote" })).toEqual(named("dueLater"));
    expect((await queuePeople(database.db)).map((person) => person.name)).toEqual([
      "Cara Checker",
      "Cole Checker",
      "Eli Editor",
      "Esme Editor",
    ]);
  });

  it("sorts by age either way, by time in the current state and by due date (undated last)", async () => {
    const all = Object.values(ids);
    expect(await shown(eli, { tab: "all" })).toEqual(all);
    expect(await shown(eli, { tab: "all", sort: "newest" })).toEqual([...all].reverse());
    const due = await shown(eli, { tab: "all", sort: "due" });
    expect(due.slice(0, 3)).toEqual(named("dismissed", "overdue", "dueLater"));
    expect(due.slice(3)).toEqual(all.filter((id) => !due.slice(0, 3).includes(id)));
    const { rows } = await listQueue(database.db, eli, filters({ tab: "all", sort: "waiting" }), null, TODAY, 100);
    const since = rows.map((each) => each.stateSince.getTime());
    expect(since).toEqual([...since].sort((a, b) => a - b));
    // The candidate has been one since it was made; the approved claim changed state last.
    expect(rows[0]?.id).toBe(ids.candidate);
    expect(rows.at(-1)?.id).toBe(ids.approved);
  });

  it("pages by keyset in every order without repeating or skipping a claim", async () => {
    for (const sort of QUEUE_SORTS) {
      const view = filters({ tab: "all", sort });
      const whole = (await listQueue(database.db, eli, view, null, TODAY, 100)).rows.map((row) => row.id);
      const paged: number[] = [];
      let cursor: string | null = null;
      do {
        const page: Awaited<ReturnType<typeof listQueue>> = await listQueue(database.db, eli, view, cursor, TODAY, 3);
        expect(page.rows.length).toBeLessThanOrEqual(3);
        paged.push(...page.rows.map((row) => row.id));
        cursor = page.nextCursor;
      } while (cursor);
      expect(paged).toEqual(whole);
    }
  });

  it("keeps its place when a claim is assigned between two pages", async () => {
    const view = filters({ tab: "all", sort: "due" });
    const first = await listQueue(database.db, eli, view, null, TODAY, 4);
    await assign(eli, ids.candidate as number, null, "2025-01-01");
    const second = await listQueue(database.db, eli, view, first.nextCursor, TODAY, 100);
    const seen = [...first.rows, ...second.rows].map((row) => row.id);
    expect([...seen].sort((a, b) => a - b)).toEqual(Object.values(ids).sort((a, b) => a - b));
    await assign(eli, ids.candidate as number, null, null);
  });

  it("refuses a page link made for another order", async () => {
    const { nextCursor } = await listQueue(database.db, eli, filters({ tab: "all" }), null, TODAY, 2);
    await expect(
      listQueue(database.db, eli, filters({ tab: "all", sort: "due" }), nextCursor, TODAY),
    ).rejects.toMatchObject({ status: 422 });
    await expect(listQueue(database.db, eli, filters({ tab: "all" }), "not-a-cursor", TODAY)).rejects.toMatchObject({
      status: 422,
    });
  });

  it("refuses an unknown tab, state or order with a message", () => {
    expect(queueFiltersSchema.safeParse({ tab: "everything" }).success).toBe(false);
    expect(queueFiltersSchema.safeParse({ state: "lost" }).success).toBe(false);
    expect(queueFiltersSchema.safeParse({ sort: "random" }).success).toBe(false);
    expect(filters({})).toMatchObject({ tab: "mine", sort: "oldest", state: null });
  });
});

/** The queue page at this address as an editor's browser gets it: its data and status, or the address
 *  it sends the browser on to. */
async function openQueue(path: string) {
  const { request, context } = await requestAs(database.db, eli.id, path);
  try {
    const result = await queueRoute.loader({ request, context, params: {} });
    return { status: result.init?.status ?? 200, data: result.data, location: null };
  } catch (thrown) {
    if (!(thrown instanceof Response)) throw thrown;
    return { status: thrown.status, data: null, location: thrown.headers.get("Location") };
  }
}

/** The address the filter form sends: every field, those left alone empty (the chosen speaker's and
 *  article's ids go hidden, only when one is chosen). */
const FORM_FIELDS = {
  tab: "all",
  state: "",
  assignee: "",
  speakerName: "",
  articleTitle: "",
  kind: "",
  sort: "oldest",
};
const submitted = (fields: Record<string, string>) => `/queue?${new URLSearchParams({ ...FORM_FIELDS, ...fields })}`;

const rowIds = (page: Awaited<ReturnType<typeof openQueue>>) => page.data?.page.rows.map((row) => row.id);

describe("the queue's speaker and article filters, typed by name", () => {
  let quietId: number;
  beforeAll(async () => {
    // A speaker and an article with a candidate claim only: nothing accepted to work on.
    const quiet = "The senator promised lower taxes.";
    quietId = (
      await createArticle(database.db, cara.id, parseInput(articleInputSchema, { title: "Quiet", body: quiet }))
    ).id;
    ids.quiet = await claimOn(quietId, quiet, "lower taxes", "quote", "Dora Candidate");
  });

  it("filters by the one speaker or article the text matches, in any case, at the address naming it by id", async () => {
    const ben = await speakerId("Ben Mayor");
    const typed = await openQueue(submitted({ speakerName: "mAYo" }));
    expect(typed).toMatchObject({ status: 302, location: `/queue?tab=all&speaker=${ben}` });
    const page = await openQueue(typed.location as string);
    expect(page.status).toBe(200);
    expect(page.data?.speaker).toEqual({ found: "chosen", id: ben, name: "Ben Mayor" });
    expect(rowIds(page)).toEqual(named("dueLater", "eliVerdict", "unassigned", "dismissed"));
    expect(await openQueue(submitted({ articleTitle: "hous", kind: "quote" }))).toMatchObject({
      status: 302,
      location: `/queue?tab=all&article=${housingId}&kind=quote`,
    });
  });

  it("lists the speakers with open work that several matches are, narrowing nothing until one is chosen", async () => {
    const page = await openQueue(submitted({ speakerName: "a", kind: "numeric" }));
    expect(page.status).toBe(200);
    // Dora Candidate's name has an "a" too, but she has no accepted claim being worked on.
    expect(page.data?.speaker).toEqual({
      found: "several",
      typed: "a",
      choices: [
        { id: await speakerId("Ana Minister"), name: "Ana Minister" },
        { id: await speakerId("Ben Mayor"), name: "Ben Mayor" },
      ],
      more: 0,
    });
    expect(page.data?.filters).toMatchObject({ speaker: null, speakerName: "a", kind: "numeric" });
    expect(rowIds(page)).toEqual(named("eliVerdict"));
  });

  it("says no speaker or article with open work matches, keeping the text and the rest of the page", async () => {
    const page = await openQueue(submitted({ speakerName: "Dora", articleTitle: "Quiet", kind: "numeric" }));
    expect(page.status).toBe(422);
    expect(page.data?.speaker).toEqual({
      found: "none",
      typed: "Dora",
      problem: "No speaker with open claims matches “Dora”.",
    });
    expect(page.data?.article).toEqual({
      found: "none",
      typed: "Quiet",
      problem: "No article with open claims matches “Quiet”.",
    });
    expect(page.data?.filters).toMatchObject({ speakerName: "Dora", articleTitle: "Quiet", kind: "numeric" });
    expect(rowIds(page)).toEqual(named("eliVerdict"));
  });

  it("shows the name of the speaker and article a link chooses, whatever their claims", async () => {
    const linked = await openQueue(`/queue?tab=all&speaker=${await speakerId("Ben Mayor")}&article=${housingId}`);
    expect(linked.status).toBe(200);
    expect(linked.data?.speaker).toMatchObject({ found: "chosen", name: "Ben Mayor" });
    expect(linked.data?.article).toEqual({ found: "chosen", id: housingId, name: "Housing" });
    const quiet = await openQueue(`/queue?tab=all&speaker=${await speakerId("Dora Candidate")}&article=${quietId}`);
    expect(quiet.data?.speaker).toMatchObject({ found: "chosen", name: "Dora Candidate" });
    expect(quiet.data?.article).toMatchObject({ found: "chosen", name: "Quiet" });
    expect(rowIds(quiet)).toEqual(named("quiet"));
  });

  it("keeps the chosen speaker when the form comes back with its name, and not when the name was changed or emptied", async () => {
    const ben = String(await speakerId("Ben Mayor"));
    const kept = await openQueue(submitted({ speaker: ben, speakerName: "Ben Mayor", kind: "numeric" }));
    expect(kept.status).toBe(200);
    expect(kept.data?.filters).toMatchObject({ speaker: Number(ben), speakerName: null });
    expect(rowIds(kept)).toEqual(named("eliVerdict"));
    expect(await openQueue(submitted({ speaker: ben, speakerName: "minister" }))).toMatchObject({
      status: 302,
      location: `/queue?tab=all&speaker=${await speakerId("Ana Minister")}`,
    });
    const emptied = await openQueue(submitted({ speaker: ben, speakerName: "", kind: "numeric" }));
    expect(emptied.data?.speaker).toEqual({ found: "any" });
    expect(emptied.data?.filters).toMatchObject({ speaker: null, speakerName: null });
  });

  it("says when the speaker a link chooses is gone", async () => {
    const gone = await openQueue("/queue?tab=all&speaker=999999");
    expect(gone.status).toBe(422);
    expect(gone.data?.speaker).toEqual({
      found: "none",
      typed: "",
      problem: "The speaker in this link was not found.",
    });
  });

  it("refuses a name too long to be one, as it refuses any filter it cannot read", async () => {
    await expect(openQueue(submitted({ speakerName: "x".repeat(201) }))).rejects.toMatchObject({
      init: { status: 422 },
      data: { error: { message: "Type at most 200 characters of the speaker's name." } },
    });
  });

  it("suggests as a name is typed the speakers and articles with open work that hold it", async () => {
    const suggested = async (query: string) => {
      const { request, context } = await requestAs(database.db, eli.id, `/queue/names?${query}`);
      return nameSuggestionsRoute.loader({ request, context, params: {} });
    };
    expect(await suggested("for=speaker&q=+A+")).toEqual({
      for: "speaker",
      q: "A",
      names: ["Ana Minister", "Ben Mayor"],
    });
    expect(await suggested("for=article&q=u")).toMatchObject({ names: ["Budget", "Housing"] });
    expect(await suggested("for=article&q=%25")).toMatchObject({ names: [] });
    await expect(suggested("for=claim&q=a")).rejects.toMatchObject({ init: { status: 422 } });
    await expect(suggested("for=speaker&q=")).rejects.toMatchObject({ init: { status: 422 } });
  });

  describe("with names that hold wildcards or one another", () => {
    let ratesId: number;
    beforeAll(async () => {
      const body = "Rates fell, the bank said. Rents rose, the agents said.";
      ratesId = (
        await createArticle(
          database.db,
          cara.id,
          parseInput(articleInputSchema, { title: "Rents up 5% on last year", body }),
        )
      ).id;
      await move(cole, await claimOn(ratesId, body, "Rates fell", "statement", "Rate_Setter"), "researching");
      await move(cole, await claimOn(ratesId, body, "Rents rose", "statement", "Ben Mayorga"), "researching");
    });

    it("takes % and _ in typed text literally", async () => {
      expect(await openQueue(submitted({ articleTitle: "5%" }))).toMatchObject({
        status: 302,
        location: `/queue?tab=all&article=${ratesId}`,
      });
      expect(await openQueue(submitted({ speakerName: "e_s" }))).toMatchObject({
        status: 302,
        location: `/queue?tab=all&speaker=${await speakerId("Rate_Setter")}`,
      });
      const percent = await openQueue(submitted({ speakerName: "%" }));
      expect(percent.data?.speaker).toMatchObject({ found: "none", typed: "%" });
      const underscore = await openQueue(submitted({ articleTitle: "_" }));
      expect(underscore.data?.article).toMatchObject({ found: "none", typed: "_" });
    });

    it("chooses the speaker whose whole name is typed, though it is part of another's", async () => {
      expect(await openQueue(submitted({ speakerName: "ben mayor" }))).toMatchObject({
        status: 302,
        location: `/queue?tab=all&speaker=${await speakerId("Ben Mayor")}`,
      });
      const both = await openQueue(submitted({ speakerName: "Ben May" }));
      expect(both.data?.speaker).toMatchObject({
        found: "several",
        choices: [{ name: "Ben Mayor" }, { name: "Ben Mayorga" }],
      });
    });
  });
});
