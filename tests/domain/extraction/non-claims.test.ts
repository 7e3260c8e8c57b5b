import { describe, expect, it } from "vitest";
import { extractClaims } from "~/domain/extraction";

// Invented text, one rule of non-claims.ts / titles.ts each: quoted strings that are nobody's words,
// and quoted strings in title case that are somebody's words after all.
const quotesIn = (text: string) =>
  extractClaims(text)
    .filter((claim) => claim.kind === "quote")
    .map((claim) => claim.text);

describe("quoted strings that are not claims", () => {
  it("drops a headline credited to its writer and outlet, keeps the passage quoted after it", () => {
    const text = 'HARBOR NEWS—"Ferry fares to rise in May," by the Courier\'s Lena Fox: "Fares will rise by a tenth."';
    expect(quotesIn(text)).toEqual(["Fares will rise by a tenth."]);
  });

  it("keeps a quote followed by a passive agent, or by an outlet's site that reported it", () => {
    const text = "The mayor said the town was “devastated” by the flood.";
    expect(quotesIn(text)).toEqual(["devastated"]);
    const passive = "The plan was called “reckless,” by the Courier's Lena Fox.";
    expect(quotesIn(passive)).toEqual(["reckless,"]);
    const site = "“The ferry will run late,” Courier.com reported on Monday.";
    expect(quotesIn(site)).toEqual(["The ferry will run late,"]);
  });

  it("drops a passage followed by its link", () => {
    const text =
      'The board met on Monday.\n\nMORE FERRIES - Lena Fox: "Fares will rise by a tenth." http://example.com/ferry';
    expect(quotesIn(text)).toEqual([]);
    const letter = 'I agree with the mayor ("Mayor Vows to Fix Ferries for Good," Courier.com, Monday).';
    expect(quotesIn(letter)).toEqual([]);
  });

  it("drops posters and slogans dated by a year in parentheses", () => {
    const text = "The party's posters were blunt.\n\n“Close the borders now” (2009) — “No more tolls!” (2013).";
    expect(quotesIn(text)).toEqual([]);
  });

  it("drops a one-word label ending in a colon", () => {
    const text = 'The vote is on Tuesday, Ana Ortiz said.\n\n"Related:"\n\nCouncil Delays Budget Vote.';
    expect(quotesIn(text)).toEqual([]);
  });

  it("drops words quoted as words, keeps a saying that is somebody's sentence", () => {
    const text =
      "The memo was marked secret. “Top secret” is the highest level of classification. What “reset” actually means is unclear. “We sink or swim together,” is a saying here. “Plain shameful” was how Mayor Ana Ortiz put it.";
    expect(quotesIn(text)).toEqual(["We sink or swim together,", "Plain shameful"]);
  });

  it("drops buttons and links to click", () => {
    const text = "To get the newsletter, click “sign up.” Or press the “subscribe” button below.";
    expect(quotesIn(text)).toEqual([]);
  });

  it("drops a nickname inside a name", () => {
    const text = "Mayor Teodoro “Teddy” Lanz said the budget was “balanced.”";
    expect(quotesIn(text)).toEqual(["balanced."]);
  });

  it("drops quotation marks inside an embedded post, keeps the article's own quotes around it", () => {
    const text = [
      '<tweet author="@harbordesk" datetime="2026-03-01">“Ferries run late again” — @harbordesk</tweet>.',
      '<tweet tweet-author="@rosadiaz">Told them: "Fix it now."<tweet/>.',
      "“We will fight the fares,” said Rosa Diaz, a ferry user.",
    ].join("\n\n");
    expect(quotesIn(text)).toEqual(["We will fight the fares,"]);
  });

  it("drops the paragraphs of an article reprinted from another outlet, not the quotes after it", () => {
    const text = [
      "Harbor Town Votes on Ferries.",
      "From Lena Fox writing at The Courier:",
      '"The council met late into the night to settle the ferry question."',
      '"Nobody left the hall before midnight."',
      "Read the rest at The Courier.",
      "“We will fight the fares,” said Rosa Diaz, a ferry user.",
    ].join("\n\n");
    expect(quotesIn(text)).toEqual(["We will fight the fares,"]);
    const transcript = 'From Channel Nine\'s transcript:\n\n"HOST: Will fares rise?"\n\n"REEVE: Not this year."';
    expect(quotesIn(transcript)).toEqual(["Will fares rise?", "Not this year."]);
  });
});

describe("titles and the words around them", () => {
  it("drops a show told or interviewed on, an actor's films, a nickname known as", () => {
    const text = [
      '"We are ready," Mayor Ana Ortiz told "Morning Roundup," adding that the ferry would run.',
      '"Fares will fall," Tom Reeve said in an interview with "Evening Report."',
      "The actor, who starred in “Harbor Lights,” did not comment.",
      "The hacker, known as “Nightjar,” said he acted alone.",
    ].join("\n\n");
    expect(quotesIn(text)).toEqual(["We are ready,", "Fares will fall,"]);
  });

  it("keeps words chanted, shouted or on a sign, whatever their case", () => {
    const text =
      "The crowd broke into chants of “Ferry Now! Ferry Now!” as the mayor left. Protesters chanted “Vote Them Out.”";
    expect(quotesIn(text)).toEqual(["Ferry Now! Ferry Now!", "Vote Them Out."]);
    expect(quotesIn("Near-constant calls of “Ferry Now” met the mayor.")).toEqual(["Ferry Now"]);
    const signs =
      "A girl held a sign that read “Ferries For All!” The campaign slogan, “Fares Down Now,” was everywhere.";
    expect(quotesIn(signs)).toEqual(["Ferries For All!", "Fares Down Now,"]);
  });

  it("keeps a name someone gives somebody", () => {
    const text = "Critics took to referring to Sen. Ann Cole (D-Ore.) as “Lady Ferry” in their ads.";
    expect(quotesIn(text)).toEqual(["Lady Ferry"]);
  });

  it("keeps a name someone gave, when a speaker is found", () => {
    const text = "Mayor Ana Ortiz launched what she called a “Fresh Start” for the harbor.";
    expect(quotesIn(text)).toEqual(["Fresh Start"]);
  });

  it("keeps a title-case quote whose speaker is a description or a pronoun", () => {
    const text = "The clerk read the verdict. “Not Guilty,” a court spokesman said.";
    expect(quotesIn(text)).toEqual(["Not Guilty,"]);
  });
});
