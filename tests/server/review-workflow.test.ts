import { eq, sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createArticle } from "~/.server/articles/articles";
import { getClaimRecord } from "~/.server/claims/claim-record";
import { getClaim, listArticleClaims } from "~/.server/claims/claims";
import { transitionClaim } from "~/.server/claims/transitions";
import { claimEvents, verdicts } from "~/.server/db/schema/all-tables";
import { addComment } from "~/.server/review/comments";
import { setReferenceFigure } from "~/.server/review/reference-figure";
import { addSource, removeSource, updateSource } from "~/.server/review/source-records";
import { proposeVerdict } from "~/.server/review/verdicts";
import { createUser } from "~/.server/users/user-accounts";
import type { WorkflowActor } from "~/domain/claim-workflow";
import type { Role } from "~/domain/roles";
import { articleInputSchema } from "~/domain/schemas/article";
import {
  referenceFigureSchema,
  sourceInputSchema,
  transitionInputSchema,
  verdictInputSchema,
} from "~/domain/schemas/review";
import { parseInput } from "~/domain/validation";
import { createTestDatabase, type TestDatabase } from "../helpers/test-database";

let database: TestDatabase;
let checker: WorkflowActor;
let secondChecker: WorkflowActor;
let editor: WorkflowActor;
let secondEditor: WorkflowActor;
let articleCount = 0;

async function person(name: string, role: Role): Promise<WorkflowActor> {
  const email = `${name.toLowerCase().replace(/\W+/g, ".")}@newsroom.test`;
  const user = await createUser(database.db, null, { email, displayName: name, role, password: "test password 123" });
  return { id: user.id, role };
}

beforeAll(async () => {
  database = await createTestDatabase();
  checker = await person("Cara Checker", "checker");
  secondChecker = await person("Cole Checker", "checker");
  editor = await person("Eli Editor", "editor");
  secondEditor = await person("Esme Editor", "editor");
});
afterAll(() => database.dispose());

/** A fresh candidate numeric claim from an invented article. */
async function candidate() {
  articleCount += 1;
  const body = `Mayor Dana Holt said the city planted 12,000 trees in year ${articleCount}, double the target.`;
  const article = await createArticle(
    database.db,
    checker.id,
    parseInput(articleInputSchema, { title: `Trees ${articleCount}`, body }),
  );
  const [claim] = (await listArticleClaims(database.db, article.id)).filter((each) => each.kind === "numeric");
  if (!claim) throw new Error("extraction found no figure");
  return claim;
}

const current = async (claimId: number) => getClaim(database.db, claimId);

async function move(actor: WorkflowActor, claimId: number, to: string, note?: string) {
  const { version } = await current(claimId);
  return transitionClaim(database.db, actor, claimId, parseInput(transitionInputSchema, { to, version, note }));
}

async function researched(author: WorkflowActor = checker) {
  const claim = await candidate();
  await move(author, claim.id, "researching");
  await addSource(database.db, author, claim.id, {
    ...parseInput(sourceInputSchema, {
      url: "https://stats.example.org/trees",
      title: "Tree census",
      kind: "official_data",
    }),
    version: (await current(claim.id)).version,
  });
  await proposeVerdict(database.db, author, claim.id, {
    rating: "False",
    summary: "The census counts 3,100 trees.",
    rationale: "The **census** says otherwise.",
    version: (await current(claim.id)).version,
  });
  return claim;
}

const actionsOf = async (claimId: number) =>
  (
    await database.db
      .select({ action: claimEvents.action })
      .from(claimEvents)
      .where(eq(claimEvents.claimId, claimId))
      .orderBy(claimEvents.id)
  ).map((event) => event.action);

