import { describe, expect, it } from "vitest";
import { extractClaims } from "~/domain/extraction";

// Invented sentences, one quotation rule each.
const quotesIn = (text: string) =>
  extractClaims(text)
    .filter((claim) => claim.kind === "quote")
    .map((claim) => claim.text);

describe("quote spans", () => {
  it("covers the words between curly double marks, without the marks", () => {
    const text = "“We will rebuild the bridge by spring,” said Mayor Ana Ortiz.";
    const [quote] = extractClaims(text);
    expect(quote?.text).toBe("We will rebuild the bridge by spring,");
    expect(text.slice(quote?.start, quote?.end)).toBe(quote?.text);
    expect(quote?.value).toBeNull();
  });

  it("reads straight double marks", () => {
    expect(quotesIn('"The budget is balanced," the treasurer said.')).toEqual(["The budget is balanced,"]);
  });

  it("reads guillemets and low-high marks", () => {
    expect(quotesIn("« Nous resterons ici », a déclaré Claire Dubois.")).toEqual(["Nous resterons ici"]);
    expect(quotesIn("„Wir bleiben hier“, sagte Jonas Weber.")).toEqual(["Wir bleiben hier"]);
    expect(quotesIn("Sie sagte: ‹Das reicht›.")).toEqual(["Das reicht"]);
  });

  it("keeps a partial quote inside a sentence", () => {
    const text = "Councillor Ben Hale insisted the cuts are “not even on the table.”";
    expect(quotesIn(text)).toEqual(["not even on the table."]);
  });

  it("takes the outer quote when a quote is nested in another", () => {
    const text = "“He told us, ‘Stay home,’ and then he left,” said Rosa Lind.";
    expect(quotesIn(text)).toEqual(["He told us, ‘Stay home,’ and then he left,"]);
    const doubleInDouble = "Lind read it out: “The sign said “Closed” all week.” Nobody argued.";
    expect(quotesIn(doubleInDouble)).toEqual(["The sign said “Closed” all week."]);
  });

  it("gives one quote per paragraph when a quote runs over paragraphs", () => {
    const text =
      "The minister said:\n\n“First, we will hire nurses.\n\n“Second, we will open two clinics.\n\n“Third, we will publish waiting times.”\n\nThe opposition was unconvinced.";
    expect(quotesIn(text)).toEqual([
      "First, we will hire nurses.",
      "Second, we will open two clinics.",
      "Third, we will publish waiting times.",
    ]);
  });

  it("stops an unclosed quote at the end of its paragraph", () => {
    const text =
      "Priya Nair said, “We were never told about the closure.\n\nThe plant shut in May. Workers were “furious,” Nair said.";
    expect(quotesIn(text)).toEqual(["We were never told about the closure.", "furious,"]);
  });

  it("does not take apostrophes for quotation marks", () => {
    const text =
      "Ukraine‘s future and Putin‘s spokesman were discussed. Fans of ’90s rock ’n’ roll met at Dan’s bar, the voters’ choice.";
    expect(quotesIn(text)).toEqual([]);
  });

  it("reads single marks as quotation marks in articles that quote with them", () => {
    const text = "'We will appeal the ruling,' said Tom Reeve, the club's lawyer.";
    expect(quotesIn(text)).toEqual(["We will appeal the ruling,"]);
  });

  it("leaves single-quoted headline phrases out where double marks carry the quotes", () => {
    const text = "Mayor calls plan 'reckless'\n\n“It is reckless,” said Mayor Ana Ortiz.";
    expect(quotesIn(text)).toEqual(["It is reckless,"]);
  });

  it("ignores quotation marks inside pseudo-markup", () => {
    const text = '<tweet author="citydesk" id="12"/>\n“Roads reopen at noon,” the council said.';
    expect(quotesIn(text)).toEqual(["Roads reopen at noon,"]);
  });

  it("drops quoted titles nobody is said to have said", () => {
    const text = "She appeared on “Morning Roundup” before the vote. The plan is “dead,” said Tom Reeve.";
    expect(quotesIn(text)).toEqual(["dead,"]);
  });

  it("drops a quoted show name after a possessive even in an attributed sentence", () => {
    const text = "Tom Reeve said on Channel Nine's “Evening Report” that he would resign.";
    expect(quotesIn(text)).toEqual([]);
  });

  it("keeps the words of a transcript line without its speaker label or stage directions", () => {
    const text = 'Transcript:\n\n"HOST: Are you running?\n\n"(LAUGHTER.)\n\n"REEVE: Not this year."';
    expect(quotesIn(text)).toEqual(["Are you running?", "Not this year."]);
  });
});

describe("claim sentences", () => {
  it("gives the sentence that holds the quote, not cut after an abbreviation", () => {
    const text = "Traffic was light. Sen. Mia Park said the law was “overdue.” Debate resumes Monday.";
    const [quote] = extractClaims(text);
    expect(quote?.sentence).toBe("Sen. Mia Park said the law was “overdue.”");
    expect(text.slice(quote?.sentenceStart, quote?.sentenceEnd)).toBe(quote?.sentence);
  });
});
