import { eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { createArticle } from "~/.server/articles/articles";
import { getClaim, listArticleClaims } from "~/.server/claims/claims";
import { articles, sources } from "~/.server/db/schema/all-tables";
import { getLedgerClaim } from "~/.server/ledger/ledger-query";
import { createUser } from "~/.server/users/user-accounts";
import type { Role } from "~/domain/roles";
import { articleInputSchema } from "~/domain/schemas/article";
import { parseInput } from "~/domain/validation";
import * as route from "~/routes/claims.$claimId";
import { requestAs } from "../helpers/requests";
import { createTestDatabase, type TestDatabase } from "../helpers/test-database";
import { type LocalServer, startLocalServer } from "./fetch/local-server";

// The claim page's loader and action, called as the browser of each signed-in person would.

let database: TestDatabase;
let site: LocalServer;
const people: Record<"checker" | "editor" | "secondEditor", string> = { checker: "", editor: "", secondEditor: "" };
let articleCount = 0;

const SOURCE_PAGE = `<!doctype html><html><head><title>Tree census 2024</title></head>
<body><article><h1>Tree census 2024</h1><p>The city planted 9,300 trees last year, the parks office said.</p>
<p>Planting continues through the spring in every district of the city.</p></article></body></html>`;

beforeAll(async () => {
  site = await startLocalServer((_request, response) => {
    response.writeHead(200, { "content-type": "text/html; charset=utf-8" });
    response.end(SOURCE_PAGE);
  });
  // Imports and source captures may fetch from this local site.
  vi.stubEnv("FETCH_ALLOW_INTERNAL", site.hostPort);
  database = await createTestDatabase();
  const person = async (name: string, role: Role) =>
    (
      await createUser(database.db, null, {
        email: `${name.toLowerCase().replace(/\W+/g, ".")}@desk.test`,
        displayName: name,
        role,
        password: "test password 123",
      })
    ).id;
  people.checker = await person("Cara Checker", "checker");
  people.editor = await person("Eli Editor", "editor");
  people.secondEditor = await person("Esme Editor", "editor");
});
afterAll(async () => {
  vi.unstubAllEnvs();
  await database?.dispose();
  await site?.close();
});

type Person = keyof typeof people;

/** A fresh candidate numeric claim ("12,000") from an invented article. */
async function candidate() {
  articleCount += 1;
  const body = `Mayor Dana Holt said the city planted 12,000 trees in year ${articleCount}.\n\nThe parks office will publish its census in May.`;
  const article = await createArticle(
    database.db,
    people.checker,
    parseInput(articleInputSchema, { title: `Trees ${articleCount}`, body }),
  );
  const claim = (await listArticleClaims(database.db, article.id)).find((each) => each.text === "12,000");
  if (!claim) throw new Error("extraction found no figure");
  return claim;
}

const versionOf = async (claimId: number) => (await getClaim(database.db, claimId)).version;

async function load(who: Person, claimId: number, search = "") {
  const args = await requestAs(database.db, people[who], `/claims/${claimId}${search}`);
  const page = await route.loader({ ...args, params: { claimId: String(claimId) } });
  if (!page) throw new Error("the loader returned nothing");
  return page;
}

interface Refusal {
  error: { code: string; message: string; fields?: Record<string, string> };
  submitted: Record<string, string> | null;
}

/** Posts a form of the claim page; answers with the status and, for a refused form, what came back. */
async function post(who: Person, claimId: number, fields: Record<string, string | number>) {
  const body = new URLSearchParams(Object.entries(fields).map(([key, value]) => [key, String(value)]));
  const args = await requestAs(database.db, people[who], `/claims/${claimId}`, { method: "POST", body });
  const result = await route.action({ ...args, params: { claimId: String(claimId) } });
  if (result instanceof Response) return { status: result.status, location: result.headers.get("Location") };
  const refused = result as unknown as { data: Refusal; init: ResponseInit | null };
  return { status: refused.init?.status ?? 200, refusal: refused.data };
}

/** A workflow step; publishing is posted as confirmed from the preview, as the page's only publish form does. */
async function move(who: Person, claimId: number, to: string, note?: string) {
  return post(who, claimId, {
    intent: "transition",
    to,
    version: await versionOf(claimId),
    ...(note ? { note } : {}),
    ...(to === "published" ? { confirmPublish: "yes" } : {}),
  });
}

async function proposeFalse(
  who: Person,
  claimId: number,
  summary = "The parks office counted 9,300 trees, not 12,000.",
) {
  return post(who, claimId, {
    intent: "verdict",
    rating: "False",
    summary,
    rationale: "The census says **9,300**.",
    version: await versionOf(claimId),
  });
}

async function addSource(who: Person, claimId: number, fields: Record<string, string> = {}) {
  return post(who, claimId, {
    intent: "add-source",
    url: site.url("/census"),
    title: "Tree census 2024",
    publisher: "Parks office",
    kind: "official_data",
    passage: "The city planted 9,300 trees last year.",
    accessedOn: "2025-01-10",
    version: await versionOf(claimId),
    ...fields,
  });
}

/** A claim a checker has researched (one source, a False verdict) and sent for review. */
async function inReview() {
  const claim = await candidate();
  await move("checker", claim.id, "researching");
  await addSource("checker", claim.id);
  await proposeFalse("checker", claim.id);
  expect((await move("checker", claim.id, "in_review")).status).toBe(302);
  return claim;
}

describe("the claim page", () => {
  it("sends someone signed out to the login page, and answers 404 for a claim that does not exist", async () => {
    const args = await requestAs(database.db, null, "/claims/1");
    const signedOut = await route.loader({ ...args, params: { claimId: "1" } }).catch((thrown: unknown) => thrown);
    expect((signedOut as Response).status).toBe(302);
    expect((signedOut as Response).headers.get("Location")).toContain("/login");
    const missing = await load("checker", 999_999).catch((thrown: unknown) => thrown);
    expect((missing as { init: ResponseInit }).init.status).toBe(404);
  });

  it("shows the claim in its paragraph and offers a checker only the steps that are theirs", async () => {
    const claim = await candidate();
    const page = await load("checker", claim.id);
    expect(page.context).toMatchObject({ before: "Mayor Dana Holt said the city planted ", claim: "12,000" });
    expect(page.actions.map((action) => [action.to, action.needsNote, action.refusal])).toEqual([
      ["researching", false, null],
      ["dismissed", true, null],
    ]);
    expect(page.researchLockedReason).toBe("Accept this claim before researching it.");
    const review = await load("checker", (await inReview()).id);
    expect(review.actions.map((action) => [action.to, action.refusal?.status])).toEqual([
      ["approved", 403],
      ["researching", 403],
    ]);
  });

  it("walks a claim from candidate to published, each step in the timeline with who did it", async () => {
    const claim = await inReview();
    expect((await move("editor", claim.id, "researching", "Which year does the census cover?")).status).toBe(302);
    expect((await move("checker", claim.id, "in_review")).status).toBe(302);
    expect((await move("editor", claim.id, "approved")).status).toBe(302);
    const published = await move("editor", claim.id, "published");
    expect(published).toEqual({ status: 302, location: `/claims/${claim.id}#workflow` });
    const page = await load("editor", claim.id);
    expect(page.claim.state).toBe("published");
    expect(page.researchLockedReason).toMatch(/published/);
    expect(page.events.map((event) => [event.action, event.actorName])).toEqual([
      ["extracted", null],
      ["accept", "Cara Checker"],
      ["source_added", "Cara Checker"],
      ["verdict_proposed", "Cara Checker"],
      ["submit", "Cara Checker"],
      ["send_back", "Eli Editor"],
      ["submit", "Cara Checker"],
      ["approve", "Eli Editor"],
      ["publish", "Eli Editor"],
    ]);
    expect(page.events.find((event) => event.action === "send_back")?.note).toBe("Which year does the census cover?");
    expect(page.currentVerdict).toMatchObject({ approvedByName: "Eli Editor", rating: { label: "False" } });
    expect(page.currentVerdict?.publishedAt).toBeInstanceOf(Date);
  });

  it("refuses a checker's approval with 403 and the reason, keeping what they typed", async () => {
    const claim = await inReview();
    const version = await versionOf(claim.id);
    const attempt = await post("checker", claim.id, { intent: "transition", to: "approved", version, note: "LGTM" });
    expect(attempt.status).toBe(403);
    expect(attempt.refusal?.error).toMatchObject({ code: "forbidden" });
    expect(attempt.refusal?.error.message).toBe("Only an editor or above can do this; you are a fact-checker.");
    expect(attempt.refusal?.submitted).toMatchObject({ intent: "transition", to: "approved", note: "LGTM" });
    expect((await getClaim(database.db, claim.id)).state).toBe("in_review");
  });

  it("refuses an editor's approval of a verdict they wrote (two-person rule); another editor may approve it", async () => {
    const claim = await inReview();
    expect((await proposeFalse("editor", claim.id, "Tightened: 9,300 trees were planted, not 12,000.")).status).toBe(
      302,
    );
    const own = await move("editor", claim.id, "approved");
    expect(own.status).toBe(403);
    expect(own.refusal?.error.message).toMatch(/another editor must approve it \(two-person rule\)/);
    expect((await load("editor", claim.id)).actions.find((action) => action.to === "approved")?.refusal?.status).toBe(
      403,
    );
    expect((await move("secondEditor", claim.id, "approved")).status).toBe(302);
    const page = await load("checker", claim.id);
    expect(page.verdicts.map((verdict) => [verdict.number, verdict.authorName, verdict.approvedByName])).toEqual([
      [1, "Cara Checker", null],
      [2, "Eli Editor", "Esme Editor"],
    ]);
  });

  it("asks for a note when sending back, and for a correction note when republishing", async () => {
    const claim = await inReview();
    const bare = await move("editor", claim.id, "researching");
    expect(bare.status).toBe(422);
    expect(bare.refusal?.error.message).toBe("Say what needs another look.");
    await move("secondEditor", claim.id, "approved");
    await move("editor", claim.id, "published");
    await move("editor", claim.id, "researching", "The census was revised.");
    await proposeFalse("checker", claim.id, "The revised census counts 9,100 trees.");
    await move("checker", claim.id, "in_review");
    await move("secondEditor", claim.id, "approved");
    const offered = (await load("editor", claim.id)).actions;
    expect(offered).toEqual([
      { action: "withdraw_approval", to: "in_review", needsNote: true, refusal: null, checklist: null },
      { action: "publish", to: "published", needsNote: true, refusal: null, checklist: null },
    ]);
    expect((await move("editor", claim.id, "published")).status).toBe(422);
    expect((await move("editor", claim.id, "published", "Updated to the revised census.")).status).toBe(302);
    expect((await load("editor", claim.id)).currentVerdict?.correctionNote).toBe("Updated to the revised census.");
  });

  it("refuses to publish what changed since approval, says what, and shows the claim back in review", async () => {
    const claim = await inReview();
    await move("secondEditor", claim.id, "approved");
    await database.db
      .update(articles)
      .set({ outlet: "Changed Behind The Desk" })
      .where(eq(articles.id, claim.articleId));
    const refused = await move("editor", claim.id, "published");
    expect(refused.status).toBe(409);
    expect(refused.refusal?.error).toMatchObject({ code: "approval_outdated" });
    expect(refused.refusal?.error.message).toMatch(/^The outlet changed since this verdict was approved/);
    const page = await load("editor", claim.id);
    expect(page.claim.state).toBe("in_review");
    expect(page.events.at(-1)).toMatchObject({ action: "withdraw_approval", details: { changed: ["outlet"] } });
  });

  it("refuses a save made on a stale version with 409, keeps the text sent and overwrites nothing", async () => {
    const claim = await candidate();
    await move("checker", claim.id, "researching");
    const seen = await versionOf(claim.id);
    const first = await post("checker", claim.id, {
      intent: "verdict",
      rating: "False",
      summary: "First save wins.",
      version: seen,
    });
    expect(first.status).toBe(302);
    const second = await post("editor", claim.id, {
      intent: "verdict",
      rating: "Mostly false",
      summary: "Second save, made on the page as it was.",
      rationale: "My *careful* reasoning.",
      version: seen,
    });
    expect(second.status).toBe(409);
    expect(second.refusal?.error.code).toBe("conflict");
    expect(second.refusal?.submitted).toMatchObject({
      intent: "verdict",
      rating: "Mostly false",
      summary: "Second save, made on the page as it was.",
      rationale: "My *careful* reasoning.",
    });
    const page = await load("editor", claim.id);
    expect(page.verdicts.map((verdict) => verdict.summary)).toEqual(["First save wins."]);
    expect(page.claim.version).toBe(seen + 1);
    const comment = await post("editor", claim.id, { intent: "comment", body: "A comment needs no version." });
    expect(comment.status).toBe(302);
  });

  it("renders the rationale's Markdown without scripts, raw HTML or javascript: links", async () => {
    const claim = await candidate();
    await move("checker", claim.id, "researching");
    const saved = await post("checker", claim.id, {
      intent: "verdict",
      rating: "False",
      summary: "Markdown check.",
      rationale: [
        "**Census** says 9,300.",
        "<script>alert('x')</script>",
        '<img src="x" onerror="alert(1)">',
        "[click](javascript:alert(1)) and [the census](https://parks.example.org/census)",
      ].join("\n\n"),
      version: await versionOf(claim.id),
    });
    expect(saved.status).toBe(302);
    const html = (await load("checker", claim.id)).currentVerdict?.rationaleHtml ?? "";
    expect(html).toContain("<strong>Census</strong>");
    expect(html).not.toMatch(/<script|<img|onerror|javascript:/i);
    expect(html).toMatch(/<a href="https:\/\/parks\.example\.org\/census" rel="[^"]*nofollow[^"]*noopener/);
  });

  it("adds a source and captures its page, edits it, removes it, each as an event", async () => {
    const claim = await candidate();
    await move("checker", claim.id, "researching");
    expect((await addSource("checker", claim.id)).status).toBe(302);
    let [source] = (await load("checker", claim.id)).sources;
    expect(source).toMatchObject({
      title: "Tree census 2024",
      kind: "official_data",
      accessedOn: "2025-01-10",
      captureStatus: "captured",
      capturedTitle: "Tree census 2024",
    });
    expect(source).not.toHaveProperty("capturedText");
    const sourceId = String(source?.id);
    const edited = await post("checker", claim.id, {
      intent: "edit-source",
      sourceId,
      url: site.url("/census-2024"),
      title: "Tree census (revised)",
      kind: "official_data",
      version: await versionOf(claim.id),
    });
    expect(edited.status).toBe(302);
    [source] = (await load("checker", claim.id)).sources;
    expect(source).toMatchObject({ title: "Tree census (revised)", url: site.url("/census-2024") });
    expect(source?.captureStatus).toBe("captured");
    const bad = await addSource("checker", claim.id, { url: "javascript:alert(1)", title: "Sneaky" });
    expect(bad.status).toBe(422);
    expect(bad.refusal?.error.fields?.url).toMatch(/http/);
    expect(bad.refusal?.submitted).toMatchObject({ url: "javascript:alert(1)", title: "Sneaky" });
    const removed = await post("checker", claim.id, {
      intent: "remove-source",
      sourceId,
      version: await versionOf(claim.id),
    });
    expect(removed).toEqual({ status: 302, location: `/claims/${claim.id}#sources` });
    const page = await load("checker", claim.id);
    expect(page.sources).toEqual([]);
    expect(page.events.map((event) => event.action).filter((action) => action.startsWith("source_"))).toEqual([
      "source_added",
      "source_edited",
      "source_removed",
    ]);
  });

  it("records a numeric claim's reference figure and compares the claimed figure with it", async () => {
    const claim = await candidate();
    await move("checker", claim.id, "researching");
    await addSource("checker", claim.id);
    const [source] = (await load("checker", claim.id)).sources;
    const saved = await post("checker", claim.id, {
      intent: "reference",
      value: "9300",
      unit: "trees",
      asOf: "2025-01-10",
      sourceId: String(source?.id),
      version: await versionOf(claim.id),
    });
    expect(saved.status).toBe(302);
    const { reference } = await load("checker", claim.id);
    expect(reference).toMatchObject({
      value: 9300,
      unit: "trees",
      asOf: "2025-01-10",
      source: { title: "Tree census 2024" },
      comparison: { label: "+29%" },
    });
    const notANumber = await post("checker", claim.id, {
      intent: "reference",
      value: "lots",
      version: await versionOf(claim.id),
    });
    expect(notANumber.status).toBe(422);
    expect(notANumber.refusal?.submitted?.value).toBe("lots");
  });

  it("refuses a form it does not know", async () => {
    const claim = await candidate();
    const unknown = await post("checker", claim.id, { intent: "delete-everything" });
    expect(unknown.status).toBe(422);
    expect(unknown.refusal?.error.message).toBe("Unknown action.");
  });

  it("lists what Send for review still needs, from the rule the server refuses with", async () => {
    const claim = await candidate();
    await move("checker", claim.id, "researching");
    const checklist = async () => {
      const submit = (await load("checker", claim.id)).actions.find((action) => action.action === "submit");
      return { items: submit?.checklist?.map((item) => [item.label, item.met]), refusal: submit?.refusal?.reason };
    };
    expect(await checklist()).toEqual({
      items: [
        ["At least one source attached", false],
        ["A verdict drafted, with a rating and a summary", false],
      ],
      refusal: "Attach at least one source before sending the claim for review.",
    });
    const early = await move("checker", claim.id, "in_review");
    expect(early.status).toBe(422);
    expect(early.refusal?.error.message).toBe("Attach at least one source before sending the claim for review.");
    await addSource("checker", claim.id);
    expect(await checklist()).toMatchObject({
      items: [
        ["At least one source attached", true],
        ["A verdict drafted, with a rating and a summary", false],
      ],
      refusal: "Draft a verdict with a rating and a summary before sending the claim for review.",
    });
    await proposeFalse("checker", claim.id);
    expect(await checklist()).toEqual({
      items: [
        ["At least one source attached", true],
        ["A verdict drafted, with a rating and a summary", true],
      ],
      refusal: undefined,
    });
    expect((await move("checker", claim.id, "in_review")).status).toBe(302);
  });

  it("warns at approval and publication about a source that could not be captured, and goes on once confirmed", async () => {
    const claim = await inReview();
    await addSource("checker", claim.id, { title: "Council minutes", url: site.url("/minutes") });
    // The minutes' page could not be read when it was added.
    await database.db.update(sources).set({ captureStatus: "failed" }).where(eq(sources.title, "Council minutes"));
    const version = await versionOf(claim.id);
    const warned = await post("secondEditor", claim.id, { intent: "transition", to: "approved", version });
    expect(warned.status).toBe(422);
    expect(warned.refusal?.error.fields?.confirmUncaptured).toBe(
      "1 source could not be captured (“Council minutes”): no copy of the page is kept if it changes or goes. Confirm to go on anyway.",
    );
    expect(warned.refusal?.submitted).toMatchObject({ intent: "transition", to: "approved" });
    expect((await load("editor", claim.id)).claim.state).toBe("in_review");
    const confirmed = await post("secondEditor", claim.id, {
      intent: "transition",
      to: "approved",
      version,
      confirmUncaptured: "yes",
    });
    expect(confirmed.status).toBe(302);
    const publish = {
      intent: "transition",
      to: "published",
      version: await versionOf(claim.id),
      confirmPublish: "yes",
    };
    const publishWarned = await post("editor", claim.id, publish);
    expect(publishWarned.status).toBe(422);
    expect(publishWarned.refusal?.error.fields?.confirmUncaptured).toMatch(/^1 source could not be captured/);
    expect((await post("editor", claim.id, { ...publish, confirmUncaptured: "yes" })).status).toBe(302);
    expect((await load("editor", claim.id)).claim.state).toBe("published");
  });

  it("publishes from a preview of the public page that is the page publishing makes", async () => {
    const claim = await inReview();
    await move("secondEditor", claim.id, "approved");
    expect((await load("editor", claim.id)).publicationPreview).toBeNull();
    // Publishing is an editor's: a checker asking for the preview gets none.
    expect((await load("checker", claim.id, "?preview=publish")).publicationPreview).toBeNull();
    const { publicationPreview: preview } = await load("editor", claim.id, "?preview=publish");
    expect(preview?.document).toMatchObject({
      text: expect.stringMatching(/^Mayor Dana Holt said the city planted 12,000 trees in year \d+\.$/),
      speaker: { name: "Dana Holt" },
      verdict: { rating: { label: "False" }, summary: "The parks office counted 9,300 trees, not 12,000." },
      sources: [{ title: "Tree census 2024", publisher: "Parks office" }],
    });
    expect(preview?.rationaleHtml).toContain("<strong>9,300</strong>");
    const unconfirmed = await post("editor", claim.id, {
      intent: "transition",
      to: "published",
      version: await versionOf(claim.id),
    });
    expect(unconfirmed.status).toBe(422);
    expect(unconfirmed.refusal?.error).toMatchObject({
      code: "confirm",
      message: "Check the preview of the public page first, then confirm publishing from it.",
    });
    expect((await load("editor", claim.id)).claim.state).toBe("approved");
    expect((await move("editor", claim.id, "published")).status).toBe(302);
    const published = (await getLedgerClaim(database.db, String(claim.id))).document;
    // Only the moment of publication differs from what the preview showed.
    const withoutMoment = (document: typeof published | undefined) =>
      document && { ...document, dates: null, verdict: { ...document.verdict, publishedAt: null } };
    expect(withoutMoment(published)).toEqual(withoutMoment(preview?.document));
  });
});