describe("the review path", () => {
  it("takes a claim from candidate to published, recording every step", async () => {
    const claim = await researched();
    await move(checker, claim.id, "in_review");
    await move(editor, claim.id, "researching", "Add the date of the census.");
    await move(checker, claim.id, "in_review");
    await move(editor, claim.id, "approved");
    await move(editor, claim.id, "published");

    const record = await getClaimRecord(database.db, claim.id);
    expect(record.claim.state).toBe("published");
    expect(record.claim.publishedVerdictId).toBe(record.currentVerdict?.id);
    expect(record.currentVerdict).toMatchObject({
      rating: { label: "False" },
      authorName: "Cara Checker",
      approvedByName: "Eli Editor",
    });
    expect(record.currentVerdict?.publishedAt).toBeInstanceOf(Date);
    expect(await actionsOf(claim.id)).toEqual([
      "extracted",
      "accept",
      "source_added",
      "verdict_proposed",
      "submit",
      "send_back",
      "submit",
      "approve",
      "publish",
    ]);
    expect(record.events.find((event) => event.action === "send_back")).toMatchObject({
      actorName: "Eli Editor",
      note: "Add the date of the census.",
      fromState: "in_review",
      toState: "researching",
    });
  });

  it("assigns an accepted claim to whoever accepted it", async () => {
    const claim = await candidate();
    await move(secondChecker, claim.id, "researching");
    expect((await current(claim.id)).assigneeName).toBe("Cole Checker");
  });

  it("refuses review without a source or without a drafted verdict, saying what is missing", async () => {
    const claim = await candidate();
    await move(checker, claim.id, "researching");
    await expect(move(checker, claim.id, "in_review")).rejects.toMatchObject({
      status: 422,
      message: expect.stringContaining("at least one source"),
    });
    await addSource(database.db, checker, claim.id, {
      ...parseInput(sourceInputSchema, { url: "https://stats.example.org/trees", title: "Tree census" }),
      version: (await current(claim.id)).version,
    });
    await expect(move(checker, claim.id, "in_review")).rejects.toMatchObject({
      status: 422,
      message: expect.stringContaining("Draft a verdict"),
    });
  });
});

describe("the two-person rule", () => {
  it("refuses a checker who tries to approve or publish", async () => {
    const claim = await researched();
    await move(checker, claim.id, "in_review");
    await expect(move(checker, claim.id, "approved")).rejects.toMatchObject({
      status: 403,
      message: expect.stringContaining("Only an editor"),
    });
    await move(editor, claim.id, "approved");
    await expect(move(checker, claim.id, "published")).rejects.toMatchObject({ status: 403 });
  });

  it("refuses an editor who wrote the current verdict, and lets another editor approve", async () => {
    const claim = await researched();
    await move(checker, claim.id, "in_review");
    await proposeVerdict(database.db, editor, claim.id, {
      rating: "Mostly false",
      summary: "Close to 3,100, not 12,000.",
      rationale: "",
      version: (await current(claim.id)).version,
    });
    await expect(move(editor, claim.id, "approved")).rejects.toMatchObject({
      status: 403,
      message: expect.stringContaining("two-person rule"),
    });
    await move(secondEditor, claim.id, "approved");
    const record = await getClaimRecord(database.db, claim.id);
    expect(record.verdicts.map((verdict) => [verdict.number, verdict.rating.label, verdict.approvedByName])).toEqual([
      [1, "False", null],
      [2, "Mostly false", "Esme Editor"],
    ]);
  });
});

