import { describe, expect, it } from "vitest";
import { findNumbers } from "~/domain/extraction/numbers";

/** What a fact-checker sees for each figure: the words, the number, its unit and hedge. */
function figures(text: string) {
  return findNumbers(text).map(({ text, value, unit, qualifier }) => ({ text, value, unit, qualifier }));
}

function spans(text: string): string[] {
  return findNumbers(text).map((match) => match.text);
}

describe("findNumbers: digits, magnitudes and currencies", () => {
  it.each([
    ["Officials counted 4,000 ballots by noon.", "4,000", 4000, "ballots"],
    ["The fund lost $2.5bn last year.", "$2.5bn", 2.5e9, "USD"],
    ["Ministers set aside £300m for flood defences.", "£300m", 3e8, "GBP"],
    ["Brussels pledged €3bn to the programme.", "€3bn", 3e9, "EUR"],
    ["The deal is worth US$4 million to the port.", "US$4 million", 4e6, "USD"],
    ["Lawmakers approved $1.3 trillion in spending.", "$1.3 trillion", 1.3e12, "USD"],
    ["The state will spend Rs 500 crore on roads.", "Rs 500 crore", 5e9, "INR"],
    ["The budget totals Rs 48 lakh crore this year.", "Rs 48 lakh crore", 4.8e13, "INR"],
    ["The insurer paid 20 million dollars in claims.", "20 million dollars", 2e7, "USD"],
    ["Tickets were resold for 500 euros each.", "500 euros", 500, "EUR"],
    ["Debt has reached 1.2 trillion this quarter.", "1.2 trillion", 1.2e12, null],
    ["The app now has 3.5m users in Europe.", "3.5m", 3.5e6, "users"],
    ["Prize money rose to $5K per race.", "$5K", 5000, "USD"],
    ["The race drew 5k runners.", "5k", 5000, "runners"],
    ["The county recorded 1.5 million visitors.", "1.5 million", 1.5e6, "visitors"],
    ["Shares closed at .5 of a cent above the open.", ".5", 0.5, null],
    ["The average bill rose 0.5 of a point.", "0.5", 0.5, null],
    ["The boat carried 2,345 passengers.", "2,345", 2345, "passengers"],
    ["The unit earned $5 mln in the quarter.", "$5 mln", 5e6, "USD"],
    ["Ottawa unveiled a $1.5-billion fund.", "$1.5-billion", 1.5e9, "USD"],
    ["Each family will get Rs 1,00,000 in aid.", "Rs 1,00,000", 1e5, "INR"],
    ["The court fined him 10,00,000 rupees.", "10,00,000 rupees", 1e6, "INR"],
    ["The bank lent CHF 30 million to the club.", "CHF 30 million", 3e7, "CHF"],
    ["The chipmaker will invest NT$5 billion.", "NT$5 billion", 5e9, "TWD"],
    ["A loaf now costs 50p more.", "50p", 50, "pence"],
    ["The scheme received Rs 5 crores in grants.", "Rs 5 crores", 5e7, "INR"],
  ])("%s", (text, span, value, unit) => {
    expect(figures(text)).toEqual([{ text: span, value, unit, qualifier: null }]);
  });

  it("reads attached measures as the unit and keeps sport distances out", () => {
    expect(figures("The wall is 5km long and temperatures hit 30C.")).toEqual([
      { text: "5km", value: 5, unit: "km", qualifier: null },
      { text: "30C", value: 30, unit: "C", qualifier: null },
    ]);
    expect(figures("She won the 100m sprint.")).toEqual([]);
  });

  it("reads negative figures from a minus sign or the word minus", () => {
    expect(figures("Overnight it fell to -5 degrees, then minus 3 by dawn.")).toEqual([
      { text: "-5", value: -5, unit: "degrees", qualifier: null },
      { text: "minus 3", value: -3, unit: null, qualifier: null },
    ]);
  });
});

