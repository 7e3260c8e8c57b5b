import { parse } from "csv-parse/sync";
import { eq, sql } from "drizzle-orm";
import { DOMParser } from "linkedom";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { ledgerEntries, ratings } from "~/.server/db/schema/all-tables";
import { ledgerCsvStream, type PublicLedgerItem } from "~/.server/ledger/ledger-export";
import type { ClaimReviewJsonLd } from "~/domain/ledger/claim-review";
import { LEDGER_CSV_COLUMNS } from "~/domain/ledger/csv-cells";
import { NO_LEDGER_FILTERS } from "~/domain/schemas/ledger";
import { type AppInProcess, startAppInProcess } from "../helpers/app-in-process";
import { type LedgerNewsroom, ledgerNewsroom } from "../helpers/ledger-newsroom";
import { APP_ORIGIN } from "../helpers/requests";
import { createTestDatabase, type TestDatabase } from "../helpers/test-database";

let database: TestDatabase;
let app: AppInProcess;
let newsroom: LedgerNewsroom;
const claimIds: Record<string, number> = {};

// Summaries that a spreadsheet would run as formulas, and text that CSV must quote.
const published = [
  {
    key: "bridges",
    speaker: "Mara Quill",
    words: "Bridges, roads and tunnels are all safe",
    rating: "False",
    summary: '=HYPERLINK("http://evil.example","Click")',
  },
  {
    key: "jobs",
    speaker: "Tom Reyes",
    words: "Unemployment fell every month",
    rating: "Mostly true",
    summary: "+2 months were flat",
  },
  {
    key: "schools",
    speaker: "Mara Quill",
    words: "We built more schools than any county",
    rating: "Half true",
    summary: "-1 school: one was a refit",
  },
  {
    key: "rents",
    speaker: "Nia Park",
    words: "Rents have halved since spring",
    rating: "False",
    summary: "@Nia Park's figure is a\nmonthly one, not yearly",
  },
  {
    key: "parks",
    speaker: "Tom Reyes",
    words: "Every district has a new park",
    rating: "True",
    summary: 'The "new" parks, all 12, opened',
  },
] as const;

beforeAll(async () => {
  database = await createTestDatabase();
  newsroom = await ledgerNewsroom(database.db);
  for (const claim of published) {
    const claimId = await newsroom.quote(claim.speaker, claim.words, { outlet: "County Courier" });
    await newsroom.publish(claimId, {
      rating: claim.rating,
      summary: claim.summary,
      rationale: "See the **register**.",
    });
    claimIds[claim.key] = claimId;
  }
  await newsroom.reopen(claimIds.jobs as number, "New figures are out.");
  await newsroom.correct(
    claimIds.jobs as number,
    { rating: "Half true", summary: "Two months rose." },
    "The statistics office revised two months.",
  );
  app = await startAppInProcess(database);
});
afterAll(async () => {
  await app?.close();
  await database?.dispose();
});

const getJson = async <T>(path: string) => {
  const response = await app.request(path);
  expect(response.status, path).toBe(200);
  expect(response.headers.get("Content-Type")).toMatch(/^application\/json/);
  return (await response.json()) as T;
};
const ratingId = async (label: string) =>
  (await database.db.select().from(ratings).where(eq(ratings.label, label)))[0]?.id;

