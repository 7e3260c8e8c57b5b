import { eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { updateArticle } from "~/.server/articles/article-edits";
import { createArticle } from "~/.server/articles/articles";
import {
  getClaim,
  listArticleClaims,
  makeClaim,
  setClaimSpeaker,
  setRepeatOf,
  similarClaims,
} from "~/.server/claims/claims";
import { transitionClaims } from "~/.server/claims/transitions";
import { claimEvents, speakers } from "~/.server/db/schema/all-tables";
import { mergeSpeakers } from "~/.server/speakers/speaker-records";
import { createUser } from "~/.server/users/user-accounts";
import { articleEditSchema, articleInputSchema } from "~/domain/schemas/article";
import { claimSpeakerSchema, newClaimSchema } from "~/domain/schemas/claim";
import { parseInput } from "~/domain/validation";
import { createTestDatabase, type TestDatabase } from "../helpers/test-database";

let database: TestDatabase;
let checker: { id: string; role: "checker" };
let editor: { id: string; role: "editor" };

const BODY = [
  "GLENVALE – Finance Minister Laura Benn said on Tuesday that the new budget would create 12,000 jobs.",
  "“This is the largest investment in a generation,” Benn told reporters. Opposition leader Tom Achebe disagreed.",
  "“The minister’s numbers do not add up,” he said.",
].join("\n\n");

beforeAll(async () => {
  database = await createTestDatabase();
  const password = "test password 123";
  checker = {
    id: (await createUser(database.db, null, { email: "c@t.test", displayName: "Checker", role: "checker", password }))
      .id,
    role: "checker",
  };
  editor = {
    id: (await createUser(database.db, null, { email: "e@t.test", displayName: "Editor", role: "editor", password }))
      .id,
    role: "editor",
  };
});
afterAll(() => database.dispose());

async function newArticle(body = BODY, title = "Budget") {
  return createArticle(database.db, checker.id, parseInput(articleInputSchema, { title, body }));
}

const eventsOf = (claimId: number) =>
  database.db.select().from(claimEvents).where(eq(claimEvents.claimId, claimId)).orderBy(claimEvents.id);

describe("claims from an article", () => {
  it("stores what extraction finds as candidates, with speakers and an event each", async () => {
    const article = await newArticle();
    const found = await listArticleClaims(database.db, article.id);
    const quotes = found.filter((claim) => claim.kind === "quote");
    expect(quotes.map((claim) => [claim.text, claim.speakerName])).toEqual([
      ["This is the largest investment in a generation,", "Laura Benn"],
      ["The minister’s numbers do not add up,", "Tom Achebe"],
    ]);
    expect(found.find((claim) => claim.kind === "numeric")).toMatchObject({
      text: "12,000",
      value: 12000,
      state: "candidate",
    });
    for (const claim of found) {
      expect(BODY.slice(claim.start, claim.end)).toBe(claim.text);
      expect((await eventsOf(claim.id)).map((event) => event.action)).toEqual(["extracted"]);
    }
  });

  it("keeps one speaker record for a person named in two articles", async () => {
    await newArticle("Laura Benn said: “Growth is back.”", "Benn again");
    expect(await database.db.$count(speakers, eq(speakers.nameKey, "laura benn"))).toBe(1);
  });

  it("makes a claim from a selection with its exact offsets and reads a selected number's value", async () => {
    const body = "The council spent £4.2m on consultants last year, a report found.";
    const article = await newArticle(body, "Consultants");
    const start = body.indexOf("spent");
    const end = body.indexOf(" on consultants");
    const claim = await makeClaim(
      database.db,
      checker.id,
      parseInput(newClaimSchema, {
        articleId: article.id,
        kind: "numeric",
        start,
        end,
        speaker: "Audit Office",
      }),
    );
    expect(claim).toMatchObject({
      text: "spent £4.2m",
      startOffset: start,
      endOffset: end,
      value: 4_200_000,
      state: "candidate",
    });
    expect((await getClaim(database.db, claim.id)).speakerName).toBe("Audit Office");
  });

  it("refuses a selection outside the text", async () => {
    const article = await newArticle("Short text here.", "Short");
    await expect(
      makeClaim(
        database.db,
        checker.id,
        parseInput(newClaimSchema, { articleId: article.id, kind: "statement", start: 5, end: 500 }),
      ),
    ).rejects.toMatchObject({
      status: 422,
    });
  });
});

describe("triage", () => {
  it("accepts candidates for checking, assigned to the checker, and records who did it", async () => {
    const article = await newArticle(BODY.replace("12,000", "13,000"), "Triage 1");
    const [first, second] = await listArticleClaims(database.db, article.id);
    if (!first || !second) throw new Error("expected claims");
    await transitionClaims(
      database.db,
      checker,
      "accept",
      [first, second].map((claim) => ({ id: claim.id, version: claim.version })),
    );
    const accepted = await getClaim(database.db, first.id);
    expect(accepted).toMatchObject({ state: "researching", assigneeName: "Checker", version: 2 });
    expect((await eventsOf(first.id)).at(-1)).toMatchObject({
      action: "accept",
      actorId: checker.id,
      fromState: "candidate",
      toState: "researching",
    });
  });

  it("refuses a stale version with 409 and changes nothing", async () => {
    const article = await newArticle(BODY.replace("12,000", "14,000"), "Triage 2");
    const [claim] = await listArticleClaims(database.db, article.id);
    if (!claim) throw new Error("expected a claim");
    await transitionClaims(
      database.db,
      editor,
      "dismiss",
      [{ id: claim.id, version: claim.version }],
      "Not a checkable claim",
    );
    await expect(
      transitionClaims(database.db, checker, "accept", [{ id: claim.id, version: claim.version }]),
    ).rejects.toMatchObject({ status: 409 });
    expect((await getClaim(database.db, claim.id)).state).toBe("dismissed");
  });

  it("undoes a whole bulk action when one claim in it cannot move", async () => {
    const article = await newArticle(BODY.replace("12,000", "15,000"), "Triage 3");
    const [a, b] = await listArticleClaims(database.db, article.id);
    if (!a || !b) throw new Error("expected claims");
    await transitionClaims(database.db, checker, "accept", [{ id: b.id, version: b.version }]);
    await expect(
      transitionClaims(
        database.db,
        checker,
        "dismiss",
        [
          { id: a.id, version: a.version },
          { id: b.id, version: b.version + 1 },
        ],
        "Extraction mistake",
      ),
    ).rejects.toMatchObject({ status: 409 });
    expect((await getClaim(database.db, a.id)).state).toBe("candidate");
  });

  it("corrects the speaker and keeps the history", async () => {
    const article = await newArticle(BODY.replace("12,000", "16,000"), "Triage 4");
    const quote = (await listArticleClaims(database.db, article.id)).find((claim) => claim.kind === "quote");
    if (!quote) throw new Error("expected a quote");
    await setClaimSpeaker(
      database.db,
      editor.id,
      quote,
      parseInput(claimSpeakerSchema, { speaker: "Finance Ministry" }),
    );
    expect((await getClaim(database.db, quote.id)).speakerName).toBe("Finance Ministry");
    expect((await eventsOf(quote.id)).at(-1)).toMatchObject({
      action: "speaker_changed",
      note: "Speaker set to Finance Ministry",
    });
  });
});

describe("who may do what", () => {
  it("refuses a checker an editor's move with 403, writing nothing", async () => {
    const article = await newArticle(BODY.replace("12,000", "19,000"), "Permissions");
    const [claim] = await listArticleClaims(database.db, article.id);
    if (!claim) throw new Error("expected a claim");
    await transitionClaims(database.db, checker, "accept", [claim]);
    const accepted = await getClaim(database.db, claim.id);
    await expect(transitionClaims(database.db, checker, "approve", [accepted])).rejects.toMatchObject({ status: 403 });
    expect((await eventsOf(claim.id)).map((event) => event.action)).toEqual(["extracted", "accept"]);
  });

  it("acts only on claims of the article the page is about", async () => {
    const one = await newArticle(BODY.replace("12,000", "21,000"), "Scope one");
    const two = await newArticle(BODY.replace("12,000", "22,000"), "Scope two");
    const [claim] = await listArticleClaims(database.db, one.id);
    if (!claim) throw new Error("expected a claim");
    await expect(
      transitionClaims(database.db, checker, "accept", [{ ...claim, articleId: two.id }]),
    ).rejects.toMatchObject({ status: 404 });
    expect((await getClaim(database.db, claim.id)).state).toBe("candidate");
  });

  it("refuses a selection made on text that has since been edited", async () => {
    const article = await newArticle("The port handled 40,000 containers.", "Edited under you");
    await updateArticle(
      database.db,
      editor.id,
      article.id,
      article.version,
      parseInput(articleEditSchema, {
        title: "Edited under you",
        body: "In 2024 the port handled 40,000 containers.",
      }),
    );
    await expect(
      makeClaim(
        database.db,
        checker.id,
        parseInput(newClaimSchema, {
          articleId: article.id,
          kind: "statement",
          start: 4,
          end: 8,
          expectedText: "port",
        }),
      ),
    ).rejects.toMatchObject({ status: 409 });
  });
});

describe("similar claims and repeats", () => {
  it("finds an earlier claim saying nearly the same thing and links the repeat", async () => {
    const first = await newArticle(
      "Mayor Ola Reyes said: “Crime in this city has fallen by a third since I took office.”",
      "Reyes 1",
    );
    const later = await newArticle(
      "Ola Reyes said: “Crime in the city has fallen by a third since I took office.”",
      "Reyes 2",
    );
    const original = (await listArticleClaims(database.db, first.id)).find((claim) => claim.kind === "quote");
    const repeat = (await listArticleClaims(database.db, later.id)).find((claim) => claim.kind === "quote");
    if (!original || !repeat) throw new Error("expected quotes");
    const similar = await similarClaims(database.db, repeat);
    expect(similar[0]).toMatchObject({ id: original.id, speakerName: "Ola Reyes" });
    expect(similar[0]?.reason).toMatch(/^same speaker, words \d+ % alike$/);
    await setRepeatOf(database.db, checker.id, repeat, original.id);
    expect((await getClaim(database.db, repeat.id)).repeatOfId).toBe(original.id);
  });
});

describe("said before: figures are compared as what they count", () => {
  const numericOf = async (body: string, title: string) => {
    const article = await newArticle(body, title);
    const figure = (await listArticleClaims(database.db, article.id)).find((claim) => claim.kind === "numeric");
    if (!figure) throw new Error(`expected a figure in “${body}”`);
    return figure;
  };

  it("offers an earlier figure of the same thing within a fifth, never a figure of something else", async () => {
    const soldiers = await numericOf(
      "President Ivan Koval said 4,000 North Korean soldiers had been killed or wounded.",
      "Soldiers 1",
    );
    await numericOf("Harbour officials said 4,000 cars a day now cross the bridge.", "Cars");
    await numericOf("The agency said 9,000 North Korean soldiers had crossed the border.", "Soldiers far");
    const later = await numericOf(
      "Ivan Koval told reporters that 3,800 North Korean soldiers had been killed or wounded.",
      "Soldiers 2",
    );
    const similar = await similarClaims(database.db, later);
    expect(similar.map((claim) => claim.id)).toEqual([soldiers.id]);
    expect(similar[0]?.reason).toMatch(
      /^same speaker, figure of North Korean soldiers within 5 %, sentences \d+ % alike$/,
    );
  });

  it("does not let numbers alone make two quotes alike", async () => {
    const first = await newArticle("Jo Park said: “We built 12,500 homes in 2024.”", "Homes 1");
    const other = await newArticle("Al Moss said: “We lost 12,500 jobs in 2024.”", "Jobs 1");
    const quote = async (id: number) => (await listArticleClaims(database.db, id)).find((c) => c.kind === "quote");
    const [homes, jobs] = [await quote(first.id), await quote(other.id)];
    if (!homes || !jobs) throw new Error("expected quotes");
    expect((await similarClaims(database.db, jobs)).map((claim) => claim.id)).not.toContain(homes.id);
  });
});

describe("editing an article", () => {
  it("keeps claims on their words, flags those whose words are gone and finds new candidates", async () => {
    const article = await newArticle(BODY.replace("12,000", "17,000"), "Edit me");
    const before = await listArticleClaims(database.db, article.id);
    const edited = `Updated at 10:00.\n\n${BODY.replace("12,000", "17,000").replace("“The minister’s numbers do not add up,” he said.", "Achebe declined to comment further. The deficit is 3%.")}`;
    const result = await updateArticle(
      database.db,
      editor.id,
      article.id,
      article.version,
      parseInput(articleEditSchema, {
        title: "Edit me",
        body: edited,
      }),
    );
    expect(result).toMatchObject({ lost: 1, added: 1 });
    const after = await listArticleClaims(database.db, article.id);
    for (const claim of after.filter((claim) => !claim.anchorLost))
      expect(edited.slice(claim.start, claim.end)).toBe(claim.text);
    expect(after.filter((claim) => claim.anchorLost).map((claim) => claim.text)).toEqual([
      "The minister’s numbers do not add up,",
    ]);
    expect(after.find((claim) => claim.text === "3%")).toMatchObject({ state: "candidate" });
    expect(after.length).toBe(before.length + 1);
  });

  it("refuses an edit made against an older version", async () => {
    const article = await newArticle(BODY.replace("12,000", "18,000"), "Edit twice");
    await updateArticle(
      database.db,
      editor.id,
      article.id,
      article.version,
      parseInput(articleEditSchema, {
        title: "Edit twice",
        body: `${BODY} One.`,
      }),
    );
    await expect(
      updateArticle(
        database.db,
        checker.id,
        article.id,
        article.version,
        parseInput(articleEditSchema, {
          title: "Edit twice",
          body: `${BODY} Two.`,
        }),
      ),
    ).rejects.toMatchObject({
      status: 409,
    });
  });
});

describe("speakers", () => {
  it("merges two speakers, keeping every claim, and finds the merged name afterwards", async () => {
    const a = await newArticle("Gen. Ivo Marsh said: “We hold the bridge.”", "Marsh A");
    const b = await newArticle("General Ivo J. Marsh said: “We still hold the bridge.”", "Marsh B");
    const fromClaim = (await listArticleClaims(database.db, b.id))[0];
    const intoClaim = (await listArticleClaims(database.db, a.id))[0];
    if (!fromClaim?.speakerId || !intoClaim?.speakerId) throw new Error("expected speakers");
    await mergeSpeakers(database.db, editor, fromClaim.speakerId, intoClaim.speakerId);
    expect((await getClaim(database.db, fromClaim.id)).speakerId).toBe(intoClaim.speakerId);
    const c = await newArticle("Ivo J. Marsh said: “The bridge is ours.”", "Marsh C");
    expect((await listArticleClaims(database.db, c.id))[0]?.speakerId).toBe(intoClaim.speakerId);
  });

  it("lets only editors merge speakers", async () => {
    const a = await newArticle("Pia Lund said: “Rents will fall.”", "Lund A");
    const b = await newArticle("P. Lund said: “Rents must fall.”", "Lund B");
    const [fromClaim] = await listArticleClaims(database.db, b.id);
    const [intoClaim] = await listArticleClaims(database.db, a.id);
    if (!fromClaim?.speakerId || !intoClaim?.speakerId) throw new Error("expected speakers");
    await expect(mergeSpeakers(database.db, checker, fromClaim.speakerId, intoClaim.speakerId)).rejects.toMatchObject({
      status: 403,
    });
    expect((await getClaim(database.db, fromClaim.id)).speakerId).toBe(fromClaim.speakerId);
  });

  it("refuses to rewrite a claim's history", async () => {
    const [event] = await database.db.select().from(claimEvents).limit(1);
    if (!event) throw new Error("expected an event");
    expect(
      await triggerRefusal(
        database.db.update(claimEvents).set({ note: "rewritten" }).where(eq(claimEvents.id, event.id)),
      ),
    ).toEqual({ code: "42501", message: "claim_events is append-only: UPDATE refused" });
    expect(await triggerRefusal(database.db.delete(claimEvents).where(eq(claimEvents.id, event.id)))).toEqual({
      code: "42501",
      message: "claim_events is append-only: DELETE refused",
    });
    const [kept] = await database.db.select().from(claimEvents).where(eq(claimEvents.id, event.id));
    expect(kept).toEqual(event);
  });
});

/** The database's own refusal behind Drizzle's wrapping error: its SQLSTATE and message. */
async function triggerRefusal(query: PromiseLike<unknown>): Promise<{ code: unknown; message: string } | null> {
  let current: unknown = await query.then(
    () => null,
    (error: unknown) => error,
  );
  while (current instanceof Error) {
    const code = (current as { code?: unknown }).code;
    if (typeof code === "string" && /^[0-9A-Z]{5}$/.test(code)) return { code, message: current.message };
    current = current.cause;
  }
  return null;
}
