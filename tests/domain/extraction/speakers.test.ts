import { describe, expect, it } from "vitest";
import { type ExtractedClaim, extractClaims } from "~/domain/extraction";

// Invented news sentences, one attribution rule each.
function quoteStarting(text: string, words: string): ExtractedClaim {
  const quote = extractClaims(text).find((claim) => claim.kind === "quote" && claim.text.startsWith(words));
  if (!quote) throw new Error(`no quote starting with ${words}`);
  return quote;
}

const speakerOf = (text: string, words: string) => quoteStarting(text, words).speaker;
const evidence = (text: string, claim: ExtractedClaim) => ({
  mention: claim.speakerStart === null ? null : text.slice(claim.speakerStart, claim.speakerEnd ?? undefined),
  cue: claim.cueStart === null ? null : text.slice(claim.cueStart, claim.cueEnd ?? undefined),
});

describe("speaker before the quote", () => {
  it("takes the subject of the speech verb, with the title kept apart", () => {
    const text = "City Hall spokesman Omar Haddad stated on Monday, “No decision has been made.”";
    const quote = quoteStarting(text, "No decision");
    expect(quote.speaker).toBe("Omar Haddad");
    expect(quote.speakerTitle).toBe("City Hall spokesman");
    expect(evidence(text, quote)).toEqual({ mention: "Omar Haddad", cue: "stated" });
  });

  it("reads past an apposition and a party label", () => {
    const text = "Sen. Laura Kent (D-Ore.), the ranking member of the panel, said the bill was “a gift to polluters.”";
    expect(speakerOf(text, "a gift")).toBe("Laura Kent");
    const commas = "Gov. Ray Moss, R-Kan., told reporters that the plan was “dead on arrival.”";
    expect(speakerOf(text, "a gift")).toBe("Laura Kent");
    expect(speakerOf(commas, "dead")).toBe("Ray Moss");
  });

  it("follows the subject through a participle clause", () => {
    const text =
      "Deputy mayor Ines Calder argued that the levy should be scrapped, insisting that a delay is “not an option.”";
    expect(speakerOf(text, "not an option")).toBe("Ines Calder");
  });

  it("reads `according to X` and `X said:`", () => {
    expect(speakerOf("According to Dana Pruitt, “the audit found nothing.”", "the audit")).toBe("Dana Pruitt");
    const colon = "Union leader Max Ferro said: “We will strike on Friday.”";
    const quote = quoteStarting(colon, "We will strike");
    expect(quote.speaker).toBe("Max Ferro");
    expect(evidence(colon, quote).cue).toBe("said");
  });

  it("does not take a title's modifier for a name, nor the noun 'state' for a cue", () => {
    const text = 'Former state senator Ann Cole: "We learned that from the department."';
    expect(speakerOf(text, "We learned")).toBe("Ann Cole");
  });

  it("reads a name and a colon", () => {
    expect(speakerOf("Kim Osei: “The port stays open.”", "The port")).toBe("Kim Osei");
  });

  it("covers the common speech verbs", () => {
    const verbs = ["added", "argued", "asserted", "claimed", "noted", "warned", "insisted", "emphasised", "emphasized"];
    const more = ["echoed", "wrote", "posted", "revealed", "announced", "declared", "explained", "acknowledged"];
    for (const verb of [...verbs, ...more, "continued", "asked", "replied", "tweeted", "says", "told reporters"]) {
      expect(speakerOf(`Nadia Brook ${verb}, “The vote is rigged.”`, "The vote"), verb).toBe("Nadia Brook");
    }
  });

  it("credits who wrote on a platform", () => {
    const text = "Kofi Mensah wrote on Telegram that the border was “completely sealed.”";
    expect(speakerOf(text, "completely")).toBe("Kofi Mensah");
  });

  it("credits a subject without a speech verb to the sentence's subject", () => {
    const text = "In March, Gov. Elena Ruiz of Nevada praised the deal as “a model for the West.”";
    expect(speakerOf(text, "a model")).toBe("Elena Ruiz");
  });

  it("takes the owner of a claim", () => {
    const text = "Fact-checkers looked at Victor Lamb’s claim that crime had “doubled in a year.”";
    expect(speakerOf(text, "doubled")).toBe("Victor Lamb");
  });
});

