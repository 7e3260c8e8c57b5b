import { describe, expect, it } from "vitest";
import { apiArticleSchema, claimListQuerySchema } from "~/domain/schemas/api";

describe("an article posted to the API", () => {
  it("takes publishedAt as a day or as a moment, keeping the day as written", () => {
    const parse = (publishedAt: unknown) =>
      apiArticleSchema.parse({ title: "T", body: "Text.", publishedAt }).publishedOn;
    expect(parse("2025-01-18")).toBe("2025-01-18");
    expect(parse("2025-01-18T23:30:00-05:00")).toBe("2025-01-18");
    expect(parse("2025-01-18T09:30:00Z")).toBe("2025-01-18");
    expect(parse(null)).toBeNull();
    expect(parse(undefined)).toBeNull();
    expect(apiArticleSchema.safeParse({ title: "T", body: "Text.", publishedAt: "18/01/2025" }).success).toBe(false);
  });

  it("is checked by the article form's rules", () => {
    const result = apiArticleSchema.safeParse({ title: "", body: "Text.", url: "file:///etc/passwd" });
    expect(result.success).toBe(false);
    expect(result.error?.issues.map((issue) => issue.path.join("."))).toEqual(["title", "url"]);
  });
});

describe("the claim list's query", () => {
  it("treats empty parameters as no filter and pages 50 claims by default", () => {
    expect(claimListQuerySchema.parse({ state: "", assignee: "", speaker: "", cursor: "" })).toEqual({
      state: undefined,
      assignee: undefined,
      speaker: undefined,
      article: undefined,
      kind: undefined,
      cursor: undefined,
      limit: 50,
    });
  });

  it("reads the filters and the page size", () => {
    expect(
      claimListQuerySchema.parse({
        state: "in_review",
        assignee: "me",
        speaker: " Dana Holt ",
        article: "7",
        limit: "10",
      }),
    ).toMatchObject({ state: "in_review", assignee: "me", speaker: "Dana Holt", article: 7, limit: 10 });
  });

  it("refuses an unknown state or kind and a page size out of range", () => {
    for (const query of [{ state: "done" }, { kind: "rumour" }, { limit: "0" }, { limit: "201" }, { article: "x" }]) {
      expect(claimListQuerySchema.safeParse(query).success).toBe(false);
    }
  });
});
