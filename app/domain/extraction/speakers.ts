// The second stage of the sieve: mention → speaker. A name becomes the full name the article gives it
// (a bare surname the most recent full name with that surname), "he" or "she" the most recent fitting
// subject, a definite description ("the Republican nominee") the person the article names with it.
// Descriptions of groups or of nobody in particular ("critics", "a spokesman") are not people: the
// speaker stays null and the words are kept as the attribution.

import type { ArticleWords } from "./article-words";
import { type Gender, MentionTable, type TableEntry } from "./mentions";
import { isGroupMention, isNameWord, isTitleWord, type Mention } from "./names";
import { type Word, wordsIn } from "./words";

export interface Speaker {
  name: string | null;
  title: string | null;
  /** The words of a description that names nobody ("critics", "a city official"). */
  description: string | null;
  /** Where the name a pronoun, surname or description was resolved to is written. */
  antecedent: { start: number; end: number } | null;
  /** The speaker was read from context (a pronoun, a surname several people share, a description). */
  inferred: boolean;
}

const NOBODY: Speaker = { name: null, title: null, description: null, antecedent: null, inferred: false };

// Abbreviated titles and the role words a description uses for them ("the senator" for "Sen. Doe").
const ROLE_OF_TITLE: Record<string, string> = {
  sen: "senator",
  rep: "representative",
  gov: "governor",
  gen: "general",
  pres: "president",
  sec: "secretary",
  amb: "ambassador",
  atty: "attorney",
  supt: "superintendent",
  lt: "lieutenant",
  col: "colonel",
  capt: "captain",
  sgt: "sergeant",
  adm: "admiral",
  prof: "professor",
  dr: "doctor",
};
const INDEFINITE = /^(?:a|an|one|some|another|several|many|two|three|few|most|any)\s/i;

export class SpeakerResolver {
  readonly table: MentionTable;

  constructor(private readonly article: ArticleWords) {
    this.table = new MentionTable(article);
  }

  /** `at`: where the quote or sentence attributed to the mention starts; antecedents come before it. */
  resolve(mention: Mention): Speaker {
    const { text } = this.article;
    const title =
      mention.titleStart !== null && mention.titleEnd !== null
        ? text.slice(mention.titleStart, mention.titleEnd)
        : null;
    const written = text.slice(mention.start, mention.end);
    if (mention.kind === "name") {
      const { name, antecedent } = this.table.resolveName(written, mention.start);
      // A bare surname is a guess only when the article names several people with it.
      const bareSurname = name !== written.replace(/['’‘]s$/, "");
      const inferred = bareSurname && this.table.namesakes(written.replace(/['’‘]s$/, "")) > 1;
      return { ...NOBODY, name, title, antecedent: antecedent && span(antecedent), inferred };
    }
    if (mention.kind === "pronoun") {
      if (/^i$/i.test(written)) return { ...NOBODY, description: written };
      const gender: Gender = /^he$/i.test(written) ? "m" : "f";
      const entry = this.table.resolvePronoun(gender, mention.start);
      if (!entry) return { ...NOBODY, description: written };
      return { ...NOBODY, name: entry.name, title, antecedent: span(entry), inferred: true };
    }
    if (isGroupMention(text, mention) || INDEFINITE.test(written)) return { ...NOBODY, description: written };
    const person = this.describedPerson(written, mention.start);
    if (person) return { ...NOBODY, name: person.name, antecedent: person.antecedent, inferred: true };
    return { ...NOBODY, description: written };
  }

  /** Records who a quote was attributed to, so that a later "he" or "she" can find them. */
  remember(mention: Mention, speaker: Speaker): void {
    if (!speaker.name) return;
    const written = this.article.text.slice(mention.start, mention.end).toLowerCase();
    const gender: Gender | null = written === "he" ? "m" : written === "she" ? "f" : null;
    const entry: TableEntry = {
      start: mention.start,
      end: mention.end,
      name: speaker.name,
      key: speaker.name.split(/\s+/).at(-1)?.toLowerCase() ?? "",
      title: speaker.title,
      subject: true,
      first: -1,
      last: -1,
      person: true,
    };
    this.table.addSpeaker(entry, gender);
  }

  /** The person a definite description stands for: where the article names someone with it ("Republican
   *  nominee Jane Doe"), or the most recent subject whose title is its role ("the senator" for "Sen. Doe");
   *  an organisation named inside it ("the IMF report") otherwise. */
  private describedPerson(description: string, at: number): { name: string; antecedent: Span | null } | null {
    const { text } = this.article;
    const words = wordsIn(description, 0, description.length).filter((word) => !/^(?:the|a|an)$/i.test(word.text));
    const role = words.at(-1);
    if (role && isTitleWord(role)) {
      const phrase = description.slice((words[0] as Word).start).toLowerCase();
      const lower = text.toLowerCase();
      for (let found = lower.indexOf(phrase); found >= 0; found = lower.indexOf(phrase, found + 1)) {
        const after = wordsIn(text, found + phrase.length, Math.min(text.length, found + phrase.length + 60));
        if (!isNameWord(after[0]) || isTitleWord(after[0] as Word)) continue;
        let last = 0;
        while (isNameWord(after[last + 1])) last++;
        const written = text.slice((after[0] as Word).start, (after[last] as Word).end);
        const { name } = this.table.resolveName(written, at);
        return { name, antecedent: { start: (after[0] as Word).start, end: (after[last] as Word).end } };
      }
      const entry = this.table.resolveRole(role.text.toLowerCase(), ROLE_OF_TITLE, at);
      return entry ? { name: entry.name, antecedent: span(entry) } : null;
    }
    const organisation = words.filter((word) => isNameWord(word) && !isTitleWord(word));
    return organisation.length > 0 ? { name: organisation.map((word) => word.text).join(" "), antecedent: null } : null;
  }
}

interface Span {
  start: number;
  end: number;
}

const span = (entry: TableEntry): Span => ({ start: entry.start, end: entry.end });

export { NOBODY };
