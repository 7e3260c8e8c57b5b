import { describe, expect, it } from "vitest";
import { type ExtractedClaim, extractClaims } from "~/domain/extraction";

// Invented news text, one sieve rule each: the rule that fires, its confidence band, the speaker and the
// evidence (mention, cue, antecedent) the editor will see highlighted.
function quoteStarting(text: string, words: string): ExtractedClaim {
  const quote = extractClaims(text).find((claim) => claim.kind === "quote" && claim.text.startsWith(words));
  if (!quote) throw new Error(`no quote starting with ${words}`);
  return quote;
}

const slice = (text: string, start: number | null, end: number | null) =>
  start === null || end === null ? null : text.slice(start, end);

function attribution(text: string, words: string) {
  const quote = quoteStarting(text, words);
  return {
    rule: quote.attributionRule,
    confidence: quote.confidence,
    speaker: quote.speaker,
    mention: slice(text, quote.speakerStart, quote.speakerEnd),
    cue: slice(text, quote.cueStart, quote.cueEnd),
    antecedent: slice(text, quote.antecedentStart, quote.antecedentEnd),
  };
}

describe("transcript-label", () => {
  it("names the speaker of a transcript line", () => {
    const text = 'Transcript:\n\n"HOST: Are you running?\n\n"REEVE: Not this year."';
    expect(attribution(text, "Not this")).toMatchObject({
      rule: "transcript-label",
      confidence: "high",
      speaker: "REEVE",
    });
  });
});

describe("quote-verb-name", () => {
  it("reads the verb and then the name after the quote, over a role word", () => {
    const text = "“The levee will hold,” said county engineer Mara Quint.";
    expect(attribution(text, "The levee")).toMatchObject({
      rule: "quote-verb-name",
      confidence: "high",
      speaker: "Mara Quint",
      mention: "Mara Quint",
      cue: "said",
    });
  });

  it("reads a dash credit", () => {
    expect(attribution("“Vote them out.” ― Maria Solis", "Vote them")).toMatchObject({
      rule: "quote-verb-name",
      speaker: "Maria Solis",
      cue: "―",
    });
  });

  it("takes any past-tense verb between a clause-ending quote and a name", () => {
    expect(attribution("“This is fantastic!” beamed delegate Rolf Amsel.", "This is")).toMatchObject({
      rule: "quote-verb-name",
      speaker: "Rolf Amsel",
    });
  });
});

describe("quote-name-verb", () => {
  it("reads the name and then the verb, over an apposition", () => {
    const text = "“We have the votes,” Rep. Tom Arden (R-Utah), the majority whip, said Tuesday.";
    expect(attribution(text, "We have")).toMatchObject({
      rule: "quote-name-verb",
      confidence: "high",
      speaker: "Tom Arden",
    });
  });

  it("reads a long subject back from its verb", () => {
    const text = "“Pay us now.” Fair Wages Now organizing director Kim Roe told a local station.";
    expect(attribution(text, "Pay us")).toMatchObject({ rule: "quote-name-verb", speaker: "Kim Roe", cue: "told" });
  });

  it("does not take the next sentence's subject after a quote that ends a sentence of its own", () => {
    const text = "Gov. Ada Vance called the ruling “a disgrace.” Judge Leo Brandt said the court had no choice.";
    expect(attribution(text, "a disgrace")).toMatchObject({ speaker: "Ada Vance" });
  });
});

describe("name-verb-quote", () => {
  it("reads the speaker and the verb right before the quote", () => {
    const text = "Union leader Max Ferro said: “We will strike on Friday.”";
    expect(attribution(text, "We will strike")).toMatchObject({
      rule: "name-verb-quote",
      confidence: "high",
      speaker: "Max Ferro",
      cue: "said",
    });
  });

  it("reads a listener and a setting between the verb and the quote", () => {
    const text = "Nadia Brook told reporters on Monday, “The count is final.”";
    expect(attribution(text, "The count")).toMatchObject({ rule: "name-verb-quote", speaker: "Nadia Brook" });
  });
});

describe("reported-speech", () => {
  it("credits words inside what a speech verb reports", () => {
    const text = "Senator Ines Calder said the levy was “a tax on the poor.”";
    expect(attribution(text, "a tax")).toMatchObject({
      rule: "reported-speech",
      confidence: "medium",
      speaker: "Ines Calder",
    });
  });

  it("takes the outer speaker of reported speech inside reported speech", () => {
    const text = "Spokeswoman Lina Ortega said that Moss’s claim that the fund was empty is “simply not true.”";
    expect(attribution(text, "simply")).toMatchObject({ speaker: "Lina Ortega" });
  });
});

describe("colon-introduction", () => {
  it("reads a name and a colon", () => {
    expect(attribution("Kim Osei: “The port stays open.”", "The port")).toMatchObject({
      rule: "colon-introduction",
      confidence: "high",
      speaker: "Kim Osei",
      cue: ":",
    });
  });

  it("reads a paragraph ending with a colon before the quote's paragraph", () => {
    const text = "“It is late,” said Nora Quist.\n\nLeo Brandt continued:\n\n“We need the money now.”";
    expect(attribution(text, "We need")).toMatchObject({ rule: "colon-introduction", speaker: "Leo Brandt" });
  });

  it("falls back to the subject of the clause before the colon", () => {
    const text = "When the vote failed, Mayor Ana Ortiz released the following statement:\n\n“We will try again.”";
    expect(attribution(text, "We will try")).toMatchObject({ rule: "colon-introduction", speaker: "Ana Ortiz" });
  });
});