describe("findNumbers: percentages", () => {
  it.each([
    ["Unemployment fell to 15% in May.", "15%"],
    ["Unemployment fell to 15 per cent in May.", "15 per cent"],
    ["Unemployment fell to 15 percent in May.", "15 percent"],
    ["Rents rose 15pc in London.", "15pc"],
  ])("%s", (text, span) => {
    expect(figures(text)).toEqual([{ text: span, value: 15, unit: "percent", qualifier: null }]);
  });

  it("keeps percentage points apart from percent", () => {
    expect(figures("The lead narrowed by 3.2 percentage points.")).toEqual([
      { text: "3.2 percentage points", value: 3.2, unit: "percentage points", qualifier: null },
    ]);
  });
});

describe("findNumbers: spelled-out numbers", () => {
  it.each([
    ["The team hired twenty-five engineers.", "twenty-five", 25],
    ["The clinic treated one hundred and twenty patients.", "one hundred and twenty", 120],
    ["Police said four thousand people marched.", "four thousand", 4000],
    ["Organisers expect two dozen floats.", "two dozen", 24],
    ["A dozen shops closed.", "A dozen", 12],
    ["The city has a million residents.", "a million", 1e6],
    ["Nearly half a million people fled.", "half a million", 5e5],
    ["The strike lasted two and a half years.", "two and a half", 2.5],
    ["The tower cost two and a half million pounds.", "two and a half million pounds", 2.5e6],
    ["Officers seized one hundred thousand pills.", "one hundred thousand", 1e5],
    ["About a hundred residents attended.", "a hundred", 100],
  ])("%s", (text, span, value) => {
    const [match, ...rest] = findNumbers(text);
    expect(rest).toEqual([]);
    expect(match?.text).toBe(span);
    expect(match?.value).toBe(value);
  });

  it.each([
    ["About a third of voters were undecided.", "a third", 1 / 3],
    ["Two-thirds said the economy mattered most.", "Two-thirds", 2 / 3],
    ["Three quarters of the site was flooded.", "Three quarters", 0.75],
    ["Exports fell by one-fifth.", "one-fifth", 0.2],
    ["The stock has fallen by a fifth this year.", "a fifth", 0.2],
    ["Spending was cut by a quarter.", "a quarter", 0.25],
    ["The recipe needs 1 1/2 cups of flour.", "1 1/2", 1.5],
    ["The levy is 1/2 of the old rate.", "1/2", 0.5],
  ])("fraction: %s", (text, span, value) => {
    const [match, ...rest] = findNumbers(text);
    expect(rest).toEqual([]);
    expect(match?.text).toBe(span);
    expect(match?.value).toBeCloseTo(value, 12);
  });

  it("reads a capitalised number word as a count at the start of a sentence or list item only", () => {
    expect(spans("Three hospitals closed.\n• Two remain open, as Four Seasons and Air Force One were spared.")).toEqual(
      ["Three", "Two"],
    );
  });

  it("reads an ordinal after 'a' as an ordinal, not a fraction", () => {
    expect(spans("The governor is seeking a third term after a fifth-grade teacher won.")).toEqual([]);
  });

  it("counts 'three quarters' of a year as three", () => {
    expect(figures("Profits rose for three quarters in a row.")).toEqual([
      { text: "three", value: 3, unit: "quarters", qualifier: null },
    ]);
  });
});

describe("findNumbers: qualifiers", () => {
  it.each([
    ["Nearly 300 people were evacuated.", "300", "nearly"],
    ["Some 300 people were evacuated.", "300", "some"],
    ["About 300 people were evacuated.", "300", "about"],
    ["Roughly 300 people were evacuated.", "300", "roughly"],
    ["Approximately 300 people were evacuated.", "300", "approximately"],
    ["Almost 300 people were evacuated.", "300", "almost"],
    ["More than 300 people were evacuated.", "300", "more than"],
    ["Fewer than 300 people were evacuated.", "300", "fewer than"],
    ["At least 300 people were evacuated.", "300", "at least"],
    ["Up to 300 people were evacuated.", "300", "up to"],
    ["As many as 300 people were evacuated.", "300", "as many as"],
    ["It cost more than $2bn to rebuild.", "$2bn", "more than"],
    ["An estimated 300 people were evacuated.", "300", "estimated"],
  ])("%s", (text, span, qualifier) => {
    const [match] = findNumbers(text);
    expect(match?.text).toBe(span);
    expect(match?.qualifier).toBe(qualifier);
  });

  it("does not mistake the end of a longer word for a qualifier", () => {
    expect(findNumbers("The army will handover 300 rifles.")[0]).toMatchObject({ text: "300", qualifier: null });
  });
});

