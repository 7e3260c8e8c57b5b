import { eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { getClaim } from "~/.server/claims/claims";
import { claimEvents, ledgerClaims, sources } from "~/.server/db/schema/all-tables";
import * as publicRecord from "~/.server/ledger/pending-public-record";
import { captureSource } from "~/.server/review/source-capture";
import * as recheck from "~/.server/review/source-recheck";
import * as sourcesModule from "~/.server/review/source-records";
import * as intents from "~/.server/web/claim-page-intents";
import type { PublishedDocument } from "~/domain/ledger/published-document";
import { sourceInputSchema } from "~/domain/schemas/review";
import { parseInput } from "~/domain/validation";
import { type LedgerNewsroom, ledgerNewsroom } from "../helpers/ledger-newsroom";
import { createTestDatabase, type TestDatabase } from "../helpers/test-database";
import { type LocalServer, startLocalServer } from "./fetch/local-server";

// Quote fidelity end to end on the server: a transcript given on the claim page is checked against
// the quote at once, the finding is stored with the source and is part of what an editor approves,
// and a re-check recomputes it from the captured page.

const SPEECH = [
  "Thank you all for coming.",
  "We are not going to close the library on Mill Street, whatever you may have read.",
  "The swimming pool reopens in June.",
].join(" ");

const VTT = [
  "WEBVTT",
  "",
  "00:00:01.000 --> 00:00:03.000",
  "Thank you all for coming.",
  "",
  "00:02:14.250 --> 00:02:19.000",
  "The swimming pool reopens in June.",
].join("\n");

const pages = new Map<string, string>();
let site: LocalServer;
let database: TestDatabase;
let newsroom: LedgerNewsroom;

beforeAll(async () => {
  database = await createTestDatabase();
  newsroom = await ledgerNewsroom(database.db);
  site = await startLocalServer((request, response) => {
    const body = pages.get(request.url ?? "");
    response.writeHead(body ? 200 : 404, { "content-type": "text/html" });
    response.end(body ?? "<p>Not found</p>");
  });
  // Imports and source captures may fetch from this local site.
  vi.stubEnv("FETCH_ALLOW_INTERNAL", site.hostPort);
});

afterAll(async () => {
  vi.unstubAllEnvs();
  await site?.close();
  await database?.dispose();
});

/** A quote claim in research. */
async function quoteInResearch(words: string): Promise<number> {
  const claimId = await newsroom.quote("Mayor Ada Lowe", words);
  await newsroom.move(newsroom.checker, claimId, "researching");
  return claimId;
}

/** The claim page's transcript form as a browser posts it. */
async function postTranscript(claimId: number, given: { text?: string; file?: File }) {
  const form = new FormData();
  form.set("intent", "add-transcript");
  form.set("version", String((await getClaim(database.db, claimId)).version));
  form.set("url", "https://video.example/council-2025-03-03");
  form.set("title", "Council meeting, 3 March");
  form.set("transcript", given.text ?? "");
  if (given.file) form.set("transcriptFile", given.file);
  return intents.runClaimPageIntent(database.db, newsroom.checker, claimId, form);
}

const sourcesOf = (claimId: number) => database.db.select().from(sources).where(eq(sources.claimId, claimId));

describe("a transcript as a source", () => {
  it("is checked against the quote when added: a dropped “not” is words changed, stored with the passage and the event", async () => {
    const claimId = await quoteInResearch("We are going to close the library on Mill Street");
    expect(await postTranscript(claimId, { text: SPEECH })).toBe("sources");
    const [source] = await sourcesOf(claimId);
    expect(source).toMatchObject({
      transcriptFormat: "text",
      captureStatus: "captured",
      capturedText: SPEECH,
      url: "https://video.example/council-2025-03-03",
    });
    expect(source?.capturedSha256).toMatch(/^[0-9a-f]{64}$/);
    expect(source?.quoteCheck).toMatchObject({
      finding: "changed",
      changes: ["“not” is left out"],
      passages: [
        {
          text: "We are not going to close the library on Mill Street",
          before: "Thank you all for coming.",
          after: ", whatever you may have read. The swimming pool reopens in June.",
          time: null,
        },
      ],
    });
    const [event] = await database.db
      .select()
      .from(claimEvents)
      .where(eq(claimEvents.claimId, claimId))
      .then((rows) => rows.filter((row) => row.action === "source_added"));
    expect(event?.details).toMatchObject({ sourceId: source?.id, transcript: "text", quoteFinding: "changed" });
  });

  it("keeps a WebVTT file's cue times and dates the passage", async () => {
    const claimId = await quoteInResearch("The swimming pool reopens in June");
    await postTranscript(claimId, { file: new File([VTT], "meeting.vtt", { type: "text/vtt" }) });
    const [source] = await sourcesOf(claimId);
    expect(source?.transcriptFormat).toBe("vtt");
    expect(source?.quoteCheck).toMatchObject({ finding: "verbatim", passages: [{ time: "00:02:14.250" }] });
  });

  it("refuses a .vtt that is not WebVTT, a file of another type, one too large and a form with no transcript, saying why", async () => {
    const claimId = await quoteInResearch("The swimming pool reopens in June");
    const refusal = (given: { text?: string; file?: File }) =>
      postTranscript(claimId, given).then(
        () => null,
        (error: unknown) => error,
      );
    expect(await refusal({ file: new File(["Just words"], "meeting.vtt") })).toMatchObject({
      status: 422,
      message: "This is not a WebVTT file: a .vtt file starts with “WEBVTT”.",
      fields: { transcriptFile: "This is not a WebVTT file: a .vtt file starts with “WEBVTT”." },
    });
    expect(await refusal({ file: new File(["%PDF"], "meeting.pdf") })).toMatchObject({
      status: 415,
      message: "Claimdesk reads transcripts from .txt, .vtt or .srt files; meeting.pdf is not one.",
    });
    expect(await refusal({ file: new File(["word ".repeat(50_000)], "long.txt") })).toMatchObject({
      status: 413,
      message: "A transcript can be up to 200 KB; split a longer one and add the part the quote is in.",
    });
    expect(await refusal({})).toMatchObject({ status: 422, fields: { transcript: expect.any(String) } });
    expect(await sourcesOf(claimId)).toEqual([]);
  });

  it("is not fetched again by a re-check, and its address can change without losing its text", async () => {
    const claimId = await quoteInResearch("The swimming pool reopens in June");
    await postTranscript(claimId, { text: SPEECH });
    const [source] = await sourcesOf(claimId);
    expect(await recheck.recheckSources(database.db, { claimId })).toEqual([]);
    const { recapture } = await sourcesModule.updateSource(database.db, newsroom.checker, claimId, source?.id ?? 0, {
      ...parseInput(sourceInputSchema, { url: "https://video.example/elsewhere", title: "Council meeting" }),
      version: (await getClaim(database.db, claimId)).version,
    });
    expect(recapture).toBe(false);
    const [edited] = await sourcesOf(claimId);
    expect(edited).toMatchObject({ capturedText: SPEECH, captureStatus: "captured", quoteCheck: source?.quoteCheck });
  });
});

describe("the quote check in the public record", () => {
  async function approvedWithTranscript(words: string) {
    const claimId = await quoteInResearch(words);
    await postTranscript(claimId, { text: SPEECH });
    await newsroom.propose(claimId, { rating: "False", summary: "The mayor said the opposite." });
    await newsroom.move(newsroom.checker, claimId, "in_review");
    await newsroom.move(newsroom.editor, claimId, "approved");
    return claimId;
  }

  it("is covered by the approval: a finding changed after approval stops publication", async () => {
    const claimId = await approvedWithTranscript("We are going to close the library on Mill Street");
    const { record } = await publicRecord.upcomingPublicRecord(database.db, claimId);
    expect(record.sources[0]?.quoteCheck).toMatchObject({ finding: "changed" });
    const [source] = await sourcesOf(claimId);
    // As a later check finding otherwise would.
    await database.db
      .update(sources)
      .set({
        quoteCheck: {
          ...(source?.quoteCheck as NonNullable<typeof source>["quoteCheck"] & object),
          finding: "verbatim",
        },
      })
      .where(eq(sources.id, source?.id ?? 0));
    const refused = await newsroom.move(newsroom.editor, claimId, "published").catch((error: unknown) => error);
    expect(refused).toMatchObject({ status: 409, code: "approval_outdated" });
    expect((refused as Error).message).toMatch(/^The sources changed since this verdict was approved/);
  });

  it("publishes the finding and passage on the ledger with the claim", async () => {
    const claimId = await approvedWithTranscript("We are going to close the library on Mill Street");
    await newsroom.move(newsroom.editor, claimId, "published");
    const [row] = await database.db.select().from(ledgerClaims).where(eq(ledgerClaims.claimId, claimId));
    const document = row?.document as PublishedDocument;
    expect(document.sources[0]?.quoteCheck).toMatchObject({
      finding: "changed",
      passages: [{ text: "We are not going to close the library on Mill Street" }],
    });
  });

  it("leaves a source without a quote check out of it, so a record approved before quote checks still publishes", async () => {
    const claimId = await quoteInResearch("Rents have halved since spring");
    await sourcesModule.addSource(database.db, newsroom.checker, claimId, {
      ...parseInput(sourceInputSchema, { url: "https://data.example/not-captured", title: "Rent register" }),
      version: (await getClaim(database.db, claimId)).version,
    });
    await newsroom.propose(claimId, { rating: "False", summary: "They rose." });
    await newsroom.move(newsroom.checker, claimId, "in_review");
    await newsroom.move(newsroom.editor, claimId, "approved");
    const { record } = await publicRecord.upcomingPublicRecord(database.db, claimId);
    expect(Object.keys(record.sources[0] ?? {})).not.toContain("quoteCheck");
    await newsroom.move(newsroom.editor, claimId, "published");
    expect((await getClaim(database.db, claimId)).state).toBe("published");
  });
});

describe("re-checking a web page source", () => {
  it("checks the quote against a page captured by the re-check, and records the finding", async () => {
    const claimId = await quoteInResearch("The swimming pool reopens in July");
    pages.set(
      "/speech",
      `<!doctype html><html><head><title>Speech</title></head><body><article><h1>The mayor's speech</h1><p>${SPEECH}</p></article></body></html>`,
    );
    const url = `http://${site.hostPort}/speech`;
    // Added while the page could not be read, as when a site is down.
    pages.delete("/speech");
    const { source } = await sourcesModule.addSource(database.db, newsroom.checker, claimId, {
      ...parseInput(sourceInputSchema, { url, title: "Speech" }),
      version: (await getClaim(database.db, claimId)).version,
    });
    await captureSource(database.db, source.id);
    expect((await sourcesOf(claimId))[0]?.quoteCheck).toBeNull();
    pages.set(
      "/speech",
      `<!doctype html><html><head><title>Speech</title></head><body><article><h1>The mayor's speech</h1><p>${SPEECH}</p></article></body></html>`,
    );
    const [checked] = await recheck.recheckSources(database.db, { claimId });
    expect(checked?.status).toBe("captured");
    const [stored] = await sourcesOf(claimId);
    expect(stored?.quoteCheck).toMatchObject({
      finding: "changed",
      changes: ["“July” in the quote, “June” in the source"],
    });
    const events = await database.db.select().from(claimEvents).where(eq(claimEvents.claimId, claimId));
    expect(events.find((event) => event.action === "quote_checked")).toMatchObject({
      details: { sourceId: source.id, quoteFinding: "changed" },
      note: "The quote against “Speech”: words changed.",
    });
  });
});