describe("/ledger.json", () => {
  it("lists published claims newest first with their page address and document", async () => {
    const body = await getJson<{ items: PublicLedgerItem[]; nextCursor: string | null }>("/ledger.json");
    expect(body.items.map((item) => item.claim.claimId)).toEqual([
      claimIds.jobs,
      claimIds.parks,
      claimIds.rents,
      claimIds.schools,
      claimIds.bridges,
    ]);
    const jobs = body.items[0];
    expect(jobs?.url).toBe(`${APP_ORIGIN}/ledger/${jobs?.claim.slug}`);
    expect(jobs?.claim.verdict).toMatchObject({
      summary: "Two months rose.",
      correctionNote: "The statistics office revised two months.",
    });
    expect(jobs?.claim.corrections).toHaveLength(1);
    expect(body.nextCursor).toBeNull();
  });

  it("takes the /ledger filters and pages by cursor without repeats or gaps", async () => {
    const falseId = await ratingId("False");
    const filtered = await getJson<{ items: PublicLedgerItem[] }>(`/ledger.json?verdict=${falseId}`);
    expect(filtered.items.map((item) => item.claim.claimId).sort()).toEqual([claimIds.bridges, claimIds.rents].sort());
    const searched = await getJson<{ items: PublicLedgerItem[] }>("/ledger.json?q=schools");
    expect(searched.items.map((item) => item.claim.claimId)).toEqual([claimIds.schools]);

    const seen: number[] = [];
    let next: string | null = `${APP_ORIGIN}/ledger.json?limit=2`;
    let pages = 0;
    while (next) {
      const page: { items: PublicLedgerItem[]; next: string | null } = await getJson(next.slice(APP_ORIGIN.length));
      seen.push(...page.items.map((item) => item.claim.claimId));
      next = page.next;
      pages += 1;
    }
    expect(pages).toBe(3);
    expect(seen).toEqual([claimIds.jobs, claimIds.parks, claimIds.rents, claimIds.schools, claimIds.bridges]);
  });

  it("answers a bad filter or cursor with the API's JSON error", async () => {
    const badCursor = await app.request("/ledger.json?cursor=nonsense");
    expect(badCursor.status).toBe(422);
    expect(await badCursor.json()).toMatchObject({ error: { code: "invalid", fields: { cursor: "Unknown page." } } });
    expect((await app.request("/ledger.json?limit=5000")).status).toBe(422);
    // Well-formed page links the database would refuse: a bare number as the time, a rank beyond a real.
    const pageLink = (key: unknown[]) => btoa(JSON.stringify(key)).replaceAll("=", "");
    for (const address of [
      `/ledger.json?cursor=${pageLink(["1", 1])}`,
      `/ledger.json?q=parks&cursor=${pageLink(["2025-03-01T10:00:00.000000Z", 1, 1e300])}`,
    ]) {
      expect((await app.request(address)).status, address).toBe(422);
    }
  });
});

describe("/ledger.csv", () => {
  it("is a spreadsheet download with one row per claim, quoting intact and formulas neutralised", async () => {
    const response = await app.request("/ledger.csv");
    expect(response.status).toBe(200);
    expect(response.headers.get("Content-Type")).toBe("text/csv; charset=utf-8");
    expect(response.headers.get("Content-Disposition")).toBe('attachment; filename="claims-ledger.csv"');
    const rows: Record<string, string>[] = parse(await response.text(), { columns: true });
    expect(Object.keys(rows[0] ?? {})).toEqual([...LEDGER_CSV_COLUMNS]);
    const row = (key: string) => rows.find((each) => Number(each.claim_id) === claimIds[key]);
    expect(row("bridges")).toMatchObject({
      // The quote as pages show it: the comma that led into "Mara Quill said" is left off.
      claim: "Bridges, roads and tunnels are all safe",
      speaker: "Mara Quill",
      rating: "False",
      summary: `'=HYPERLINK("http://evil.example","Click")`,
      outlet: "County Courier",
    });
    expect(row("jobs")?.summary).toBe("Two months rose.");
    expect(row("jobs")).toMatchObject({
      corrections: "1",
      latest_correction_note: "The statistics office revised two months.",
    });
    expect(row("schools")?.summary).toBe("'-1 school: one was a refit");
    expect(row("rents")?.summary).toBe("'@Nia Park's figure is a\nmonthly one, not yearly");
    expect(row("parks")?.summary).toBe('The "new" parks, all 12, opened');
    expect(row("parks")?.url).toMatch(new RegExp(`^${APP_ORIGIN}/ledger/${claimIds.parks}-`));
  });

  it("takes the same filters", async () => {
    const response = await app.request(
      `/ledger.csv?verdict=${await ratingId("False")}&speaker=${encodeURIComponent("x")}`,
    );
    expect(response.status).toBe(422);
    const rows: Record<string, string>[] = parse(
      await (await app.request(`/ledger.csv?verdict=${await ratingId("False")}`)).text(),
      {
        columns: true,
      },
    );
    expect(rows.map((row) => Number(row.claim_id)).sort()).toEqual([claimIds.bridges, claimIds.rents].sort());
  });

  it("walks the whole list a page of the database at a time", async () => {
    const json = await getJson<{ items: PublicLedgerItem[] }>("/ledger.json");
    const csv = await new Response(await ledgerCsvStream(database.db, NO_LEDGER_FILTERS, APP_ORIGIN, 2)).text();
    const rows: Record<string, string>[] = parse(csv, { columns: true });
    expect(rows.map((row) => Number(row.claim_id))).toEqual(json.items.map((item) => item.claim.claimId));
  });

  it("is cut off, never ended as if whole, when the database fails during the download; the next one works", async () => {
    const stream = await ledgerCsvStream(database.db, NO_LEDGER_FILTERS, APP_ORIGIN, 1);
    const reader = stream.getReader();
    const chunks: string[] = [];
    const first = await reader.read();
    chunks.push(new TextDecoder().decode(first.value));
    await database.db.execute(sql`alter table ledger_search rename to ledger_search_gone`);
    try {
      const rest = (async () => {
        for (;;) {
          const { done, value } = await reader.read();
          if (done) return;
          chunks.push(new TextDecoder().decode(value));
        }
      })();
      await expect(rest).rejects.toThrow();
    } finally {
      await database.db.execute(sql`alter table ledger_search_gone rename to ledger_search`);
    }
    const rows: Record<string, string>[] = parse(chunks.join(""), { columns: true });
    expect(rows.length).toBeLessThan(published.length);
    const again = await app.request("/ledger.csv");
    expect(parse(await again.text(), { columns: true })).toHaveLength(published.length);
  });

  it("refuses filters the database could not take before answering, with the API's JSON error", async () => {
    for (const [query, field] of [
      ["verdict=2147483648", "verdict"],
      ["q=a%00b", "q"],
      ["outlet=a%00b", "outlet"],
      ["from=2025-02-30", "from"],
    ] as const) {
      const response = await app.request(`/ledger.csv?${query}`);
      expect(response.status, query).toBe(422);
      const body = (await response.json()) as { error: { message: string; fields: Record<string, string> } };
      expect(Object.keys(body.error.fields), query).toEqual([field]);
    }
  });
});