describe("according-to", () => {
  it("reads `according to X` before the quote", () => {
    expect(attribution("According to Dana Pruitt, “the audit found nothing.”", "the audit")).toMatchObject({
      rule: "according-to",
      confidence: "high",
      speaker: "Dana Pruitt",
      cue: "According to",
    });
  });

  it("takes the source the sentence cites after the quote over the cue it reports", () => {
    const text = "“We ran out of beds,” the director said, according to the Valley Courier.";
    expect(attribution(text, "We ran out")).toMatchObject({ rule: "according-to", speaker: "Valley Courier" });
  });
});

describe("sentence-end-cue", () => {
  it("reads a cue closing the sentence after a comma", () => {
    const text = "A clerk who “forgets a form” is fired at once, Judge Ada Vance said.";
    expect(attribution(text, "forgets")).toMatchObject({
      rule: "sentence-end-cue",
      confidence: "high",
      speaker: "Ada Vance",
    });
  });
});

describe("sentence-subject", () => {
  it("credits the subject of a verb that is not a speech verb", () => {
    const text = "In March, Gov. Elena Ruiz of Nevada backed the deal as “a model for the West.”";
    expect(attribution(text, "a model")).toMatchObject({
      rule: "sentence-subject",
      confidence: "medium",
      speaker: "Elena Ruiz",
    });
  });

  it("credits an organisation after an article", () => {
    const text = "The Harbor Trust did not want to address “that person” at its meeting.";
    expect(attribution(text, "that person")).toMatchObject({ speaker: "Harbor Trust" });
  });
});

describe("paragraph-cue", () => {
  it("takes the speaker named in an earlier sentence of the paragraph", () => {
    const text = "Costs are rising, Maya Singh said. “Nobody planned for this.”";
    expect(attribution(text, "Nobody")).toMatchObject({
      rule: "paragraph-cue",
      confidence: "medium",
      speaker: "Maya Singh",
    });
  });
});

describe("credit-line", () => {
  it("reads a credit on the line under a quote", () => {
    const text =
      "The debate ran late.\n\n“We need more teachers, not fewer.”\n\n— Paula Grant, tweeting\n\nThe board met again.";
    expect(attribution(text, "We need more")).toMatchObject({
      rule: "credit-line",
      confidence: "high",
      speaker: "Paula Grant",
    });
  });
});

describe("continuation", () => {
  it("carries a speaker to the next quote in the paragraph", () => {
    const text = "“We lost,” said coach Ivan Petrov. “Next year will be different.”";
    expect(attribution(text, "Next year")).toMatchObject({
      rule: "continuation",
      confidence: "medium",
      speaker: "Ivan Petrov",
    });
  });

  it("carries a speaker across a quote continued over paragraphs", () => {
    const text = "Amara Diallo said: “First, the schools.\n\n“Then the hospitals.”\n\nThe council agreed.";
    expect(attribution(text, "Then the")).toMatchObject({ rule: "continuation", speaker: "Amara Diallo" });
  });
});

describe("next-sentence", () => {
  it("takes the speaker of the sentence after a quote that stands alone", () => {
    const text = "“We will not back down.”\n\nUnion leader Rosa Diaz said on Monday that the strike would go on.";
    expect(attribution(text, "We will not")).toMatchObject({
      rule: "next-sentence",
      confidence: "low",
      speaker: "Rosa Diaz",
    });
  });
});

describe("previous-speaker", () => {
  it("guesses the previous quote's speaker for a quote alone in a later paragraph", () => {
    const text = "“The mine stays open,” Minister Karl Weiss said.\n\nWorkers cheered.\n\n“We will hire 300 people.”";
    expect(attribution(text, "We will hire")).toMatchObject({
      rule: "previous-speaker",
      confidence: "low",
      speaker: "Karl Weiss",
    });
  });
});

describe("recent-subject", () => {
  it("guesses the person last named as a subject when nothing attributes the quote", () => {
    const text = "Mayor Ana Ortiz toured the flooded ward on Sunday.\n\nThe water was “knee deep” in places.";
    expect(attribution(text, "knee deep")).toMatchObject({
      rule: "recent-subject",
      confidence: "low",
      speaker: "Ana Ortiz",
    });
  });
});

describe("mention → speaker", () => {
  it("resolves `he said` to the person last named as a subject, with the antecedent as evidence", () => {
    const text = "Mayor Omar Haddad criticised the plan after meeting Governor Tom Reeve. “It is a disgrace,” he said.";
    expect(attribution(text, "It is")).toMatchObject({
      rule: "quote-name-verb",
      confidence: "medium",
      speaker: "Omar Haddad",
      mention: "he",
      antecedent: "Omar Haddad",
    });
  });

  it("keeps a bare surname high when only one person bears it", () => {
    const text = "Russian Foreign Minister Pavel Orlov met his counterpart.\n“We expect nothing,” Orlov added.";
    expect(attribution(text, "We expect")).toMatchObject({
      confidence: "high",
      speaker: "Pavel Orlov",
      mention: "Orlov",
    });
  });

  it("lowers a bare surname shared by two people to medium, resolved to the most recent subject", () => {
    const text =
      "Bill Clinton spoke first. Later, Hillary Clinton took the stage in Ohio.\n“We will win this state,” Clinton said.";
    expect(attribution(text, "We will win")).toMatchObject({
      confidence: "medium",
      speaker: "Hillary Clinton",
      antecedent: "Hillary Clinton",
    });
  });
});

describe("statement-cue", () => {
  it("credits a number to whoever its sentence cites", () => {
    const text = "Schools chief Hana Okafor said that 1,200 pupils were still without a teacher.";
    const number = extractClaims(text).find((claim) => claim.kind === "numeric");
    expect(number).toMatchObject({ speaker: "Hana Okafor", attributionRule: "statement-cue", confidence: "high" });
  });
});