describe("corrections", () => {
  it("keeps the published verdict while a correction is researched, and needs a public correction note", async () => {
    const claim = await researched();
    await move(checker, claim.id, "in_review");
    await move(editor, claim.id, "approved");
    await move(editor, claim.id, "published");
    const firstPublished = (await current(claim.id)).publishedVerdictId;

    await expect(move(editor, claim.id, "researching")).rejects.toMatchObject({ status: 422 });
    await move(editor, claim.id, "researching", "The census was revised.");
    expect((await current(claim.id)).publishedVerdictId).toBe(firstPublished);
    await expect(move(checker, claim.id, "in_review")).rejects.toMatchObject({
      status: 422,
      message: expect.stringContaining("new version"),
    });

    await proposeVerdict(database.db, checker, claim.id, {
      rating: "Mostly false",
      summary: "The revised census counts 5,200 trees.",
      rationale: "",
      version: (await current(claim.id)).version,
    });
    await move(checker, claim.id, "in_review");
    await move(secondEditor, claim.id, "approved");
    await expect(move(editor, claim.id, "published")).rejects.toMatchObject({
      status: 422,
      message: expect.stringContaining("correction note"),
    });
    await move(editor, claim.id, "published", "Updated with the revised census.");

    const record = await getClaimRecord(database.db, claim.id);
    expect(record.claim.publishedVerdictId).not.toBe(firstPublished);
    expect(record.currentVerdict?.correctionNote).toBe("Updated with the revised census.");
    expect(record.verdicts[0]?.publishedAt).toBeInstanceOf(Date);
  });
});

describe("no update is lost", () => {
  it("refuses a change made against a version someone else already changed (409) and keeps their change", async () => {
    const claim = await researched();
    const seen = (await current(claim.id)).version;
    await proposeVerdict(database.db, checker, claim.id, {
      rating: "False",
      summary: "First reviewer's summary.",
      rationale: "",
      version: seen,
    });
    await expect(
      proposeVerdict(database.db, secondChecker, claim.id, {
        rating: "True",
        summary: "Second reviewer's summary.",
        rationale: "",
        version: seen,
      }),
    ).rejects.toMatchObject({ status: 409 });
    expect((await getClaimRecord(database.db, claim.id)).currentVerdict?.summary).toBe("First reviewer's summary.");
    await expect(
      transitionClaim(database.db, checker, claim.id, { to: "in_review", version: seen, note: null, assigneeId: null }),
    ).rejects.toMatchObject({ status: 409 });
  });

  it("lets exactly one of 20 simultaneous transitions of one version win, and the event log matches", async () => {
    const claim = await candidate();
    const version = (await current(claim.id)).version;
    const people = [checker, secondChecker, editor, secondEditor];
    const attempts = await Promise.allSettled(
      Array.from({ length: 20 }, (_, index) => {
        const actor = people[index % people.length] as WorkflowActor;
        const to = index % 2 === 0 ? "researching" : "dismissed";
        const note = "Duplicate of an earlier claim";
        return transitionClaim(database.db, actor, claim.id, { to, version, note, assigneeId: null });
      }),
    );
    const won = attempts.filter((attempt) => attempt.status === "fulfilled");
    const lost = attempts.filter((attempt): attempt is PromiseRejectedResult => attempt.status === "rejected");
    expect(won).toHaveLength(1);
    expect(lost.map((attempt) => (attempt.reason as { status: number }).status)).toEqual(Array(19).fill(409));

    const final = await current(claim.id);
    expect(final.version).toBe(version + 1);
    const transitions = await database.db
      .select({ toState: claimEvents.toState })
      .from(claimEvents)
      .where(eq(claimEvents.claimId, claim.id))
      .orderBy(claimEvents.id);
    expect(transitions.map((event) => event.toState)).toEqual(["candidate", final.state]);
  });

  it("never lets anyone rewrite or delete a claim's history, even with SQL", async () => {
    const claim = await researched();
    const refusal = { cause: expect.objectContaining({ message: expect.stringContaining("append-only") }) };
    await expect(
      database.db.execute(sql`update claim_events set note = 'rewritten' where claim_id = ${claim.id}`),
    ).rejects.toMatchObject(refusal);
    await expect(database.db.execute(sql`delete from claim_events where claim_id = ${claim.id}`)).rejects.toMatchObject(
      refusal,
    );
  });
});

