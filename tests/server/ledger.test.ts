import { eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { comments, ledgerEntries } from "~/.server/db/schema/all-tables";
import {
  getLedgerClaim,
  ledgerPageQuery,
  listLedgerClaims,
  topSpeakers,
  verdictCounts,
} from "~/.server/ledger/ledger-query";
import { sha256Hex } from "~/.server/sha256";
import { canonicalJson } from "~/domain/ledger/canonical-json";
import { GENESIS_HASH } from "~/domain/ledger/chain-hash";
import type { ClaimReviewJsonLd } from "~/domain/ledger/claim-review";
import { decodeCursor } from "~/domain/ledger/cursor";
import { ledgerFiltersSchema } from "~/domain/schemas/ledger";
import * as indexRoute from "~/routes/ledger._index";
import * as claimRoute from "~/routes/ledger.$slug";
import * as speakerRoute from "~/routes/ledger.speakers.$slug";
import { startAppInProcess } from "../helpers/app-in-process";
import { type LedgerNewsroom, ledgerNewsroom } from "../helpers/ledger-newsroom";
import { createTestDatabase, type TestDatabase } from "../helpers/test-database";

let database: TestDatabase;
let newsroom: LedgerNewsroom;
const ids = { bridges: 0, jobs: 0, hospitals: 0 };
const fillers: number[] = [];

const filters = (input: Record<string, string> = {}) => ledgerFiltersSchema.parse(input);
const list = async (input: Record<string, string> = {}, limit = 100) =>
  (await listLedgerClaims(database.db, filters(input), null, limit)).items.map((item) => item.claimId);

/** Every claim of a list, walked a page at a time as a reader clicking "Next page" would. */
async function walk(input: Record<string, string>, pageSize: number) {
  const seen: number[] = [];
  let cursor: string | null = null;
  do {
    const page = await listLedgerClaims(database.db, filters(input), cursor, pageSize);
    seen.push(...page.items.map((item) => item.claimId));
    cursor = page.nextCursor;
  } while (cursor);
  return seen;
}

const routeArgs = (path: string, params: Record<string, string> = {}) => ({
  request: new Request(`http://ledger.test${path}`),
  params,
  context: { db: database.db },
});

beforeAll(async () => {
  database = await createTestDatabase();
  newsroom = await ledgerNewsroom(database.db, { checker: "Secret Checker Name", editor: "Secret Editor Name" });
  ids.bridges = await newsroom.quote("Mara Quill", "Bridges in this county have never been safer", {
    outlet: "County Courier",
    publishedOn: "2025-02-10",
  });
  await database.db
    .insert(comments)
    .values({ claimId: ids.bridges, authorId: newsroom.checker.id, body: "SECRET internal comment" });
  await newsroom.publish(
    ids.bridges,
    { rating: "False", summary: "Eleven bridges failed inspection last year.", rationale: "See the **register**." },
    { url: "https://data.example/bridges", title: "Bridge inspection register", passage: "Eleven bridges failed." },
  );
  ids.jobs = await newsroom.quote("Tom Reyes", "Unemployment fell every month this year", {
    publishedOn: "2025-03-05",
  });
  await newsroom.publish(ids.jobs, { rating: "Mostly true", summary: "It fell in ten months out of twelve." });
  ids.hospitals = await newsroom.quote("Mara Quill", "We built more hospitals than any county <b>ever</b>", {
    publishedOn: "2025-04-01",
  });
  await newsroom.publish(ids.hospitals, {
    rating: "Half true",
    summary: "Two other counties built as many hospitals.",
  });
  for (let index = 1; index <= 9; index += 1) {
    // The oldest filler names schools most often: the best match, and the last of the newest.
    const schools = index === 1 ? "schools, schools, schools and more schools" : "schools and more schools";
    const claimId = await newsroom.quote("Ada Filler", `Filler claim ${index} about ${schools}`, {
      outlet: "Filler Weekly",
      publishedOn: "2024-06-01",
    });
    await newsroom.publish(claimId, { rating: "True", summary: `Schools figure ${index} checks out.` });
    fillers.push(claimId);
  }
});

afterAll(async () => {
  await database.dispose();
});

describe("the ledger list", () => {
  it("lists every published claim newest first", async () => {
    expect(await list()).toEqual([...fillers].reverse().concat([ids.hospitals, ids.jobs, ids.bridges]));
  });

  it("filters by verdict, speaker, kind, outlet and the date said", async () => {
    const [falseRating] = (await verdictCounts(database.db)).filter((count) => count.label === "False");
    expect(await list({ verdict: String(falseRating?.ratingId) })).toEqual([ids.bridges]);
    const page = await listLedgerClaims(database.db, filters(), null, 100);
    const maraSlug = page.items.find((item) => item.claimId === ids.bridges)?.document.speaker?.slug ?? "";
    expect(await list({ speaker: maraSlug })).toEqual([ids.hospitals, ids.bridges]);
    expect(await list({ outlet: "County Courier" })).toEqual([ids.bridges]);
    expect(await list({ from: "2025-03-01", to: "2025-03-31" })).toEqual([ids.jobs]);
    expect(await list({ kind: "numeric" })).toEqual([]);
    expect(await list({ kind: "quote", outlet: "Daily Example", from: "2025-01-01" })).toEqual([
      ids.hospitals,
      ids.jobs,
    ]);
  });

  it("searches claim text, speaker and summary, and marks the matches as plain text", async () => {
    expect(await list({ q: "hospitals" })).toEqual([ids.hospitals]);
    expect(await list({ q: "Reyes" })).toEqual([ids.jobs]);
    expect(await list({ q: "inspection" })).toEqual([ids.bridges]);
    expect(await list({ q: "register" })).toEqual([ids.bridges]);
    expect(await list({ q: "hospitals -county" })).toEqual([]);
    const [hit] = (await listLedgerClaims(database.db, filters({ q: "hospital" }), null, 10)).items;
    expect(hit?.highlights?.text).toEqual([
      { text: "We built more ", match: false },
      { text: "hospitals", match: true },
      { text: " than any county <b>ever</b>,", match: false },
    ]);
    expect(hit?.highlights?.summary.filter((part) => part.match).map((part) => part.text)).toEqual(["hospitals"]);
  });

  it("pages by cursor without repeating or skipping a claim, searching or not", async () => {
    const everything = await list();
    expect(await walk({}, 4)).toEqual(everything);
    expect(await walk({ kind: "quote" }, 5)).toEqual(everything);
    // A search is newest first unless the reader asks for best matches; either pages alike. The
    // recent window fills a page of "schools"; "hospitals" is too rare for it, and the word index
    // finds it.
    const newest = await list({ q: "schools" });
    expect(newest).toEqual([...fillers].reverse());
    expect(await walk({ q: "schools" }, 2)).toEqual(newest);
    const ranked = await list({ q: "schools", order: "relevance" });
    expect(ranked).toEqual([fillers[0], ...[...fillers].slice(1).reverse()]);
    expect(await walk({ q: "schools", order: "relevance" }, 2)).toEqual(ranked);
    const sources = async (input: Record<string, string>) => {
      const page = await listLedgerClaims(database.db, filters(input), null, 2);
      return [page.order, page.matchSource];
    };
    expect(await sources({ q: "schools" })).toEqual(["newest", "recent"]);
    expect(await sources({ q: "hospitals" })).toEqual(["newest", "index"]);
    expect(await sources({ q: "schools", order: "relevance" })).toEqual(["relevance", "index"]);
    expect(await sources({})).toEqual([null, null]);
    // Either source gives the same page, in either order, from the first page or a cursor.
    const inputs: Record<string, string>[] = [
      { q: "schools" },
      { q: "schools", order: "relevance" },
      { q: "schools or hospitals" },
    ];
    for (const input of inputs) {
      const first = await listLedgerClaims(database.db, filters(input), null, 3);
      const cursor = decodeCursor(first.nextCursor ?? "", input.order === "relevance");
      for (const from of [null, cursor]) {
        const ids = async (source: "recent" | "index") =>
          (await ledgerPageQuery(database.db, filters(input), from, 3, source)).map((row) => row.claimId);
        expect(await ids("recent"), JSON.stringify(input)).toEqual(await ids("index"));
      }
    }
    // A link from one order is stale in the other; an order without a search is no order.
    const rankedLink = (await listLedgerClaims(database.db, filters({ q: "schools", order: "relevance" }), null, 2))
      .nextCursor;
    await expect(listLedgerClaims(database.db, filters({ q: "schools" }), rankedLink, 2)).rejects.toMatchObject({
      status: 422,
    });
    const newestLink = (await listLedgerClaims(database.db, filters({ q: "schools" }), null, 2)).nextCursor;
    await expect(
      listLedgerClaims(database.db, filters({ q: "schools", order: "relevance" }), newestLink, 2),
    ).rejects.toMatchObject({ status: 422 });
    expect(filters({ order: "relevance" }).order).toBeNull();
    await expect(listLedgerClaims(database.db, filters(), "not-a-cursor", 5)).rejects.toMatchObject({ status: 422 });
  });

  it("counts verdicts for the whole ledger and names the most checked speakers", async () => {
    const counts = await verdictCounts(database.db);
    expect(counts.map((count) => [count.label, count.count])).toEqual([
      ["True", 9],
      ["Mostly true", 1],
      ["Half true", 1],
      ["Misleading", 0],
      ["Mostly false", 0],
      ["False", 1],
      ["Unproven", 0],
    ]);
    expect((await topSpeakers(database.db, 2)).map((speaker) => [speaker.name, speaker.count])).toEqual([
      ["Ada Filler", 9],
      ["Mara Quill", 2],
    ]);
  });
});

describe("a claim's page", () => {
  it("shows the claim in context with its verdict and sources, and nothing unpublished", async () => {
    const page = await getLedgerClaim(database.db, String(ids.bridges));
    expect(page.document).toMatchObject({
      text: "Bridges in this county have never been safer,",
      speaker: { name: "Mara Quill" },
      article: { outlet: "County Courier", publishedOn: "2025-02-10" },
      context: {
        paragraph: {
          before: "“",
          claim: "Bridges in this county have never been safer,",
          after: "” Mara Quill said on Monday.",
        },
      },
      verdict: { number: 1, summary: "Eleven bridges failed inspection last year.", rating: { label: "False" } },
      sources: [
        { url: "https://data.example/bridges", title: "Bridge inspection register", passage: "Eleven bridges failed." },
      ],
      corrections: [],
      dates: { said: "2025-02-10" },
    });
    const everything = JSON.stringify(page);
    for (const secret of [
      "SECRET",
      "Secret Checker Name",
      "Secret Editor Name",
      newsroom.checker.id,
      newsroom.editor.id,
    ]) {
      expect(everything).not.toContain(secret);
    }
  });

  it("has ClaimReview JSON-LD with every property fact-check aggregators need", async () => {
    const page = await getLedgerClaim(database.db, String(ids.bridges));
    const data = await claimRoute.loader(routeArgs(`/ledger/${page.slug}`, { slug: page.slug }));
    const review = JSON.parse(data?.jsonLd ?? "{}") as ClaimReviewJsonLd;
    expect(review).toMatchObject({
      "@context": "https://schema.org",
      "@type": "ClaimReview",
      url: `http://ledger.test/ledger/${page.slug}`,
      // The comma leading into the attribution is not part of what was said.
      claimReviewed: "Bridges in this county have never been safer",
      author: { "@type": "Organization", name: expect.any(String), url: "http://ledger.test" },
      datePublished: expect.stringMatching(/^\d{4}-\d{2}-\d{2}$/),
      reviewRating: { "@type": "Rating", alternateName: "False", ratingValue: 1, bestRating: 6, worstRating: 1 },
      itemReviewed: {
        "@type": "Claim",
        author: { "@type": "Person", name: "Mara Quill" },
        datePublished: "2025-02-10",
        appearance: { url: expect.stringMatching(/^https:\/\/news\.example\//) },
      },
    });
    const ratings = await Promise.all(
      [ids.jobs, ids.hospitals, ...fillers].map(
        async (claimId) => (await getLedgerClaim(database.db, String(claimId))).document.verdict.rating,
      ),
    );
    for (const rating of ratings) {
      expect(rating.ratingValue).toBeGreaterThanOrEqual(rating.worstRating ?? Number.NaN);
      expect(rating.ratingValue).toBeLessThanOrEqual(rating.bestRating ?? Number.NaN);
    }
  });

  it("redirects an address with only the id to the full one and answers 404 for an unknown claim", async () => {
    const page = await getLedgerClaim(database.db, String(ids.jobs));
    const redirect = (await claimRoute
      .loader(routeArgs(`/ledger/${ids.jobs}`, { slug: String(ids.jobs) }))
      .catch((thrown: unknown) => thrown)) as Response;
    expect(redirect.status).toBe(301);
    expect(redirect.headers.get("Location")).toBe(`/ledger/${page.slug}`);
    const missing = await claimRoute
      .loader(routeArgs("/ledger/999999-nope", { slug: "999999-nope" }))
      .catch((thrown: unknown) => thrown);
    expect(missing).toMatchObject({ init: { status: 404 } });
  });

  it("stays on the ledger under review while corrected, then shows the correction and keeps the earlier verdict", async () => {
    await newsroom.reopen(ids.jobs, "A reader sent newer figures.");
    const underReview = await getLedgerClaim(database.db, String(ids.jobs));
    expect(underReview.underReview).toBe(true);
    expect(underReview.document.verdict.rating.label).toBe("Mostly true");
    expect((await listLedgerClaims(database.db, filters({ q: "unemployment" }), null, 5)).items[0]?.underReview).toBe(
      true,
    );

    await newsroom.correct(
      ids.jobs,
      { rating: "Misleading", summary: "Revised figures show two rises." },
      "Revised figures published in May.",
    );
    const corrected = await getLedgerClaim(database.db, String(ids.jobs));
    expect(corrected.underReview).toBe(false);
    expect(corrected.slug).toBe(underReview.slug);
    expect(corrected.document.verdict).toMatchObject({
      number: 2,
      rating: { label: "Misleading" },
      correctionNote: "Revised figures published in May.",
    });
    expect(corrected.document.corrections).toMatchObject([
      { number: 1, rating: { label: "Mostly true" }, summary: "It fell in ten months out of twelve." },
    ]);
    expect((await list())[0]).toBe(ids.jobs);
    const counts = Object.fromEntries((await verdictCounts(database.db)).map((count) => [count.label, count.count]));
    expect(counts).toMatchObject({ "Mostly true": 0, Misleading: 1 });

    const entries = await database.db
      .select()
      .from(ledgerEntries)
      .where(eq(ledgerEntries.claimId, ids.jobs))
      .orderBy(ledgerEntries.id);
    expect(entries.map((entry) => entry.kind)).toEqual(["publication", "correction"]);
    expect(JSON.parse(entries[1]?.canonical ?? "{}").document).toEqual(corrected.document);
  });

  it("chains every entry to the one before, from the genesis hash", async () => {
    const entries = await database.db.select().from(ledgerEntries).orderBy(ledgerEntries.id);
    expect(entries[0]?.previousHash).toBe(GENESIS_HASH);
    for (const [index, entry] of entries.entries()) {
      if (index > 0) expect(entry.previousHash).toBe(entries[index - 1]?.hash);
      expect(entry.hash).toBe(sha256Hex(`${entry.previousHash}\n${entry.canonical}`));
      expect(canonicalJson(JSON.parse(entry.canonical))).toBe(entry.canonical);
    }
  });
});

describe("public pages", () => {
  it("/ledger shows the page, the whole ledger's chart and the top speakers", async () => {
    const { data, init } = await indexRoute.loader(routeArgs("/ledger?q=schools&kind=quote&utm_source=mail&verdict="));
    expect(init?.status).toBe(200);
    expect(data.problems).toBeNull();
    expect(data?.page.items).toHaveLength(9);
    expect(data?.counts.reduce((sum, count) => sum + count.count, 0)).toBe(12);
    expect(data?.topSpeakers[0]).toMatchObject({ name: "Ada Filler", count: 9 });
    expect(data?.links.first).toBe("/ledger?kind=quote&q=schools");
    expect(data?.page.order).toBe("newest");
    expect(data?.links.otherOrder).toBe("/ledger?kind=quote&q=schools&order=relevance");
    // Downloads are every match, newest first, whichever order the page is in.
    const ranked = await indexRoute.loader(routeArgs("/ledger?q=schools&order=relevance"));
    expect(ranked.data.links.downloads).toBe("?q=schools");
  });

  it("/ledger with filters it cannot use answers 422 with the form, what was typed and a message per filter, and lists nothing", async () => {
    const refused = async (query: string) => {
      const { data, init } = await indexRoute.loader(routeArgs(`/ledger?${query}`));
      expect(init?.status, query).toBe(422);
      expect(data.page.items, query).toEqual([]);
      expect(data.isFirstPage).toBe(true);
      expect(data.links).toEqual({ first: "/ledger", next: null, otherOrder: null, downloads: "" });
      return data;
    };
    const range = await refused("from=2025-05-01&to=2025-01-01&q=bridges");
    expect(range.problems).toEqual({ to: "The start date is after the end date." });
    expect(range.filters).toMatchObject({ from: "2025-05-01", to: "2025-01-01", q: "bridges" });
    const badDay = await refused("from=2025-13-45&verdict=best");
    expect(badDay.problems).toEqual({ from: "Use a date like 2025-01-18.", verdict: "Choose a verdict." });
    expect(badDay.filters).toMatchObject({ from: "2025-13-45", verdict: "best" });
    expect((await refused("q=schools&order=oldest")).problems).toEqual({
      order: "Choose newest first or best matches first.",
    });
    expect((await refused("speaker=nobody")).problems).toEqual({ speaker: "Unknown speaker." });
    expect((await refused("speaker=99999-nobody")).problems).toEqual({
      speaker: "No published claims by this speaker.",
    });

    // The page a reader without JavaScript gets: rendered, with the summary announced.
    const app = await startAppInProcess(database);
    try {
      const response = await app.request("/ledger?from=2025-05-01&to=2025-01-01&outlet=County+Courier");
      expect(response.status).toBe(422);
      const html = await response.text();
      expect(html).toMatch(/<div role="alert"[^>]*>.*These filters cannot be used/s);
      expect(html).toContain('href="#ledger-to"');
      expect(html).toMatch(/id="ledger-to"[^>]*aria-invalid="true"[^>]*aria-describedby="ledger-to-error"/);
      expect(html).toContain('id="ledger-to-error"');
      expect(html).toContain('value="County Courier"');
      expect(html).toContain("No claims are listed until the filters above are corrected.");
      expect(html).not.toContain("Eleven bridges failed inspection last year.");
    } finally {
      await app.close();
    }
  });

  it("a speaker's page lists their claims with their verdict counts", async () => {
    const page = await getLedgerClaim(database.db, String(ids.bridges));
    const slug = page.document.speaker?.slug ?? "";
    const data = await speakerRoute.loader(routeArgs(`/ledger/speakers/${slug}`, { slug }));
    expect(data?.speaker.name).toBe("Mara Quill");
    expect(data?.links).toEqual({ first: `/ledger/speakers/${slug}`, next: null });
    expect(data?.page.items.map((item) => item.claimId)).toEqual([ids.hospitals, ids.bridges]);
    expect(data?.counts.filter((count) => count.count > 0).map((count) => [count.label, count.count])).toEqual([
      ["Half true", 1],
      ["False", 1],
    ]);
  });
});
