import { describe, expect, it } from "vitest";
import { uncapturedSources, uncapturedSourcesWarning } from "~/domain/sources";

describe("sources with no captured copy", () => {
  const sources = [
    { title: "Census 2024", captureStatus: "captured" as const },
    { title: "Council minutes", captureStatus: "failed" as const },
    { title: "Budget PDF", captureStatus: "pending" as const },
  ];

  it("counts a page that failed and one still being fetched", () => {
    expect(uncapturedSources(sources).map((source) => source.title)).toEqual(["Council minutes", "Budget PDF"]);
  });

  it("names them in the warning, and warns about nothing when every page was captured", () => {
    expect(uncapturedSourcesWarning(sources)).toBe(
      "2 sources could not be captured (“Council minutes” and “Budget PDF”): no copy of the page is kept if it changes or goes. Confirm to go on anyway.",
    );
    expect(uncapturedSourcesWarning(sources.slice(0, 1))).toBeNull();
    expect(uncapturedSourcesWarning([])).toBeNull();
  });
});
