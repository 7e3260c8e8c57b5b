import { and, eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createArticle } from "~/.server/articles/articles";
import { createApiToken } from "~/.server/auth/api-tokens";
import type { DraftCheckResult } from "~/.server/claims/check-draft";
import { getClaim, listArticleClaims } from "~/.server/claims/claims";
import { claimEvents, sources } from "~/.server/db/schema/all-tables";
import { buildPublishedDocument } from "~/.server/ledger/load-published-document";
import { addSource } from "~/.server/review/source-records";
import { mergeSpeakers } from "~/.server/speakers/speaker-records";
import { articleInputSchema } from "~/domain/schemas/article";
import { sourceInputSchema } from "~/domain/schemas/review";
import { parseInput } from "~/domain/validation";
import { type LedgerNewsroom, ledgerNewsroom } from "../helpers/ledger-newsroom";
import { requestAs } from "../helpers/requests";
import { createTestDatabase, type TestDatabase } from "../helpers/test-database";

// Figures found in a claim's captured sources with the one-click reference figure, and the draft
// check against the ledger and the claims in review, called through the routes people and CMSs use.

type ClaimRoute = typeof import("~/routes/claims.$claimId");
type CheckApi = typeof import("~/routes/api.v1.check");
type CheckPage = typeof import("~/routes/check");

let database: TestDatabase;
let newsroom: LedgerNewsroom;
let claimRoute: ClaimRoute;
let checkApi: CheckApi;
let checkPage: CheckPage;

const TRAFFIC_SURVEY =
  "Bridge traffic survey 2025. The survey counted 38,400 vehicles on an average weekday … 33,000 across the week. " +
  "About 1,200 cyclists crossed each day, and 45,000 cars used the ring road.";

beforeAll(async () => {
  database = await createTestDatabase();
  claimRoute = await import("~/routes/claims.$claimId");
  checkApi = await import("~/routes/api.v1.check");
  checkPage = await import("~/routes/check");
  newsroom = await ledgerNewsroom(database.db);
});
afterAll(async () => {
  await database?.dispose();
});

const versionOf = async (claimId: number) => (await getClaim(database.db, claimId)).version;

/** A numeric claim being researched, with a source whose page was captured with `capturedText`. */
let trafficArticles = 0;
async function researchedTrafficClaim(capturedText = TRAFFIC_SURVEY) {
  trafficArticles += 1;
  const article = await createArticle(
    database.db,
    newsroom.checker.id,
    parseInput(articleInputSchema, {
      title: `Bridge traffic ${trafficArticles}`,
      body: `Councillor Rhea Vance said traffic on the bridge has reached 38,000 vehicles a day (survey ${trafficArticles}).`,
    }),
  );
  const claim = (await listArticleClaims(database.db, article.id)).find((each) => each.text === "38,000");
  if (!claim) throw new Error("extraction found no figure");
  await newsroom.move(newsroom.checker, claim.id, "researching");
  const { source } = await addSource(database.db, newsroom.checker, claim.id, {
    ...parseInput(sourceInputSchema, { url: "https://transport.example/survey", title: "Bridge traffic survey" }),
    version: await versionOf(claim.id),
  });
  // What source capture stores for a fetched page (the capture itself is tested in source-capture).
  await database.db
    .update(sources)
    .set({ captureStatus: "captured", capturedText, capturedAt: new Date() })
    .where(eq(sources.id, source.id));
  return { claimId: claim.id, sourceId: source.id };
}

async function loadClaimPage(claimId: number) {
  const args = await requestAs(database.db, newsroom.checker.id, `/claims/${claimId}`);
  const page = await claimRoute.loader({ ...args, params: { claimId: String(claimId) } });
  if (!page) throw new Error("no page");
  return page;
}

async function postClaimForm(claimId: number, fields: Record<string, string | number>) {
  const body = new URLSearchParams(Object.entries(fields).map(([key, value]) => [key, String(value)]));
  const args = await requestAs(database.db, newsroom.checker.id, `/claims/${claimId}`, { method: "POST", body });
  const result = await claimRoute.action({ ...args, params: { claimId: String(claimId) } });
  if (result instanceof Response) return { status: result.status, message: null };
  const refused = result as unknown as { data: { error: { message: string } }; init: ResponseInit | null };
  return { status: refused.init?.status ?? 200, message: refused.data.error.message };
}

