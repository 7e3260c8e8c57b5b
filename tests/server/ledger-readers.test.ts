import { eq } from "drizzle-orm";
import { DOMParser } from "linkedom";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { ratings } from "~/.server/db/schema/all-tables";
import { type AppInProcess, startAppInProcess } from "../helpers/app-in-process";
import { type LedgerNewsroom, ledgerNewsroom } from "../helpers/ledger-newsroom";
import { APP_ORIGIN } from "../helpers/requests";
import { createTestDatabase, type TestDatabase } from "../helpers/test-database";

let database: TestDatabase;
let app: AppInProcess;
let newsroom: LedgerNewsroom;
let publishedId: number;
let draftId: number;

beforeAll(async () => {
  database = await createTestDatabase();
  newsroom = await ledgerNewsroom(database.db);
  publishedId = await newsroom.quote("Mara Quill", "Bridges are all safe", { publishedOn: "2025-02-10" });
  await newsroom.publish(publishedId, { rating: "False", summary: "Three bridges failed inspection." });
  draftId = await newsroom.quote("Secret Sam", "The draft claim nobody checked");
  await database.db
    .update(ratings)
    .set({ description: "Accurate, nothing left out." })
    .where(eq(ratings.label, "True"));
  app = await startAppInProcess(database);
});
afterAll(async () => {
  await app?.close();
  await database?.dispose();
});

const page = async (path: string, status = 200) => {
  const response = await app.request(path);
  expect(response.status, path).toBe(status);
  return new DOMParser().parseFromString(await response.text(), "text/html");
};
const text = async (path: string, status = 200) => {
  const response = await app.request(path);
  expect(response.status, path).toBe(status);
  return { body: await response.text(), headers: response.headers };
};

describe("anonymous readers are led to the ledger", () => {
  it("the logo and the 404 page's way back go to /ledger, not sign-in", async () => {
    const document = await page("/ledger/no-such-page-here", 404);
    const back = [...document.querySelectorAll("main a")].find((a) => a.textContent === "Back to Claimdesk");
    expect(back?.getAttribute("href")).toBe("/ledger");
    const logo = [...document.querySelectorAll("header a")].find((a) => a.textContent?.trim() === "Claimdesk");
    expect(logo?.getAttribute("href")).toBe("/ledger");
  });

  it("the page's place in the navigation is marked for screen readers, as on pages with scripts", async () => {
    const current = async (path: string) =>
      [...(await page(path)).querySelectorAll('a[aria-current="page"]')].map((a) => a.textContent?.trim());
    expect(await current("/ledger/about")).toEqual(["Claimdesk", "Ledger", "About the ratings and method"]);
    expect(await current("/ledger")).toEqual(["Claimdesk", "Ledger"]);
    expect(await current("/login")).toEqual(["Sign in"]);
  });
});

describe("/ledger", () => {
  it("is sent as a plain document, without scripts or hydration data (ClaimReview JSON-LD aside), while a desk page keeps its scripts", async () => {
    const claimPath = (await page("/ledger")).querySelector("main ol li p a")?.getAttribute("href") ?? "";
    const speakerPath =
      (await page("/ledger")).querySelector('main ol li a[href^="/ledger/speakers/"]')?.getAttribute("href") ?? "";
    for (const path of ["/ledger", "/ledger?q=bridges", claimPath, speakerPath, "/ledger/about"]) {
      const { body } = await text(path);
      expect(body, path).not.toMatch(/<script(?! type="application\/ld\+json")/);
      expect(body, path).not.toContain("__remixContext");
    }
    const { body } = await text("/login");
    expect(body).toContain("__remixContext");
  });

  it("links its downloads, keeping the filters, and advertises the feed in its head", async () => {
    const document = await page("/ledger?kind=quote");
    const feed = document.querySelector('head link[rel="alternate"][type="application/atom+xml"]');
    expect(feed?.getAttribute("href")).toBe("/ledger/feed.xml");
    expect(document.querySelector('head link[rel="alternate"][type="application/json"]')?.getAttribute("href")).toBe(
      "/ledger.json",
    );
    const links = Object.fromEntries(
      [...document.querySelectorAll("aside a")].map((a) => [a.textContent, a.getAttribute("href")]),
    );
    expect(links["Spreadsheet (CSV)"]).toBe("/ledger.csv?kind=quote");
    expect(links.JSON).toBe("/ledger.json?kind=quote");
    expect(links["Atom feed of new verdicts"]).toBe("/ledger/feed.xml");
    expect(links["About the ratings and our method"]).toBe("/ledger/about");
  });

  it("shows when each claim was said and when it was checked", async () => {
    const document = await page("/ledger");
    const item = document.querySelector("main ol li")?.textContent ?? "";
    const checked = new Intl.DateTimeFormat("en-GB", {
      day: "numeric",
      month: "short",
      year: "numeric",
      timeZone: "UTC",
    }).format(new Date());
    expect(item).toContain("said 10 Feb 2025");
    expect(item).toContain(`checked ${checked}`);
  });
});