describe("findNumbers: ranges and scores", () => {
  it("gives both ends of a 'between' range, sharing the magnitude", () => {
    expect(figures("The plan costs between 2 and 3 million dollars.")).toEqual([
      { text: "2", value: 2e6, unit: "USD", qualifier: "min" },
      { text: "3 million dollars", value: 3e6, unit: "USD", qualifier: "max" },
    ]);
  });

  it.each([
    ["Growth will be 10-20% next year.", ["10", "20%"], [10, 20], "percent"],
    ["Growth will be 10 to 20 percent next year.", ["10", "20 percent"], [10, 20], "percent"],
    ["Growth will be between 10 and 20 percent.", ["10", "20 percent"], [10, 20], "percent"],
    ["The charges will be $10m–$20m.", ["$10m", "$20m"], [1e7, 2e7], "USD"],
    ["The charges will be $10-20m.", ["$10", "20m"], [1e7, 2e7], "USD"],
    ["The trip takes two to three weeks.", ["two", "three"], [2, 3], "weeks"],
  ])("%s", (text, expectedSpans, values, unit) => {
    const matches = findNumbers(text);
    expect(matches.map((match) => match.text)).toEqual(expectedSpans);
    expect(matches.map((match) => match.value)).toEqual(values);
    expect(matches.map((match) => match.qualifier)).toEqual(["min", "max"]);
    expect(matches.map((match) => match.unit)).toEqual([unit, unit]);
  });

  it("does not share a magnitude downwards", () => {
    expect(findNumbers("Estimates ran from 500 to 2 million.").map((match) => match.value)).toEqual([500, 2e6]);
  });

  it("reads scores and poll leads as two plain figures", () => {
    expect(figures("She holds a 52-48 lead after her side won 3-1.")).toEqual([
      { text: "52", value: 52, unit: "lead", qualifier: null },
      { text: "48", value: 48, unit: "lead", qualifier: null },
      { text: "3", value: 3, unit: null, qualifier: null },
      { text: "1", value: 1, unit: null, qualifier: null },
    ]);
    expect(spans("Arsenal beat Chelsea 2-1 at home.")).toEqual(["2", "1"]);
    expect(spans("The bill passed the Senate 68 to 32.")).toEqual(["68", "32"]);
  });

  it("keeps a change from one unit to another as two figures", () => {
    expect(figures("Sales fell 0.1% to $705 billion.")).toEqual([
      { text: "0.1%", value: 0.1, unit: "percent", qualifier: null },
      { text: "$705 billion", value: 7.05e11, unit: "USD", qualifier: null },
    ]);
  });
});

describe("findNumbers: ages, durations and compounds", () => {
  it.each([
    ["A 70-year-old man was arrested.", "70", 70, "year-old"],
    ["Markets saw a three-day swing.", "three", 3, "day"],
    ["He signed a seven-figure deal.", "seven", 7, "figure"],
    ["The patient, aged 45, recovered.", "45", 45, null],
    ["Talks lasted two weeks.", "two", 2, "weeks"],
    ["The two were charged on Friday.", "two", 2, null],
    ["The ward reported zero deaths.", "zero", 0, "deaths"],
    ["The survey reached 803 registered voters.", "803", 803, "registered voters"],
    ["Of the group, 300 voted against it.", "300", 300, null],
  ])("%s", (text, span, value, unit) => {
    expect(figures(text)).toEqual([{ text: span, value, unit, qualifier: null }]);
  });
});

