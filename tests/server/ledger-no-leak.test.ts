import { randomBytes } from "node:crypto";
import { eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createArticle } from "~/.server/articles/articles";
import { createApiToken } from "~/.server/auth/api-tokens";
import { getClaim, listArticleClaims, setRepeatOf } from "~/.server/claims/claims";
import { transitionClaim } from "~/.server/claims/transitions";
import { ledgerClaims, ratings, sources, speakers } from "~/.server/db/schema/all-tables";
import { getLedgerClaim } from "~/.server/ledger/ledger-query";
import { addComment } from "~/.server/review/comments";
import { addSource } from "~/.server/review/source-records";
import { createUser } from "~/.server/users/user-accounts";
import { articleInputSchema } from "~/domain/schemas/article";
import { sourceInputSchema } from "~/domain/schemas/review";
import { parseInput } from "~/domain/validation";
import { type AppInProcess, startAppInProcess } from "../helpers/app-in-process";
import { type LedgerNewsroom, ledgerNewsroom } from "../helpers/ledger-newsroom";
import { routeAddresses, routeFiles } from "../helpers/route-files";
import { createTestDatabase, type TestDatabase } from "../helpers/test-database";

// Nothing unpublished reaches a reader. A secret marker goes into every field readers must never
// see; then every route of the app is requested anonymously — the ledger's pages and outputs with
// every published claim and speaker, and everything else as a signed-out visitor — and the marker
// must not appear in any answer. The routes come from app/routes itself, so a new route is
// requested too, and a new public ledger route without values for its address fails the test.

// Letters only, capitalised, so it can be a speaker's surname and a search word.
const randomLetters = () => [...randomBytes(10)].map((byte) => String.fromCharCode(97 + (byte % 26))).join("");
const MARKER = `Qzv${randomLetters()}`;
const CONTROL = `Qzv${randomLetters()}`;

let database: TestDatabase;
let app: AppInProcess;
let newsroom: LedgerNewsroom;
const ids = {
  published: [] as number[],
  unpublished: [] as number[],
  articles: [] as number[],
  publishedSpeakers: [] as string[],
  secretSpeaker: 0,
  secretUser: "",
  plain: 0,
  publishedRepeat: 0,
};

const version = async (claimId: number) => (await getClaim(database.db, claimId)).version;