describe("speaker after the quote", () => {
  it("reads `said X` with a title before the name", () => {
    const text = "“The tariffs hurt farmers,” said Ukrainian trade adviser Olena Bondar.";
    const quote = quoteStarting(text, "The tariffs");
    expect(quote.speaker).toBe("Olena Bondar");
    expect(quote.speakerTitle).toBe("Ukrainian trade adviser");
  });

  it("keeps a title with 'of' between its words whole", () => {
    const text = "“We learned that from the department,” said former Secretary of State Ann Cole.";
    const quote = quoteStarting(text, "We learned");
    expect(quote.speaker).toBe("Ann Cole");
    expect(quote.speakerTitle).toBe("former Secretary of State");
  });

  it("reads a military rank with its ordinal as part of the title", () => {
    const text = "“We were ready,” said Air Force 1st Lt. Tyler Reed.";
    const quote = quoteStarting(text, "We were");
    expect(quote.speaker).toBe("Tyler Reed");
    expect(quote.speakerTitle).toBe("Air Force 1st Lt.");
  });

  it("takes the name after a role word", () => {
    expect(speakerOf("“It was a rout,” said radio host Carl Dunn.", "It was")).toBe("Carl Dunn");
  });

  it("reads `X said` with a party label and an apposition", () => {
    const text = "“We have the votes,” Rep. Tom Arden (R-Utah), the majority whip, said Tuesday.";
    expect(speakerOf(text, "We have")).toBe("Tom Arden");
  });

  it("reads `X said` past an age, a place that goes on, and a relative clause", () => {
    const text =
      '"Both of them worry me," Hal Brandt, 30, of Raleigh, N.C., who was among those polled, said in an interview. "We need calm."';
    expect(speakerOf(text, "Both of them")).toBe("Hal Brandt");
    expect(speakerOf(text, "We need")).toBe("Hal Brandt");
    expect(speakerOf('"Both of them worry me," Hal Brandt, 30, of Raleigh, said.', "Both")).toBe("Hal Brandt");
  });

  it("reads `X told reporters` and a cue closing the sentence", () => {
    expect(speakerOf("“Nobody was hurt,” Chief Lena Moss told reporters.", "Nobody")).toBe("Lena Moss");
    const late = "A clerk who “forgets a form” is fired at once, Judge Ada Vance said.";
    expect(speakerOf(late, "forgets")).toBe("Ada Vance");
  });

  it("reads a dash credit", () => {
    expect(speakerOf("“Vote them out.” ― Maria Solis", "Vote them")).toBe("Maria Solis");
  });

  it("credits an organisation", () => {
    const text = "“Inflation will ease next year,” the Central Bank of Freedonia said in a report.";
    expect(speakerOf(text, "Inflation")).toBe("Central Bank of Freedonia");
  });
});

describe("speaker resolution", () => {
  const article = [
    "Russian Foreign Minister Pavel Orlov met his counterpart on Friday.",
    "Orlov framed the talks as a matter of security. “This is about our borders, not theirs,” he said.",
    "“We expect nothing from this meeting,” Orlov added.",
  ].join("\n");

  it("resolves `he said` to the person last named as a subject", () => {
    const quote = quoteStarting(article, "This is about");
    expect(quote.speaker).toBe("Pavel Orlov");
    expect(evidence(article, quote)).toEqual({ mention: "he", cue: "said" });
  });

  it("gives a later bare surname the full name used earlier", () => {
    const quote = quoteStarting(article, "We expect");
    expect(quote.speaker).toBe("Pavel Orlov");
    expect(evidence(article, quote).mention).toBe("Orlov");
  });

  it("resolves a description where the article names the person with it", () => {
    const text =
      "Republican nominee Jack Durand spoke in Ohio.\n“We will win this state,” the Republican nominee said.";
    expect(speakerOf(text, "We will win")).toBe("Jack Durand");
  });

  it("leaves the speaker null when nobody is named", () => {
    const text = "“The water is safe,” a city official said. Some residents called the notice “a joke.”";
    const quote = quoteStarting(text, "The water");
    expect(quote.speaker).toBeNull();
    expect(evidence(text, quote)).toEqual({ mention: "a city official", cue: "said" });
    expect(speakerOf("The bridge, once called “the iron lady of the river,” is closed.", "the iron")).toBeNull();
  });
});

describe("speaker of quotes without a cue of their own", () => {
  it("carries a speaker to the next quote in the paragraph", () => {
    const text = "“We lost,” said coach Ivan Petrov. “Next year will be different.”";
    expect(speakerOf(text, "Next year")).toBe("Ivan Petrov");
  });

  it("carries a speaker across a quote continued over paragraphs", () => {
    const text = "Amara Diallo said: “First, the schools.\n\n“Then the hospitals.”\n\nThe council agreed.";
    expect(speakerOf(text, "First")).toBe("Amara Diallo");
    expect(speakerOf(text, "Then the")).toBe("Amara Diallo");
  });

  it("takes the speaker from a paragraph ending `X said:` or `X continued:`", () => {
    const text = "“It is late,” said Nora Quist.\n\nLeo Brandt continued:\n\n“We need the money now.”";
    expect(speakerOf(text, "We need")).toBe("Leo Brandt");
  });

  it("takes the speaker named in an earlier sentence of the paragraph", () => {
    const text = "Costs are rising, Maya Singh said. “Nobody planned for this.”";
    expect(speakerOf(text, "Nobody")).toBe("Maya Singh");
  });

  it("names the speaker of a transcript line from its label", () => {
    const text = 'Transcript:\n\n"HOST: Are you running?\n\n"REEVE: Not this year."';
    const quote = quoteStarting(text, "Not this");
    expect(quote.speaker).toBe("REEVE");
    expect(evidence(text, quote).mention).toBe("REEVE");
  });
});
