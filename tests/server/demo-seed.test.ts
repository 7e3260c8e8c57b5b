import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { listArticles } from "~/.server/articles/articles";
import { getClaimRecord } from "~/.server/claims/claim-record";
import { listArticleClaims } from "~/.server/claims/claims";
import { seedDemo } from "~/.server/demo/seed-demo";
import { createTestDatabase, type TestDatabase } from "../helpers/test-database";

let database: TestDatabase;

beforeAll(async () => {
  database = await createTestDatabase();
  await seedDemo(database.db);
});
afterAll(() => database.dispose());

async function allClaims() {
  const { articles } = await listArticles(database.db, { limit: 50 });
  return (await Promise.all(articles.map((article) => listArticleClaims(database.db, article.id)))).flat();
}

describe("the demo", () => {
  it("shows every stage of the workflow", async () => {
    const states = new Set((await allClaims()).map((claim) => claim.state));
    expect([...states].sort()).toEqual(["candidate", "dismissed", "in_review", "published", "researching"]);
  });

  it("includes a published correction that keeps its public note", async () => {
    const corrected = (await allClaims()).find((claim) => claim.text.includes("38,000"));
    const record = await getClaimRecord(database.db, corrected?.id ?? 0);
    expect(record.verdicts.map((verdict) => verdict.rating.label)).toEqual(["True", "Mostly true"]);
    expect(record.currentVerdict?.correctionNote).toContain("revised counts");
  });

  it("adds nothing when seeded again", async () => {
    const before = (await allClaims()).map((claim) => [claim.id, claim.version]);
    await seedDemo(database.db);
    expect((await allClaims()).map((claim) => [claim.id, claim.version])).toEqual(before);
  });
});