async function seed() {
  // Assignee names: every claim below is researched by the checker with the marker in her name.
  newsroom = await ledgerNewsroom(database.db, { checker: `Cara ${MARKER}`, editor: `Eli ${MARKER}` });
  const { checker, editor } = newsroom;
  const secretUser = await createUser(database.db, null, {
    email: `${MARKER.toLowerCase()}@newsroom.test`,
    displayName: `Ada ${MARKER}`,
    role: "checker",
    password: "ledger password 123",
  });
  ids.secretUser = secretUser.id;
  await createApiToken(database.db, null, checker.id, `Token ${MARKER}`);

  // A published claim whose article also holds an unaccepted candidate (in another paragraph), and
  // whose review was sent back once with a note.
  const article = await createArticle(
    database.db,
    checker.id,
    parseInput(articleInputSchema, {
      title: "Council budget",
      body: `“Bridges in this county have never been safer,” Mara Quill said.\n\n“The ${MARKER} fund is empty,” Mara Quill added.`,
      url: "https://news.example/budget",
      outlet: "County Courier",
      publishedOn: "2025-03-01",
    }),
  );
  ids.articles.push(article.id);
  const [sentBack, candidate] = await listArticleClaims(database.db, article.id);
  if (!sentBack || !candidate) throw new Error("expected two quotes");
  ids.unpublished.push(candidate.id);
  await newsroom.move(checker, sentBack.id, "researching");
  await addSource(database.db, checker, sentBack.id, {
    ...parseInput(sourceInputSchema, { url: "https://data.example/bridges", title: "Bridge register" }),
    version: await version(sentBack.id),
  });
  await newsroom.propose(sentBack.id, { rating: "False", summary: "Eleven bridges failed inspection." });
  await newsroom.move(checker, sentBack.id, "in_review");
  await newsroom.move(editor, sentBack.id, "researching", `Internal: ${MARKER} send-back note`);
  await newsroom.move(checker, sentBack.id, "in_review");
  await newsroom.move(editor, sentBack.id, "approved");
  await newsroom.move(editor, sentBack.id, "published");
  ids.published.push(sentBack.id);

  // A published claim, then commented on, its source's capture failing, and reopened for a
  // correction whose draft verdict and new source are not published.
  const corrected = await newsroom.quote("Tom Reyes", "Unemployment fell every month");
  await newsroom.publish(corrected, { rating: "Mostly true", summary: "Ten of twelve months fell." });
  ids.published.push(corrected);
  await addComment(database.db, editor, corrected, { body: `Comment: ${MARKER}` });
  await database.db
    .update(sources)
    .set({ captureError: `Capture error ${MARKER}`, capturedText: `Captured page ${MARKER}` })
    .where(eq(sources.claimId, corrected));
  await newsroom.reopen(corrected, `Reopen note ${MARKER}`);
  await newsroom.propose(corrected, {
    rating: "False",
    summary: `Draft ${MARKER}`,
    rationale: `Draft rationale ${MARKER}`,
  });
  await addSource(database.db, checker, corrected, {
    ...parseInput(sourceInputSchema, {
      url: `https://data.example/${MARKER}`,
      title: `Unpublished source ${MARKER}`,
      passage: `Passage ${MARKER}`,
    }),
    version: await version(corrected),
  });

  // A plain published claim by another speaker.
  const plain = await newsroom.quote("Nia Park", "Rents have halved since spring");
  await newsroom.publish(plain, { rating: "False", summary: "Rents rose by 4%." });
  ids.published.push(plain);
  ids.plain = plain;

  // The same talking point said again twice: once still being researched, once published.
  const linkRepeat = async (claimId: number) =>
    setRepeatOf(database.db, checker.id, { id: claimId, version: await version(claimId) }, plain);
  const repeatInResearch = await newsroom.quote("Nia Park", "Rents have halved since spring", {
    title: `Repeat ${MARKER}`,
  });
  await linkRepeat(repeatInResearch);
  await newsroom.move(checker, repeatInResearch, "researching");
  ids.unpublished.push(repeatInResearch);
  const publishedRepeat = await newsroom.quote("Nia Park", "Rents have halved since spring");
  await linkRepeat(publishedRepeat);
  await newsroom.publish(publishedRepeat, { rating: "False", summary: "Rents still rose by 4%." });
  ids.published.push(publishedRepeat);
  ids.publishedRepeat = publishedRepeat;

  // A dismissed claim, with the reason.
  const dismissed = await newsroom.quote("Mara Quill", `The ${MARKER} scheme saved millions`);
  await transitionClaim(database.db, checker, dismissed, {
    to: "dismissed",
    version: await version(dismissed),
    note: `Dismissed: ${MARKER}`,
    assigneeId: null,
  });
  ids.unpublished.push(dismissed);

  // A claim being researched: a secret speaker and article title, a draft verdict, a source with a
  // passage and a failed capture.
  const researching = await newsroom.quote(`Ona ${MARKER}`, "Crime is at a record low", { title: `Article ${MARKER}` });
  await newsroom.move(checker, researching, "researching");
  await addSource(database.db, checker, researching, {
    ...parseInput(sourceInputSchema, {
      url: `https://stats.example/${MARKER}`,
      title: `Crime statistics ${MARKER}`,
      passage: `Passage ${MARKER}`,
    }),
    version: await version(researching),
  });
  await database.db
    .update(sources)
    .set({ captureError: `Capture error ${MARKER}` })
    .where(eq(sources.claimId, researching));
  await newsroom.propose(researching, {
    rating: "False",
    summary: `Summary ${MARKER}`,
    rationale: `Rationale ${MARKER}`,
  });
  ids.unpublished.push(researching);
  const [secretSpeaker] = await database.db
    .select()
    .from(speakers)
    .where(eq(speakers.displayName, `Ona ${MARKER}`));
  ids.secretSpeaker = secretSpeaker?.id ?? 0;

  const listed = await database.db.select().from(ledgerClaims);
  ids.publishedSpeakers = [
    ...new Set(listed.flatMap((row) => (row.document.speaker ? [row.document.speaker.slug] : []))),
  ];
  ids.articles.push(...new Set(listed.map((row) => row.claimId)));
}

beforeAll(async () => {
  database = await createTestDatabase();
  await seed();
  app = await startAppInProcess(database);
});
afterAll(async () => {
  await app?.close();
  await database?.dispose();
});

async function claimSlugs(claimIds: number[]) {
  const rows = await database.db.select().from(ledgerClaims);
  return claimIds.map((id) => rows.find((row) => row.claimId === id)?.slug ?? String(id));
}

