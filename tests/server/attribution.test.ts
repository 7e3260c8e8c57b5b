import { eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { updateArticle } from "~/.server/articles/article-edits";
import { createArticle } from "~/.server/articles/articles";
import { getClaimRecord } from "~/.server/claims/claim-record";
import { getClaim, listArticleClaims, setClaimSpeaker } from "~/.server/claims/claims";
import { claimEvents } from "~/.server/db/schema/all-tables";
import { listQueue } from "~/.server/review/review-queue";
import { createUser } from "~/.server/users/user-accounts";
import { speakerNeedsCheck } from "~/domain/attribution-evidence";
import { articleEditSchema, articleInputSchema } from "~/domain/schemas/article";
import { claimSpeakerSchema } from "~/domain/schemas/claim";
import { queueFiltersSchema } from "~/domain/schemas/queue";
import { parseInput } from "~/domain/validation";
import { createTestDatabase, type TestDatabase } from "../helpers/test-database";

let database: TestDatabase;
let checkerId: string;

const BODY = [
  "Maria Lopez, the city's transport director, opened the new depot on Monday.",
  "“We will run twice as many buses by spring,” she said.",
  "Critics say “the depot is in the wrong place.”",
].join("\n\n");

beforeAll(async () => {
  database = await createTestDatabase();
  checkerId = (
    await createUser(database.db, null, {
      email: "c@t.test",
      displayName: "Checker",
      role: "checker",
      password: "test password 123",
    })
  ).id;
});
afterAll(() => database.dispose());

async function quotesOf(articleId: number) {
  const found = await listArticleClaims(database.db, articleId);
  const pronoun = found.find((claim) => claim.text.startsWith("We will run"));
  const critics = found.find((claim) => claim.text.startsWith("the depot"));
  if (!pronoun || !critics) throw new Error("expected both quotes");
  return { pronoun, critics };
}

describe("how each claim's speaker was found is kept with it", () => {
  it("stores the rule, the confidence and the name a pronoun was read as, and asks to check it", async () => {
    const article = await createArticle(
      database.db,
      checkerId,
      parseInput(articleInputSchema, { title: "Depot", body: BODY }),
    );
    const { pronoun, critics } = await quotesOf(article.id);
    expect(pronoun).toMatchObject({
      speakerName: "Maria Lopez",
      attributionConfidence: "medium",
      speakerChecked: false,
    });
    expect(BODY.slice(pronoun.antecedentStart ?? 0, pronoun.antecedentEnd ?? 0)).toBe("Maria Lopez");
    const record = await getClaimRecord(database.db, pronoun.id);
    expect(record.attribution).toMatchObject({ needsCheck: true, mention: "she", resolvedName: "Maria Lopez" });
    // A description is kept as words, never made a speaker.
    expect(critics).toMatchObject({ speakerName: null, speakerId: null });
    expect(critics.speakerDescription?.toLowerCase()).toBe("critics");
  });

  it("shows the flag in the review queue too", async () => {
    const article = await createArticle(
      database.db,
      checkerId,
      parseInput(articleInputSchema, { title: "Depot 4", body: `${BODY}\n\nQueue.` }),
    );
    const { pronoun } = await quotesOf(article.id);
    const filters = queueFiltersSchema.parse({ tab: "all", state: "candidate" });
    const { rows } = await listQueue(database.db, { id: checkerId, role: "checker" }, filters, null, "2026-01-01", 500);
    const row = rows.find((candidate) => candidate.id === pronoun.id);
    expect(row && speakerNeedsCheck(row)).toBe(true);
  });

  it("takes the flag off when a checker saves the speaker unchanged, recording that they checked it", async () => {
    const article = await createArticle(
      database.db,
      checkerId,
      parseInput(articleInputSchema, { title: "Depot 2", body: `${BODY}\n\nUpdated.` }),
    );
    const { pronoun } = await quotesOf(article.id);
    await setClaimSpeaker(database.db, checkerId, pronoun, parseInput(claimSpeakerSchema, { speaker: "Maria Lopez" }));
    const checked = await getClaimRecord(database.db, pronoun.id);
    expect(checked.attribution.needsCheck).toBe(false);
    expect(checked.claim.speakerName).toBe("Maria Lopez");
    const [last] = await database.db
      .select()
      .from(claimEvents)
      .where(eq(claimEvents.claimId, pronoun.id))
      .orderBy(claimEvents.id)
      .then((events) => events.slice(-1));
    expect(last).toMatchObject({ action: "speaker_checked", note: "Speaker checked: Maria Lopez" });
  });

  it("moves the resolved name with the text when the article is edited above it", async () => {
    const article = await createArticle(
      database.db,
      checkerId,
      parseInput(articleInputSchema, { title: "Depot 3", body: `${BODY}\n\nLater.` }),
    );
    const edited = `A short new first paragraph.\n\n${article.body}`;
    await updateArticle(
      database.db,
      checkerId,
      article.id,
      article.version,
      parseInput(articleEditSchema, { title: "Depot 3", body: edited }),
    );
    const { pronoun } = await quotesOf(article.id);
    const moved = await getClaim(database.db, pronoun.id);
    expect(edited.slice(moved.antecedentStart ?? 0, moved.antecedentEnd ?? 0)).toBe("Maria Lopez");
    expect(edited.slice(moved.speakerStart ?? 0, moved.speakerEnd ?? 0)).toBe("she");
  });
});