describe("/ledger/feed.xml", () => {
  it("is an Atom feed with one entry per publication and per correction, newest first", async () => {
    const response = await app.request("/ledger/feed.xml");
    expect(response.headers.get("Content-Type")).toBe("application/atom+xml; charset=utf-8");
    const xml = await response.text();
    expect(xml.startsWith('<?xml version="1.0" encoding="utf-8"?>')).toBe(true);
    const document = new DOMParser().parseFromString(xml, "text/xml");
    const feed = document.documentElement;
    expect(feed.tagName).toBe("feed");
    expect(feed.getAttribute("xmlns")).toBe("http://www.w3.org/2005/Atom");
    expect(feed.querySelector("id")?.textContent).toBe(`${APP_ORIGIN}/ledger`);
    expect(feed.querySelector('link[rel="self"]')?.getAttribute("href")).toBe(`${APP_ORIGIN}/ledger/feed.xml`);
    const entries = [...feed.querySelectorAll("entry")];
    const chain = await database.db.select().from(ledgerEntries).orderBy(ledgerEntries.id);
    expect(entries).toHaveLength(chain.length);
    expect(new Set(entries.map((entry) => entry.querySelector("id")?.textContent)).size).toBe(chain.length);
    const newest = chain.at(-1);
    expect(feed.querySelector("updated")?.textContent).toBe(newest?.recordedAt.toISOString());
    const [correction, ...rest] = entries;
    expect(correction?.querySelector("title")?.textContent).toMatch(
      /^Correction, now Half true — Tom Reyes: “Unemployment fell every month”$/,
    );
    expect(correction?.querySelector("content")?.textContent).toContain("The statistics office revised two months.");
    expect(correction?.querySelector("content")?.textContent).toContain("Previously rated Mostly true");
    expect(correction?.querySelector("link")?.getAttribute("href")).toMatch(
      new RegExp(`^${APP_ORIGIN}/ledger/${claimIds.jobs}-`),
    );
    expect(correction?.querySelector("updated")?.textContent).toBe(newest?.recordedAt.toISOString());
    // The first verdict stays in the feed as it was published.
    const first = rest.find((entry) =>
      entry.querySelector("title")?.textContent?.startsWith("Mostly true — Tom Reyes"),
    );
    expect(first?.querySelector("content")?.textContent).toContain("+2 months were flat");
    for (const entry of entries) expect(Date.parse(entry.querySelector("updated")?.textContent ?? "")).not.toBeNaN();
  });
});

