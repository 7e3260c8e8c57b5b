import { describe, expect, it } from "vitest";
import { type ExtractedClaim, extractClaims } from "~/domain/extraction";

// The failure classes of issue 11, seen on unseen articles, each with invented examples.
function quoteStarting(text: string, words: string): ExtractedClaim {
  const quote = extractClaims(text).find((claim) => claim.kind === "quote" && claim.text.startsWith(words));
  if (!quote) throw new Error(`no quote starting with ${words}`);
  return quote;
}

const speakerOf = (text: string, words: string) => quoteStarting(text, words).speaker;

describe("failure classes on unseen articles", () => {
  it("verb before a lower-case role noun and the name", () => {
    expect(speakerOf("“Children need sleep more than tests,” says psychologist Anna Berg.", "Children")).toBe(
      "Anna Berg",
    );
  });

  it("apposition between the name and the verb", () => {
    const hearing = "“The program has failed,” Senator Paul Hart, Republican of Ohio, said at a hearing.";
    expect(speakerOf(hearing, "The program")).toBe("Paul Hart");
    const deputy = "“We have no budget left,” said Maria Lopez, a deputy director of the office.";
    expect(speakerOf(deputy, "We have")).toBe("Maria Lopez");
  });

  it("speech verbs beyond said and told", () => {
    const verbs = ["implored", "gushed", "chimed in", "exclaimed", "quipped", "conceded", "complained", "tweeted"];
    const more = ["joked", "shot back", "mused", "recalled", "testified", "retorted", "lamented", "scoffed"];
    for (const verb of [...verbs, ...more]) {
      expect(speakerOf(`“The bridge is safe,” Nadia Brook ${verb}.`, "The bridge"), verb).toBe("Nadia Brook");
      expect(speakerOf(`Nadia Brook ${verb}, “The bridge is safe.”`, "The bridge"), verb).toBe("Nadia Brook");
    }
  });

  it("a quote inside reported speech", () => {
    expect(speakerOf("Jones said he felt they were saying, “We are done now.”", "We are done")).toBe("Jones");
  });

  it("round-up format: the person, not the outlet", () => {
    expect(speakerOf("Ken Ward, The Daily Ledger: “The bridge will not open this year.”", "The bridge")).toBe(
      "Ken Ward",
    );
  });

  it("headline case", () => {
    expect(speakerOf("At a summit, Mary Jones Said “Many of you are experts.”", "Many of you")).toBe("Mary Jones");
  });

  it("sentence subject with a verb that introduces words", () => {
    const text =
      "President Ann Cole on Tuesday called on voters to “look inside” themselves. Mayor Dan Ruiz accused Lee of “showering praise” on developers. Councillor Ella Park called it “unprecedented.”";
    expect(speakerOf(text, "look inside")).toBe("Ann Cole");
    expect(speakerOf(text, "showering")).toBe("Dan Ruiz");
    expect(speakerOf(text, "unprecedented")).toBe("Ella Park");
  });

  it("`according to X` after the quote, `X told the newspaper`, a quote opening the article", () => {
    expect(speakerOf("“The plant will close,” the memo said, according to Jane Doe.", "The plant")).toBe("Jane Doe");
    expect(speakerOf("Omar Haddad told the newspaper that the deal was “dead on arrival.”", "dead on")).toBe(
      "Omar Haddad",
    );
    const opening = "“We will not back down.”\n\nUnion leader Rosa Diaz said on Monday that the strike would go on.";
    expect(speakerOf(opening, "We will not")).toBe("Rosa Diaz");
  });

  it("a later surname or pronoun: the most recent fitting subject, not the most recent name", () => {
    const namesakes =
      "Bill Clinton spoke first. Later, Hillary Clinton took the stage in Ohio.\n“We will win this state,” Clinton said.";
    expect(speakerOf(namesakes, "We will win")).toBe("Hillary Clinton");
    const object =
      "Mayor Omar Haddad criticised the plan after meeting Governor Tom Reeve. “It is a disgrace,” he said.";
    expect(speakerOf(object, "It is")).toBe("Omar Haddad");
    const gender =
      "Lena Moss, the city’s budget chief, said she would resign. Governor Tom Reeve thanked her. “I leave with no regrets,” she said.";
    expect(speakerOf(gender, "I leave")).toBe("Lena Moss");
  });

  it("generic descriptions are not speakers: the words stay as the attribution", () => {
    for (const source of ["Critics", "Officials", "Analysts", "Residents", "Experts"]) {
      const quote = quoteStarting(`${source} say “the plan is a giveaway.”`, "the plan");
      expect(quote.speaker, source).toBeNull();
      expect(quote.speakerDescription, source).toBe(source);
    }
    const spokesman = quoteStarting("“The matter is closed,” a spokesman said.", "The matter");
    expect(spokesman).toMatchObject({ speaker: null, speakerDescription: "a spokesman" });
  });

  it("a bulk of articles saying `Critics say` creates no speaker", () => {
    const speakers = Array.from({ length: 50 }, (_, i) => `Critics say “the tax rise number ${i} is unfair.”`)
      .flatMap((text) => extractClaims(text))
      .map((claim) => claim.speaker);
    expect(speakers.filter((speaker) => speaker !== null)).toEqual([]);
  });

  it("titles stay out of names", () => {
    const quote = quoteStarting("“We will fix the roads,” said Councillor Tomas Reyes.", "We will fix");
    expect(quote).toMatchObject({ speaker: "Tomas Reyes", speakerTitle: "Councillor" });
  });
});