describe("research while it can change", () => {
  it("refuses sources on a candidate and explains", async () => {
    const claim = await candidate();
    await expect(
      addSource(database.db, checker, claim.id, {
        ...parseInput(sourceInputSchema, { url: "https://a.example/x", title: "X" }),
        version: claim.version,
      }),
    ).rejects.toMatchObject({ status: 409, message: "Accept this claim before researching it." });
  });

  it("refuses addresses that are not web pages", () => {
    for (const url of ["javascript:alert(1)", "data:text/html,hi", "file:///etc/passwd", "ftp://a.example/x"]) {
      expect(() => parseInput(sourceInputSchema, { url, title: "Bad" })).toThrow(
        expect.objectContaining({ status: 422, fields: { url: expect.stringContaining("http") } }),
      );
    }
  });

  it("edits and removes sources, each change recorded", async () => {
    const claim = await researched();
    const { source } = await addSource(database.db, checker, claim.id, {
      ...parseInput(sourceInputSchema, { url: "https://a.example/report", title: "Report" }),
      version: (await current(claim.id)).version,
    });
    const edit = await updateSource(database.db, checker, claim.id, source.id, {
      ...parseInput(sourceInputSchema, {
        url: "https://a.example/report-2",
        title: "Report, revised",
        publisher: "Audit Office",
      }),
      version: (await current(claim.id)).version,
    });
    expect(edit.urlChanged).toBe(true);
    await removeSource(database.db, checker, claim.id, source.id, (await current(claim.id)).version);
    const record = await getClaimRecord(database.db, claim.id);
    expect(record.sources.map((each) => each.title)).toEqual(["Tree census"]);
    expect((await actionsOf(claim.id)).slice(-3)).toEqual(["source_added", "source_edited", "source_removed"]);
  });

  it("records the reference figure of a numeric claim and compares the claim with it", async () => {
    const claim = await researched();
    const [source] = (await getClaimRecord(database.db, claim.id)).sources;
    await setReferenceFigure(
      database.db,
      checker,
      claim.id,
      parseInput(referenceFigureSchema, {
        value: "3100",
        unit: "trees",
        asOf: "2025-01-10",
        sourceId: String(source?.id),
        version: (await current(claim.id)).version,
      }),
    );
    const { reference } = await getClaimRecord(database.db, claim.id);
    expect(reference).toMatchObject({ value: 3100, asOf: "2025-01-10", source: { title: "Tree census" } });
    expect(reference?.comparison?.label).toBe("+287.1%");
  });

  it("refuses a summary over 280 characters and an unknown rating, naming the scale", async () => {
    const claim = await researched();
    const version = (await current(claim.id)).version;
    expect(() => parseInput(verdictInputSchema, { rating: "False", summary: "x".repeat(281), version })).toThrow(
      expect.objectContaining({ status: 422, fields: { summary: expect.stringContaining("280") } }),
    );
    await expect(
      proposeVerdict(database.db, checker, claim.id, {
        rating: "Pants on fire",
        summary: "No.",
        rationale: "",
        version,
      }),
    ).rejects.toMatchObject({ status: 422, message: expect.stringContaining("True, Mostly true") });
  });

  it("keeps comments between checker and editor in order", async () => {
    const claim = await researched();
    await addComment(database.db, editor, claim.id, { body: "Which census year?" });
    await addComment(database.db, checker, claim.id, { body: "2024." });
    const { comments } = await getClaimRecord(database.db, claim.id);
    expect(comments.map((comment) => [comment.authorName, comment.body])).toEqual([
      ["Eli Editor", "Which census year?"],
      ["Cara Checker", "2024."],
    ]);
  });
});

describe("verdict storage", () => {
  it("numbers each claim's verdict versions from 1", async () => {
    const claim = await researched();
    await proposeVerdict(database.db, checker, claim.id, {
      rating: "false",
      summary: "Second draft.",
      rationale: "",
      version: (await current(claim.id)).version,
    });
    const rows = await database.db
      .select({ number: verdicts.number })
      .from(verdicts)
      .where(eq(verdicts.claimId, claim.id))
      .orderBy(verdicts.number);
    expect(rows.map((row) => row.number)).toEqual([1, 2]);
  });
});