describe("/ledger/about", () => {
  it("explains each rating with the admin's description, and the method", async () => {
    const document = await page("/ledger/about");
    const scale = [...document.querySelectorAll("dl > div")].map((row) => row.textContent);
    expect(scale).toContain("TrueAccurate, nothing left out.");
    const body = document.querySelector("main")?.textContent ?? "";
    expect(body).toMatch(/Two people/);
    expect(body).toMatch(/under review/);
    expect(document.querySelector('a[href="/ledger/chain.json"]')).not.toBeNull();
  });
});

describe("sharing metadata", () => {
  it("a claim page has Open Graph and Twitter card tags with its canonical address", async () => {
    const list = await page("/ledger");
    const href = list.querySelector("main ol li p a")?.getAttribute("href") ?? "";
    const document = await page(href);
    const meta = (key: string) =>
      document.querySelector(`meta[property="${key}"], meta[name="${key}"]`)?.getAttribute("content");
    expect(meta("og:url")).toBe(`${APP_ORIGIN}${href}`);
    expect(meta("og:type")).toBe("article");
    expect(meta("og:description")).toContain("Three bridges failed inspection.");
    expect(meta("twitter:card")).toBe("summary");
  });

  it("a speaker page has Open Graph tags with its address", async () => {
    const list = await page("/ledger");
    const href = list.querySelector('main ol li a[href^="/ledger/speakers/"]')?.getAttribute("href") ?? "";
    const document = await page(href);
    expect(document.querySelector('meta[property="og:url"]')?.getAttribute("content")).toBe(`${APP_ORIGIN}${href}`);
    expect(document.querySelector('meta[property="og:title"]')?.getAttribute("content")).toContain("Mara Quill");
    expect(document.querySelector('meta[name="twitter:card"]')?.getAttribute("content")).toBe("summary");
  });
});

describe("/sitemap.xml and /robots.txt", () => {
  it("the index names its parts, which list published claims, speakers and the ledger pages only", async () => {
    const index = await text("/sitemap.xml");
    expect(index.headers.get("Content-Type")).toMatch(/^application\/xml/);
    expect(index.headers.get("Cache-Control")).toMatch(/public/);
    expect(index.headers.get("ETag")).toBeTruthy();
    const parts = [...index.body.matchAll(/<loc>([^<]+)<\/loc>/g)].map((match) => match[1]);
    expect(parts).toEqual([
      `${APP_ORIGIN}/sitemap/pages.xml`,
      `${APP_ORIGIN}/sitemap/claims-1.xml`,
      `${APP_ORIGIN}/sitemap/speakers-1.xml`,
    ]);
    const urls: string[] = [];
    for (const part of parts) {
      const { body } = await text(part?.slice(APP_ORIGIN.length) ?? "");
      expect(body).toContain('<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">');
      urls.push(...[...body.matchAll(/<loc>([^<]+)<\/loc>/g)].map((match) => match[1] ?? ""));
    }
    expect(urls).toContain(`${APP_ORIGIN}/ledger`);
    expect(urls).toContain(`${APP_ORIGIN}/ledger/about`);
    expect(urls.filter((url) => url.startsWith(`${APP_ORIGIN}/ledger/${publishedId}-`))).toHaveLength(1);
    expect(urls.filter((url) => url.includes("/ledger/speakers/"))).toEqual([
      expect.stringMatching(/\/ledger\/speakers\/\d+-mara-quill$/),
    ]);
    expect(urls.join("\n")).not.toMatch(new RegExp(`/${draftId}-|secret-sam`));
  });

  it("an unknown or out-of-range part is a 404, an empty range an empty list", async () => {
    for (const name of ["nonsense.xml", "claims-0.xml", "claims-1", "claims-99999999.xml"]) {
      expect((await app.request(`/sitemap/${name}`)).status, name).toBe(404);
    }
    const { body } = await text("/sitemap/claims-7.xml");
    expect(body).not.toContain("<url>");
  });

  it("robots.txt keeps crawlers out of the desk and points at the sitemap", async () => {
    const { body, headers } = await text("/robots.txt");
    expect(headers.get("Content-Type")).toMatch(/^text\/plain/);
    for (const path of ["/articles", "/claims", "/queue", "/admin", "/imports", "/speakers", "/api"]) {
      expect(body).toContain(`Disallow: ${path}\n`);
    }
    expect(body).not.toMatch(/Disallow: \/ledger/);
    expect(body).toContain(`Sitemap: ${APP_ORIGIN}/sitemap.xml`);
  });
});
