import { and, count, eq, sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { getArticle } from "~/.server/articles/articles";
import { getClaim } from "~/.server/claims/claims";
import { transitionClaims } from "~/.server/claims/transitions";
import { articles, claimEvents, ledgerClaims, ledgerEntries, sources, verdicts } from "~/.server/db/schema/all-tables";
import { verifyLedger } from "~/.server/ledger/verify-ledger";
import { addSource } from "~/.server/review/source-records";
import { mergeSpeakers } from "~/.server/speakers/speaker-records";
import { createUser } from "~/.server/users/user-accounts";
import type { WorkflowActor } from "~/domain/claim-workflow";
import { sourceInputSchema } from "~/domain/schemas/review";
import { parseInput } from "~/domain/validation";
import { callApi } from "../helpers/api-client";
import { type LedgerNewsroom, ledgerNewsroom } from "../helpers/ledger-newsroom";
import { requestAs } from "../helpers/requests";
import { createTestDatabase, type TestDatabase } from "../helpers/test-database";

// What readers see is what an editor approved: after approval, no change to a claim's speaker, its
// article or its sources reaches the ledger without another approval. Repro 2 of issue 10.

type ArticleRoute = typeof import("~/routes/articles.$articleId");
type EditRoute = typeof import("~/routes/articles.$articleId_.edit");

let database: TestDatabase;
let newsroom: LedgerNewsroom;
let secondEditor: WorkflowActor;
let articleRoute: ArticleRoute;
let editRoute: EditRoute;

beforeAll(async () => {
  database = await createTestDatabase();
  articleRoute = await import("~/routes/articles.$articleId");
  editRoute = await import("~/routes/articles.$articleId_.edit");
  newsroom = await ledgerNewsroom(database.db);
  const user = await createUser(database.db, null, {
    email: "second.editor@integrity.test",
    displayName: "Esme Editor",
    role: "editor",
    password: "integrity password 123",
  });
  secondEditor = { id: user.id, role: "editor" };
});
afterAll(async () => {
  await database?.dispose();
});

const VERDICT = { rating: "False", summary: "The register shows rents rose by 4%." };

/** A quote taken through research and review and approved by an editor; returns its claim id. */
async function approvedQuote(speaker = "Nia Park", words = "Rents have halved since spring") {
  const claimId = await newsroom.quote(speaker, words);
  await newsroom.move(newsroom.checker, claimId, "researching");
  await addSource(database.db, newsroom.checker, claimId, {
    ...parseInput(sourceInputSchema, { url: "https://data.example/rents", title: "Rent register" }),
    version: (await getClaim(database.db, claimId)).version,
  });
  await newsroom.propose(claimId, VERDICT);
  await newsroom.move(newsroom.checker, claimId, "in_review");
  await newsroom.move(newsroom.editor, claimId, "approved");
  return claimId;
}

async function publishedQuote(speaker: string, words: string) {
  const claimId = await newsroom.quote(speaker, words);
  await newsroom.publish(claimId, VERDICT);
  return claimId;
}

const ledgerSize = async () => (await database.db.select({ total: count() }).from(ledgerEntries))[0]?.total ?? 0;
const ledgerRow = async (claimId: number) =>
  (await database.db.select().from(ledgerClaims).where(eq(ledgerClaims.claimId, claimId)))[0] ?? null;
const eventsOf = async (claimId: number) =>
  database.db.select().from(claimEvents).where(eq(claimEvents.claimId, claimId)).orderBy(claimEvents.id);
const latestVerdict = async (claimId: number) =>
  (
    await database.db
      .select()
      .from(verdicts)
      .where(eq(verdicts.claimId, claimId))
      .orderBy(sql`${verdicts.number} desc`)
      .limit(1)
  )[0];

interface Refusal {
  error: { code: string; message: string; fields?: Record<string, string> };
  submitted: Record<string, string> | null;
}

/** What an action answered: a redirect's status and address, or a refused form's status and data. */
function answerOf(result: unknown) {
  if (result instanceof Response) return { status: result.status, location: result.headers.get("Location") };
  const refused = result as { data: Refusal; init: ResponseInit | null };
  return { status: refused.init?.status ?? 200, refusal: refused.data };
}

/** Posts the article page's speaker form, as the browser of `userId` would. */
async function saveSpeaker(userId: string, claimId: number, speaker: string, speakerTitle = "") {
  const claim = await getClaim(database.db, claimId);
  const body = new URLSearchParams({ intent: "speaker", claim: `${claim.id}:${claim.version}`, speaker, speakerTitle });
  const path = `/articles/${claim.articleId}`;
  const args = await requestAs(database.db, userId, path, { method: "POST", body });
  return answerOf(await articleRoute.action({ ...args, params: { articleId: String(claim.articleId) } }));
}

/** Posts the article edit form with the stored fields, `changes` applied. */
async function editArticle(userId: string, articleId: number, changes: Record<string, string>) {
  const article = await getArticle(database.db, articleId);
  const fields = {
    title: article.title,
    body: article.body,
    url: article.url ?? "",
    outlet: article.outlet ?? "",
    byline: article.byline ?? "",
    publishedOn: article.publishedOn ?? "",
    version: String(article.version),
    ...changes,
  };
  const path = `/articles/${articleId}/edit`;
  const args = await requestAs(database.db, userId, path, { method: "POST", body: new URLSearchParams(fields) });
  return answerOf(await editRoute.action({ ...args, params: { articleId: String(articleId) } }));
}

describe("approving and publishing", () => {
  it("publishes an approved claim whose public record did not change, and the chain still verifies", async () => {
    const claimId = await approvedQuote("Omar Vale", "The tunnel will open in May");
    const approval = await latestVerdict(claimId);
    expect(approval?.approvedRecordSha256).toMatch(/^[0-9a-f]{64}$/);
    expect(approval?.approvedRecord).toMatchObject({ speaker: { name: "Omar Vale" }, summary: VERDICT.summary });
    await newsroom.move(newsroom.editor, claimId, "published");
    expect((await getClaim(database.db, claimId)).state).toBe("published");
    expect((await ledgerRow(claimId))?.document.speaker?.name).toBe("Omar Vale");
    expect((await verifyLedger(database.db)).ok).toBe(true);
  });

  it("refuses to publish after the data changed behind the workflow's back, names what changed and sends the claim back to review", async () => {
    const claimId = await approvedQuote("Lena Ruiz", "Bus fares fell by a third");
    const { articleId } = await getClaim(database.db, claimId);
    const entriesBefore = await ledgerSize();
    // Someone with database access edits a source's title and the article's title after approval.
    await database.db.update(sources).set({ title: "Rent register (revised)" }).where(eq(sources.claimId, claimId));
    await database.db.update(articles).set({ title: "A quieter headline" }).where(eq(articles.id, articleId));

    const { version } = await getClaim(database.db, claimId);
    const answer = await callApi(database.db, "POST", `/api/v1/claims/${claimId}/transitions`, {
      userId: newsroom.editor.id,
      json: { to: "published", version },
    });
    expect(answer.status).toBe(409);
    expect(answer.body.error.message).toBe(
      "The article's title and the sources changed since this verdict was approved, so it was not published. The claim is back in review: an editor must approve it again.",
    );

    expect(await ledgerSize()).toBe(entriesBefore);
    expect(await ledgerRow(claimId)).toBeNull();
    expect((await getClaim(database.db, claimId)).state).toBe("in_review");
    expect(await latestVerdict(claimId)).toMatchObject({
      approvedAt: null,
      approvedById: null,
      approvedRecord: null,
      approvedRecordSha256: null,
      publishedAt: null,
    });
    const withdrawn = (await eventsOf(claimId)).at(-1);
    expect(withdrawn).toMatchObject({
      action: "withdraw_approval",
      actorId: newsroom.editor.id,
      fromState: "approved",
      toState: "in_review",
      details: { cause: "publication_refused", changed: ["articleTitle", "sources"] },
    });
    expect((await verifyLedger(database.db)).ok).toBe(true);

    // Approved again, as it now stands, it publishes.
    await newsroom.move(secondEditor, claimId, "approved");
    await newsroom.move(newsroom.editor, claimId, "published");
    expect((await ledgerRow(claimId))?.document.article.title).toBe("A quieter headline");
    expect((await verifyLedger(database.db)).ok).toBe(true);
  });

  it("treats a verdict approved before approvals covered the public record as not approved", async () => {
    const claimId = await approvedQuote("Ada Kerr", "Every school has a nurse");
    const verdict = await latestVerdict(claimId);
    if (!verdict) throw new Error("no verdict");
    await database.db
      .update(verdicts)
      .set({ approvedRecord: null, approvedRecordSha256: null })
      .where(eq(verdicts.id, verdict.id));
    const refused = await newsroom.move(newsroom.editor, claimId, "published").catch((error: unknown) => error);
    expect(refused).toMatchObject({ status: 409, code: "approval_outdated" });
    expect((refused as Error).message).toMatch(/approved before approvals covered the public record/);
    expect((await getClaim(database.db, claimId)).state).toBe("in_review");
    expect(await ledgerRow(claimId)).toBeNull();
  });

  it("refuses a bulk publication as a whole and still sends the changed claim back to review", async () => {
    const claimId = await approvedQuote("Ivo Marsh", "We built four hundred homes");
    await database.db.update(sources).set({ passage: "Only forty homes." }).where(eq(sources.claimId, claimId));
    const claim = await getClaim(database.db, claimId);
    await expect(
      transitionClaims(database.db, newsroom.editor, "publish", [{ id: claim.id, version: claim.version }]),
    ).rejects.toMatchObject({ status: 409 });
    expect((await getClaim(database.db, claimId)).state).toBe("in_review");
    expect(await ledgerRow(claimId)).toBeNull();
  });
});

describe("changing the speaker", () => {
  it("is refused once the claim is approved, saying how to change it", async () => {
    const claimId = await approvedQuote("Rosa Lind", "Crime is at a record low");
    const answer = await saveSpeaker(newsroom.checker.id, claimId, "Someone Else");
    expect(answer.status).toBe(409);
    expect(answer.refusal?.error.message).toMatch(/withdraw the approval/);
    expect((await getClaim(database.db, claimId)).speakerName).toBe("Rosa Lind");
    await newsroom.move(newsroom.editor, claimId, "published");
    expect((await ledgerRow(claimId))?.document.speaker?.name).toBe("Rosa Lind");
  });

  it("is refused on a published claim, for a fact-checker and an editor alike", async () => {
    const claimId = await publishedQuote("Tom Achebe", "The budget is balanced");
    for (const person of [newsroom.checker, newsroom.editor]) {
      const answer = await saveSpeaker(person.id, claimId, "Laura Benn", "Finance minister");
      expect(answer.status).toBe(409);
      expect(answer.refusal?.error.message).toMatch(/reopen the claim for a correction/);
    }
    expect((await getClaim(database.db, claimId)).speakerName).toBe("Tom Achebe");
  });

  it("is allowed again once an editor withdraws the approval, and the new speaker is what gets approved", async () => {
    const claimId = await approvedQuote("Pia Lund", "Rents will fall next year");
    await newsroom.move(newsroom.editor, claimId, "in_review", "The quote is Pia Lund's colleague's.");
    expect((await latestVerdict(claimId))?.approvedRecordSha256).toBeNull();
    expect((await saveSpeaker(newsroom.checker.id, claimId, "Per Lund")).status).toBe(302);
    await newsroom.move(secondEditor, claimId, "approved");
    await newsroom.move(newsroom.editor, claimId, "published");
    expect((await ledgerRow(claimId))?.document.speaker?.name).toBe("Per Lund");
  });

  it("by merging speakers sends the approved claims moved back to review", async () => {
    const claimId = await approvedQuote("Ada Moss", "We hold the bridge");
    const duplicate = await newsroom.quote("Ada J. Moss", "We still hold the bridge");
    const [from, into] = await Promise.all([getClaim(database.db, claimId), getClaim(database.db, duplicate)]);
    if (!from.speakerId || !into.speakerId || from.speakerId === into.speakerId)
      throw new Error("expected two speakers");
    await mergeSpeakers(database.db, newsroom.editor, from.speakerId, into.speakerId);
    expect((await getClaim(database.db, claimId)).state).toBe("in_review");
    expect((await eventsOf(claimId)).at(-1)).toMatchObject({
      action: "withdraw_approval",
      details: { cause: "speaker_merged", changed: ["speaker"] },
    });
  });
});

describe("editing the article of an approved claim", () => {
  const edits: [string, Record<string, string>, string][] = [
    ["title", { title: "A new headline" }, "the article's title"],
    ["outlet", { outlet: "Evening Example" }, "the outlet"],
    ["said-on date", { publishedOn: "2025-03-02" }, "the date it was said"],
  ];
  for (const [what, change, named] of edits) {
    it(`refuses a ${what} change without a note, keeping what was typed`, async () => {
      const claimId = await approvedQuote("Noor Hale", `Parks doubled in size (${what})`);
      const { articleId } = await getClaim(database.db, claimId);
      const before = await getArticle(database.db, articleId);
      const answer = await editArticle(newsroom.checker.id, articleId, change);
      expect(answer.status).toBe(422);
      expect(answer.refusal?.error.message).toContain(`claim ${claimId}`);
      expect(answer.refusal?.error.message).toContain(named);
      expect(answer.refusal?.error.fields?.note).toBeTruthy();
      expect(answer.refusal?.submitted).toMatchObject(change);
      expect(await getArticle(database.db, articleId)).toMatchObject({ title: before.title, version: before.version });
      expect((await getClaim(database.db, claimId)).state).toBe("approved");
    });
  }

  it("refuses an edit of the quote's paragraph without a note, and with one sends the claim back to review", async () => {
    const claimId = await approvedQuote("Mara Quill", "Bridges are safe");
    const { articleId } = await getClaim(database.db, claimId);
    const { body } = await getArticle(database.db, articleId);
    const edited = body.replace("said on Monday", "said on Tuesday");
    const refused = await editArticle(newsroom.checker.id, articleId, { body: edited });
    expect(refused.status).toBe(422);
    expect(refused.refusal?.error.message).toContain("the context paragraph");
    expect(refused.refusal?.submitted?.body).toBe(edited);

    const note = "The quote was given on Tuesday, per the reporter.";
    const saved = await editArticle(newsroom.checker.id, articleId, { body: edited, note });
    expect(saved.status).toBe(302);
    expect(saved.location).toContain("sentBack=1");
    expect((await getClaim(database.db, claimId)).state).toBe("in_review");
    expect((await latestVerdict(claimId))?.approvedRecordSha256).toBeNull();
    expect((await eventsOf(claimId)).at(-1)).toMatchObject({
      action: "withdraw_approval",
      actorId: newsroom.checker.id,
      note,
      details: { cause: "article_edited", articleId, changed: ["paragraph"] },
    });

    // Approved again as it now reads, it publishes the edited paragraph.
    await newsroom.move(secondEditor, claimId, "approved");
    await newsroom.move(newsroom.editor, claimId, "published");
    expect((await ledgerRow(claimId))?.document.context.paragraph?.after).toContain("Tuesday");
  });

  it("reopens a published claim for a correction, keeping its published verdict on the ledger under review", async () => {
    const claimId = await publishedQuote("Ola Reyes", "Crime has fallen by a third");
    const { articleId } = await getClaim(database.db, claimId);
    const published = await ledgerRow(claimId);
    const entriesBefore = await ledgerSize();
    const note = "The outlet's name was wrong.";
    const saved = await editArticle(newsroom.checker.id, articleId, { outlet: "Morning Example", note });
    expect(saved.status).toBe(302);
    expect(saved.location).toContain("reopened=1");
    expect((await getClaim(database.db, claimId)).state).toBe("researching");
    const row = await ledgerRow(claimId);
    expect(row?.underReview).toBe(true);
    expect(row?.document).toEqual(published?.document);
    expect(await ledgerSize()).toBe(entriesBefore);
    expect((await eventsOf(claimId)).at(-1)).toMatchObject({
      action: "reopen",
      fromState: "published",
      toState: "researching",
      note,
      details: { cause: "article_edited", changed: ["outlet"] },
    });
    expect((await verifyLedger(database.db)).ok).toBe(true);
  });

  it("needs no note for an edit that touches no approved or published claim", async () => {
    const claimId = await approvedQuote("Ines Ocampo", "Water bills will not rise");
    const { articleId } = await getClaim(database.db, claimId);
    const saved = await editArticle(newsroom.checker.id, articleId, { byline: "A. Reporter" });
    expect(saved.status).toBe(302);
    expect((await getClaim(database.db, claimId)).state).toBe("approved");
    const edited = await database.db
      .select({ total: count() })
      .from(claimEvents)
      .where(and(eq(claimEvents.claimId, claimId), eq(claimEvents.action, "withdraw_approval")));
    expect(edited[0]?.total).toBe(0);
  });
});