describe("figures in the source", () => {
  it("lists the source's figures for vehicles, nearest first with their sentences, and one click sets the reference", async () => {
    const { claimId, sourceId } = await researchedTrafficClaim();
    const page = await loadClaimPage(claimId);
    const [found] = page.figuresInSources;
    expect(found?.sourceId).toBe(sourceId);
    expect(found?.figures.map((figure) => [figure.value, figure.sentence])).toEqual([
      [38_400, "The survey counted 38,400 vehicles on an average weekday …"],
      [33_000, "33,000 across the week."],
    ]);

    const weekday = found?.figures[0];
    const clicked = await postClaimForm(claimId, {
      intent: "reference-from-source",
      sourceId,
      figureAt: weekday?.start ?? -1,
      version: page.claim.version,
    });
    expect(clicked.status).toBe(302);
    const after = await loadClaimPage(claimId);
    expect(after.reference).toMatchObject({
      value: 38_400,
      unit: "vehicles",
      passage: "The survey counted 38,400 vehicles on an average weekday …",
      source: { id: sourceId },
      comparison: { label: "−1%" },
    });
    const [event] = await database.db
      .select()
      .from(claimEvents)
      .where(and(eq(claimEvents.claimId, claimId), eq(claimEvents.action, "reference_set")));
    expect(event?.actorId).toBe(newsroom.checker.id);
    expect(event?.details).toMatchObject({ value: 38_400, sourceId, passage: after.reference?.passage });
  });

  it("refuses a stale click with 409 and changes nothing", async () => {
    const { claimId, sourceId } = await researchedTrafficClaim();
    const page = await loadClaimPage(claimId);
    const figure = page.figuresInSources[0]?.figures[1];
    // Someone else adds a source meanwhile: the claim's version moves on.
    await addSource(database.db, newsroom.editor, claimId, {
      ...parseInput(sourceInputSchema, { url: "https://transport.example/counts", title: "Daily counts" }),
      version: page.claim.version,
    });
    const stale = await postClaimForm(claimId, {
      intent: "reference-from-source",
      sourceId,
      figureAt: figure?.start ?? -1,
      version: page.claim.version,
    });
    expect(stale.status).toBe(409);
    expect(stale.message).toMatch(/changed this claim since you opened it/);
    expect((await loadClaimPage(claimId)).reference).toBeNull();
  });

  it("refuses a figure that is not in the captured text, and any change once the claim is published", async () => {
    const { claimId, sourceId } = await researchedTrafficClaim();
    const version = await versionOf(claimId);
    const wrong = await postClaimForm(claimId, { intent: "reference-from-source", sourceId, figureAt: 3, version });
    expect(wrong.status).toBe(422);
    expect(wrong.message).toMatch(/no longer in the source's captured text/);

    const figureAt = (await loadClaimPage(claimId)).figuresInSources[0]?.figures[0]?.start ?? -1;
    expect(
      (await postClaimForm(claimId, { intent: "reference-from-source", sourceId, figureAt, version })).status,
    ).toBe(302);
    await newsroom.propose(claimId, { rating: "Mostly true", summary: "The survey counted 38,400 a weekday." });
    await newsroom.move(newsroom.checker, claimId, "in_review");
    await newsroom.move(newsroom.editor, claimId, "approved");
    await newsroom.move(newsroom.editor, claimId, "published");
    const document = await buildPublishedDocument(database.db, claimId);
    expect(document.figures?.reference.passage).toBe("The survey counted 38,400 vehicles on an average weekday …");

    const locked = await postClaimForm(claimId, {
      intent: "reference-from-source",
      sourceId,
      figureAt,
      version: await versionOf(claimId),
    });
    expect(locked.status).toBe(409);
    expect(locked.message).toMatch(/published; an editor must reopen it/);
  });
});

async function checkThroughApi(text: string, token: string | null): Promise<{ status: number; body: unknown }> {
  const headers: Record<string, string> = { "Content-Type": "application/json" };
  if (token) headers.Authorization = `Bearer ${token}`;
  const args = await requestAs(database.db, null, "/api/v1/check", {
    method: "POST",
    headers,
    body: JSON.stringify({ text }),
  });
  const response = await checkApi.action({ ...args, params: {} });
  return { status: response.status, body: await response.json() };
}

describe("checking a draft", () => {
  let token: string;
  let publishedId: number;
  let inReviewId: number;

  beforeAll(async () => {
    token = (await createApiToken(database.db, null, newsroom.checker.id, "CMS")).token;
    publishedId = await newsroom.quote(
      "Marta Quill",
      "The harbour tunnel will be finished before the end of next year and will not cost taxpayers a penny",
    );
    await newsroom.publish(publishedId, { rating: "False", summary: "The tunnel is paid from the city budget." });
    inReviewId = await newsroom.quote("Marta Quill", "Every school in the district will get a new library by 2027");
    await newsroom.move(newsroom.checker, inReviewId, "researching");
    const otherSpeaker = await newsroom.quote(
      "Tom Ashby",
      "Bus fares in the city will be frozen for the next four years, whatever happens to fuel prices",
    );
    await newsroom.publish(otherSpeaker, { rating: "Mostly true", summary: "The freeze is in the budget." });
  });

  const matchesOf = (result: DraftCheckResult, words: string) =>
    result.items.find((item) => item.text.includes(words))?.matches ?? [];

  it("finds a published claim reworded by the same speaker, with its verdict, link and why", async () => {
    const { status, body } = await checkThroughApi(
      "Quill returned to her favourite promise on Tuesday. " +
        "“The harbour tunnel will be finished before the end of next year and it will not cost the taxpayers a penny,” " +
        "Marta Quill said at the launch. “Every school in the district will get a brand new library by 2027,” Quill added.",
      token,
    );
    expect(status).toBe(200);
    const result = body as DraftCheckResult;
    const [tunnel] = matchesOf(result, "harbour tunnel");
    expect(tunnel).toMatchObject({
      claimId: publishedId,
      status: "published",
      verdict: "False",
      link: expect.stringMatching(new RegExp(`^/ledger/${publishedId}-`)),
      reason: expect.stringMatching(/^same speaker, \d+ % alike words$/),
    });
    expect(matchesOf(result, "library")).toEqual([
      expect.objectContaining({ claimId: inReviewId, status: "in_review", link: `/claims/${inReviewId}` }),
    ]);
  });

  it("does not take another speaker's alike words for a repeat", async () => {
    const { body } = await checkThroughApi(
      "“Bus fares in the city will be frozen for the next four years, whatever happens to fuel prices,” said Ann Roe.",
      token,
    );
    expect(matchesOf(body as DraftCheckResult, "Bus fares")).toEqual([]);
  });

  it("lists nothing for unrelated numbers, and never matches on a number alone", async () => {
    const figureClaim = await createArticle(
      database.db,
      newsroom.checker.id,
      parseInput(articleInputSchema, {
        title: "Tunnel budget",
        body: "Marta Quill said the tunnel will cost 450 million pounds and employ 1,200 workers.",
      }),
    );
    const [workers] = (await listArticleClaims(database.db, figureClaim.id)).filter(
      (claim) => claim.unit === "workers",
    );
    if (!workers) throw new Error("no figure extracted");
    await newsroom.publish(workers.id, { rating: "True", summary: "The contract names 1,200 jobs." });

    const { body } = await checkThroughApi(
      "The museum received 1,210 workers' letters and 48 paintings this spring, its director Ola Brandt said.",
      token,
    );
    const result = body as DraftCheckResult;
    expect(result.items.length).toBeGreaterThan(0);
    expect(result.matched).toBe(0);

    const same = await checkThroughApi("Marta Quill said the harbour tunnel would employ 1,250 workers.", token);
    expect(matchesOf(same.body as DraftCheckResult, "1,250")).toEqual([
      expect.objectContaining({
        claimId: workers.id,
        reason: expect.stringMatching(/^same speaker, \d+ % alike words, same figure within 4 %$/),
      }),
    ]);
  });

  it("answers 401 without a token, and refuses an empty or oversized draft with a clear message", async () => {
    const anonymous = await checkThroughApi("“Anything,” said Someone.", null);
    expect(anonymous.status).toBe(401);
    const empty = await checkThroughApi("   ", token);
    expect(empty).toMatchObject({ status: 422, body: { error: { message: "Paste the draft to check." } } });
    const huge = await checkThroughApi("word ".repeat(20_000), token);
    expect(huge.status).toBe(413);
    expect((huge.body as { error: { message: string } }).error.message).toMatch(/check at most 60,000/);
  });

  it("knows a speaker by a merged name, as the speakers page merged them", async () => {
    const earlier = await newsroom.quote("M. Quill", "Our ferries will run every ten minutes from the first of May");
    await newsroom.publish(earlier, { rating: "Mostly false", summary: "The timetable says every twenty minutes." });
    const [from, into] = await Promise.all(
      [earlier, publishedId].map(async (id) => (await getClaim(database.db, id)).speakerId ?? 0),
    );
    await mergeSpeakers(database.db, newsroom.editor, from ?? 0, into ?? 0);
    const { body } = await checkThroughApi(
      "“Our ferries will run every ten minutes from the first of May,” M. Quill promised again.",
      token,
    );
    expect(matchesOf(body as DraftCheckResult, "ferries")).toEqual([
      expect.objectContaining({ claimId: earlier, verdict: "Mostly false", speakerName: "Marta Quill" }),
    ]);
  });

  it("the page checks a posted draft for a signed-in person and gives the draft back", async () => {
    const draft = "“The harbour tunnel will be finished before the end of next year,” Marta Quill said.";
    const args = await requestAs(database.db, newsroom.checker.id, "/check", {
      method: "POST",
      body: new URLSearchParams({ text: draft }),
    });
    const result = (await checkPage.action({ ...args, params: {} })) as unknown as {
      data: { check: DraftCheckResult; submitted: { text: string } };
    };
    expect(result.data.submitted.text).toBe(draft);
    expect(result.data.check.items[0]?.matches[0]?.claimId).toBe(publishedId);
  });
});