describe("findNumbers: explicit 'one' versus idiom", () => {
  it.each([
    "Only one senator voted against.",
    "One person was killed in the blast.",
    "Only one of the three candidates turned up.",
    "One in five renters struggles.",
  ])("counts %s", (text) => {
    expect(findNumbers(text)[0]).toMatchObject({ text: expect.stringMatching(/^one$/i), value: 1 });
  });

  it.each([
    "She was one of the first to arrive.",
    "No one was hurt.",
    "One day the bridge will fall.",
    "They helped one another.",
    "At one point the talks stalled.",
    "The one who called was a neighbour.",
    "One thing is clear.",
    "It was a one-off payment.",
    "The meeting was one-on-one.",
    "She is the only one who voted no.",
    "The new law, said one official, is unworkable.",
    "One senior official said the talks had failed.",
    "It was one such case.",
  ])("ignores %s", (text) => {
    expect(spans(text)).toEqual([]);
  });
});

describe("findNumbers: numbers that are not claims", () => {
  it.each([
    ["vague amounts", "Dozens were hurt, hundreds of thousands fled and several million lost power."],
    ["vague tens", "Tens of millions watched; millions of viewers complained; a few thousand protested."],
    ["multipliers", "Prices doubled, then rose twice as fast, triple the forecast and three times as high."],
    ["half as a share", "Half the country voted, more than half of them early."],
    ["years", "In 2016 and again in 1999, the 2020 race was close."],
    ["decades", "Crime fell in the 1990s and the ’90s boom, and again in the 2010s."],
    ["fiscal years", "The 2025-26 budget replaces the 2019/20 plan."],
    ["dates", "The vote is on Jan. 5, the hearing on 5 January and the count on March 3-7."],
    ["times", "Polls close at 3 p.m., counting starts at 10:30 and results come at 9pm."],
    ["ordinals", "It was the first time, the 2nd ballot, the third debate of the 21st century."],
    ["identifiers", "COVID-19 grounded the Boeing 737 and the F-35 fleet near I-95 before the G7 met."],
    ["named numbers", "Air Force One landed after 9/11 as Title IX and Proposition 64 were debated."],
    ["labels", "Section 230 and Chapter 11 were cited at No. 10 under Article 5 on page 12."],
    ["routes", "The crash closed route 66 in District 9."],
    ["addresses", "Protesters gathered at 1600 Pennsylvania Avenue and at 300 S. Fourth St."],
    ["zero as a label", "The plan for net zero takes a zero-tolerance line on ground zero, with zero tolerance."],
    ["phones", "Call 555-123-4567 for details."],
    ["glued codes", "The 5G mast and MP3 files were sold with 4x4 vehicles."],
    ["indexes", "The FTSE 100 and S&P 500 rose."],
    ["bills and tax codes", "H.R. 1 would change 401(k) plans and 501(c) groups."],
    ["emergency numbers", "A neighbour called 911 and later dialled 999."],
  ])("%s", (_category, text) => {
    expect(spans(text)).toEqual([]);
  });

  it("counts figures after capitalised words that name nothing", () => {
    expect(spans("Among 300 patients, Fully 40 recovered. Every year 500 people die.")).toEqual(["300", "40", "500"]);
    expect(spans("Globally 12 plants closed. Overall 30 staff left.")).toEqual(["12", "30"]);
    expect(figures("Every year 500 people die.")[0]?.unit).toBe("people");
    expect(spans("She has won the title 3 times.")).toEqual(["3"]);
  });

  it("counts a year-like figure when it is hedged and counts something", () => {
    expect(spans("Over 2000 people marched, but around 2010 the firm shrank and by 2015 it closed.")).toEqual(["2000"]);
  });

  it("still counts figures beside the excluded ones", () => {
    expect(spans("In 2016, 300 people were hurt at 3 p.m. on Jan. 5.")).toEqual(["300"]);
  });

  it("counts an 'a' only when it is part of the number", () => {
    expect(spans("A man saw a dog and a third of a loaf.")).toEqual(["a third"]);
  });
});

describe("findNumbers: contract", () => {
  it("returns sorted, non-overlapping spans whose slice is the text", () => {
    const text = "Between 10 and 20 percent of the 4,000 staff, some $2.5bn, and two-thirds of 1.5 million voters.";
    const matches = findNumbers(text);
    expect(matches.length).toBe(6);
    for (const [index, match] of matches.entries()) {
      expect(text.slice(match.start, match.end)).toBe(match.text);
      expect(match.start).toBeGreaterThanOrEqual(matches[index - 1]?.end ?? 0);
    }
  });
});
