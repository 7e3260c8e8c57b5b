import { describe, expect, it } from "vitest";
import {
  countedHead,
  figuresInSources,
  figuresInText,
  matchingFigures,
  nounLemma,
  sameCountedThing,
} from "~/domain/figure-match";

describe("the thing a figure counts", () => {
  it("reads a plural noun as its lemma", () => {
    expect(["vehicles", "cities", "people", "taxes", "wolves", "children"].map(nounLemma)).toEqual([
      "vehicle",
      "city",
      "person",
      "tax",
      "wolf",
      "child",
    ]);
  });

  it("takes the head noun of a counted phrase", () => {
    expect(countedHead("North Korean soldiers")).toBe("soldier");
    expect(countedHead("tonnes of steel")).toBe("tonne");
    expect(countedHead("vehicle types")).toBe("type");
  });

  it("matches counted nouns by head noun, whatever comes around them", () => {
    expect(sameCountedThing("vehicles", "vehicles")).toBe(true);
    expect(sameCountedThing("vehicles", "vehicle")).toBe(true);
    expect(sameCountedThing("soldiers", "North Korean soldiers")).toBe(true);
    expect(sameCountedThing("people", "persons")).toBe(true);
  });

  it("does not match a different noun or a noun that only modifies", () => {
    expect(sameCountedThing("vehicles", "cars")).toBe(false);
    expect(sameCountedThing("vehicles", "vehicle types")).toBe(false);
  });

  it("needs percent and currencies to be the same unit", () => {
    expect(sameCountedThing("percent", "percent")).toBe(true);
    expect(sameCountedThing("GBP", "GBP")).toBe(true);
    expect(sameCountedThing("GBP", "USD")).toBe(false);
    expect(sameCountedThing("percent", "percentage points")).toBe(false);
  });

  it("never matches a figure without a unit", () => {
    expect(sameCountedThing(null, "vehicles")).toBe(false);
    expect(sameCountedThing(null, null)).toBe(false);
  });
});

describe("figures a source gives for a claim", () => {
  const source =
    "The council's traffic survey was published in March. It counted 38,400 vehicles on an average weekday … " +
    "33,000 across the week. About 1,200 cyclists used the bridge, and 45,000 cars crossed the river elsewhere.";

  it("lists the figures counting the same thing, nearest in value first, each with its sentence", () => {
    const figures = matchingFigures({ value: 38_000, unit: "vehicles" }, source);
    expect(figures.map((figure) => [figure.value, figure.sentence])).toEqual([
      [38_400, "It counted 38,400 vehicles on an average weekday …"],
      [33_000, "33,000 across the week."],
    ]);
  });

  it("carries a unit over to a bare number next to it, and says so", () => {
    const carried = figuresInText(source).find((figure) => figure.value === 33_000);
    expect(carried).toMatchObject({ unit: "vehicles", unitCarried: true });
  });

  it("does not carry a unit across a sentence further away", () => {
    const text = "The bridge carried 38,400 vehicles a day. Its toll is high. In all, 33,000 crossed on Sunday.";
    expect(figuresInText(text).find((figure) => figure.value === 33_000)?.unit).toBeNull();
  });

  it("lists nothing for a claim without a unit, or a source with other things counted", () => {
    expect(matchingFigures({ value: 38_000, unit: null }, source)).toEqual([]);
    expect(matchingFigures({ value: 12, unit: "percent" }, source)).toEqual([]);
  });
});

describe("figures listed per source", () => {
  it("lists the nearest ten of a long table, and says how many more there are", () => {
    const rows = Array.from(
      { length: 25 },
      (_, day) => `On day ${day + 1} the bridge carried ${30_000 + day * 500} vehicles.`,
    );
    const [source] = figuresInSources({ value: 38_000, unit: "vehicles" }, [
      { id: 7, title: "Daily counts", capturedText: rows.join(" ") },
      { id: 8, title: "Not captured", capturedText: null },
    ]);
    expect(source?.figures.map((figure) => figure.value)).toEqual([
      38_000, 37_500, 38_500, 37_000, 39_000, 36_500, 39_500, 36_000, 40_000, 35_500,
    ]);
    expect(source?.more).toBe(15);
  });
});