/** Every address to request for each route file, with the query strings public lists take. */
async function addressesByRoute(): Promise<Map<string, string[]>> {
  const files = routeFiles();
  const claimIds = [...ids.published, ...ids.unpublished].map(String);
  const [falseRating] = await database.db.select().from(ratings).where(eq(ratings.label, "False"));
  const listQueries = [
    "",
    `?q=${MARKER}`,
    `?verdict=${falseRating?.id}`,
    `?speaker=${ids.secretSpeaker}`,
    `?outlet=County%20Courier&kind=quote&from=2025-01-01&to=2025-12-31`,
    "?limit=1",
  ];
  const publicSlugs = [...(await claimSlugs(ids.published)), ...ids.unpublished.map(String)];
  const perFile: Record<string, Record<string, string[]>> = {
    "ledger.$slug.tsx": { slug: publicSlugs },
    "ledger.speakers.$slug.tsx": { slug: [...ids.publishedSpeakers, String(ids.secretSpeaker)] },
    "sitemap.$part.ts": { part: ["pages.xml", "claims-1.xml", "speakers-1.xml"] },
  };
  const byParameter: Record<string, string[]> = {
    claimId: claimIds,
    articleId: ids.articles.map(String),
    userId: [ids.secretUser],
    jobId: ["1"],
  };
  const addresses = new Map<string, string[]>();
  for (const file of files) {
    const bare = routeAddresses(file, (parameter) => perFile[file]?.[parameter] ?? byParameter[parameter]);
    const isList = /^ledger(\._index\.tsx|\[\.\](json|csv)\.ts|\.claimreview\[\.\]json\.ts)$/.test(file);
    addresses.set(file, isList ? bare.flatMap((address) => listQueries.map((query) => address + query)) : bare);
  }
  return addresses;
}

const occurrences = (text: string, word: string) => text.toLowerCase().split(word.toLowerCase()).length - 1;

async function answer(address: string) {
  const response = await app.request(address, { redirect: "manual" });
  const headers = [...response.headers].map(([name, value]) => `${name}: ${value}`).join("\n");
  return { status: response.status, text: `${headers}\n\n${await response.text()}` };
}

describe("nothing unpublished on any route", () => {
  it("covers every public ledger route with addresses that show published claims", async () => {
    const addresses = await addressesByRoute();
    const ledgerRoutes = [...addresses.keys()].filter((file) => file.startsWith("ledger"));
    expect(ledgerRoutes).toEqual(
      expect.arrayContaining([
        "ledger.$slug.tsx",
        "ledger._index.tsx",
        "ledger.chain[.]json.ts",
        "ledger.claimreview[.]json.ts",
        "ledger.feed[.]xml.ts",
        "ledger.speakers.$slug.tsx",
        "ledger[.]csv.ts",
        "ledger[.]json.ts",
      ]),
    );
    // Each is requested at least once where it shows published claims, not only its 404s.
    for (const file of ledgerRoutes) {
      const statuses = await Promise.all(
        (addresses.get(file) ?? []).map(async (address) => (await answer(address)).status),
      );
      expect(statuses, file).toContain(200);
    }
  });

  it("never shows the marker, on any route, to a signed-out reader", async () => {
    const leaks: string[] = [];
    let requested = 0;
    for (const [file, addresses] of await addressesByRoute()) {
      for (const address of addresses) {
        const { status, text } = await answer(address);
        requested += 1;
        // A search for the marker may repeat the search words back: exactly as often as a search
        // for another, unknown word does.
        const echoes = address.includes(MARKER)
          ? occurrences((await answer(address.replaceAll(MARKER, CONTROL))).text, CONTROL)
          : 0;
        const found = occurrences(text, MARKER);
        if (found !== echoes) leaks.push(`${file} ${address} (${status}): ${found} times, ${echoes} expected`);
      }
    }
    expect(leaks).toEqual([]);
    expect(requested).toBeGreaterThan(50);
  });

  it("counts only the published appearances of a repeated claim, not one still in research", async () => {
    const { document } = await getLedgerClaim(database.db, String(ids.publishedRepeat));
    const [original] = await claimSlugs([ids.plain]);
    expect(document.repeats).toEqual({ count: 1, appearances: [expect.objectContaining({ slug: original })] });
  });

  it("does have the marker in the database, where the test put it", async () => {
    const rows = await database.db.select().from(sources);
    expect(rows.some((row) => row.captureError?.includes(MARKER))).toBe(true);
    const { text } = await answer(`/ledger/${(await claimSlugs([ids.published[1] as number]))[0]}`);
    expect(text).toContain("Ten of twelve months fell.");
  });
});