describe("/ledger/claimreview.json", () => {
  it("lists a ClaimReview per claim, with ratings within the scale", async () => {
    const body = await getJson<{ items: ClaimReviewJsonLd[]; nextCursor: string | null }>("/ledger/claimreview.json");
    expect(body.items).toHaveLength(published.length);
    for (const review of body.items) {
      expect(review).toMatchObject({
        "@context": "https://schema.org",
        "@type": "ClaimReview",
        url: expect.stringMatching(new RegExp(`^${APP_ORIGIN}/ledger/\\d+-`)),
        claimReviewed: expect.any(String),
        datePublished: expect.stringMatching(/^\d{4}-\d{2}-\d{2}$/),
        author: { "@type": "Organization", name: expect.any(String), url: APP_ORIGIN },
        itemReviewed: {
          "@type": "Claim",
          author: { "@type": "Person", name: expect.any(String) },
          datePublished: "2025-03-01",
          appearance: { url: expect.stringMatching(/^https:\/\/news\.example\//) },
        },
      });
      const { ratingValue, bestRating, worstRating, alternateName } = review.reviewRating;
      expect(alternateName).toEqual(expect.any(String));
      expect(worstRating).toBe(1);
      expect(ratingValue).toBeGreaterThanOrEqual(worstRating ?? 1);
      expect(ratingValue).toBeLessThanOrEqual(bestRating ?? 0);
    }
    expect(body.items[0]).toMatchObject({
      claimReviewed: expect.stringMatching(/^Unemployment fell every month/),
      reviewRating: { alternateName: "Half true" },
    });
  });
});

describe("/ledger/chain.json", () => {
  it("gives the entries oldest first, a page at a time, with the head", async () => {
    const chain = await database.db.select().from(ledgerEntries).orderBy(ledgerEntries.id);
    type ChainBody = {
      head: { hash: string };
      items: { id: number; hash: string; previousHash: string; canonical: string; recordedAt: string }[];
      next: string | null;
    };
    const items: ChainBody["items"] = [];
    let next: string | null = `${APP_ORIGIN}/ledger/chain.json?limit=4`;
    while (next) {
      const page: ChainBody = await getJson(next.slice(APP_ORIGIN.length));
      expect(page.head.hash).toBe(chain.at(-1)?.hash);
      items.push(...page.items);
      next = page.next;
    }
    expect(items).toEqual(chain.map((entry) => ({ ...entry, recordedAt: entry.recordedAt.toISOString() })));
    expect(items[1]?.previousHash).toBe(items[0]?.hash);
  });
});

describe("caching", () => {
  it("answers 304 to a current ETag (never to a date alone), and a full answer once the ledger changes", async () => {
    for (const path of [
      "/ledger.json?limit=2",
      "/ledger.csv",
      "/ledger/feed.xml",
      "/ledger/claimreview.json",
      "/ledger/chain.json",
    ]) {
      const first = await app.request(path);
      await first.arrayBuffer();
      const etag = first.headers.get("ETag") ?? "";
      const lastModified = first.headers.get("Last-Modified") ?? "";
      expect(etag, path).toMatch(/^W\/"/);
      expect(first.headers.get("Cache-Control")).toBe("public, max-age=60, stale-while-revalidate=300");
      const again = await app.request(path, { headers: { "If-None-Match": etag } });
      expect(again.status, path).toBe(304);
      expect(await again.text()).toBe("");
      expect(lastModified, path).not.toBe("");
      expect((await app.request(path, { headers: { "If-Modified-Since": lastModified } })).status).toBe(200);
    }
    const first = await app.request("/ledger.json");
    const before = first.headers.get("ETag") ?? "";
    const lastModified = first.headers.get("Last-Modified") ?? "";
    await newsroom.reopen(claimIds.parks as number, "Two parks are not open yet.");
    const underReview = await app.request("/ledger.json", { headers: { "If-None-Match": before } });
    expect(underReview.status).toBe(200);
    // Reopening records no entry, so the date stays: only the ETag tells the copy is stale.
    expect(underReview.headers.get("Last-Modified")).toBe(lastModified);
    const body = (await underReview.json()) as { items: PublicLedgerItem[] };
    expect(body.items.find((item) => item.claim.claimId === claimIds.parks)?.underReview).toBe(true);

    const afterReview = underReview.headers.get("ETag") ?? "";
    const claimId = await newsroom.quote("Ava Stone", "Crime is at a record low");
    await newsroom.publish(claimId, { rating: "Mostly false", summary: "It fell, but not to a record." });
    const changed = await app.request("/ledger.json", { headers: { "If-None-Match": afterReview } });
    expect(changed.status).toBe(200);
    expect(changed.headers.get("ETag")).not.toBe(afterReview);
  });
});

describe("feed text", () => {
  it("stays well-formed XML whatever a summary or rationale contains", async () => {
    const claimId = await newsroom.quote("Ava Stone", "Fares are the lowest in the country");
    await newsroom.publish(claimId, {
      rating: "False",
      summary: "Fares ]]> rose & <b>fell</b>\u0007 twice.",
      rationale: "A `]]>` in code, and <script>alert(1)</script> text.",
    });
    const xml = await (await app.request("/ledger/feed.xml")).text();
    expect(xml.includes("\u0007")).toBe(false);
    expect(xml.includes("<script>")).toBe(false);
    const entries = xml.split("<entry>").slice(1);
    for (const entry of entries) expect(entry.split("]]>").length - 1).toBe(entry.split("<![CDATA[").length - 1);
    const newest = new DOMParser().parseFromString(xml, "text/xml").querySelector("entry content")?.textContent;
    expect(newest).toContain("Fares ]]&gt; rose &amp; &lt;b&gt;fell&lt;/b&gt; twice.");
  });
});
