// Turns a speaker mention into the speaker's name as the article gives it in full: a bare surname
// becomes the fullest name with that surname, "he" or "she" the person last named as the subject of
// a clause, and a description ("the Republican nominee") the person the article names with it.

import { isNameWord, isPersonalPronoun, isTitleWord, type Mention, mentionEndingAt } from "./names";
import { type Sentence, sentenceIndexAt } from "./sentences";
import { type Word, wordsIn } from "./words";

export interface Speaker {
  name: string | null;
  title: string | null;
}

// How far back a pronoun's antecedent is looked for, in characters.
const ANTECEDENT_REACH = 1500;
// Two or more capitalised words in a row, separated by single spaces: where full names are.
const CAPITALISED_RUN = /\p{Lu}[\p{L}\p{M}'’‘.-]*(?: \p{Lu}[\p{L}\p{M}'’‘.-]*)+/gu;
const NOT_AFTER_SUBJECT = /^(?:of|and|or|in|on|at|for|to|with|from|by|as|than|is|was)$/;

const keyOf = (name: string) => (name.split(/\s+/).at(-1) ?? "").replace(/['’‘]s$/, "").toLowerCase();

export class SpeakerResolver {
  private fullestBySurname: Map<string, string> | null = null;

  constructor(
    private readonly text: string,
    private readonly sentences: Sentence[],
  ) {}

  /** `quoteStart`: where the quote attributed to the mention opens; a pronoun's antecedent comes before it. */
  resolve(mention: Mention, quoteStart: number): Speaker {
    const title =
      mention.titleStart !== null && mention.titleEnd !== null
        ? this.text.slice(mention.titleStart, mention.titleEnd)
        : null;
    const written = this.text.slice(mention.start, mention.end);
    if (mention.kind === "name") return { name: this.fullest(written), title };
    if (mention.kind === "pronoun") {
      const pronoun: Word = { text: written, start: mention.start, end: mention.end };
      return { name: isPersonalPronoun(pronoun) ? this.antecedent(Math.min(mention.start, quoteStart)) : null, title };
    }
    return { name: this.describedPerson(written), title };
  }

  /** The fullest form of a name in the article ("Lavrov" → "Sergey Lavrov"). */
  private fullest(name: string): string {
    const cleaned = name.replace(/['’‘]s$/, "");
    const full = this.index().get(keyOf(cleaned));
    if (!full || full.length <= cleaned.length) return cleaned;
    const first = cleaned.split(/\s+/)[0] as string;
    return cleaned.includes(" ") && !full.includes(first) ? cleaned : full;
  }

  /** Surname → the most used full form of the name (the longest among equals). */
  private index(): Map<string, string> {
    if (this.fullestBySurname) return this.fullestBySurname;
    const counts = new Map<string, Map<string, number>>();
    CAPITALISED_RUN.lastIndex = 0;
    for (let run = CAPITALISED_RUN.exec(this.text); run; run = CAPITALISED_RUN.exec(this.text)) {
      const words = wordsIn(run[0], 0, run[0].length);
      let last = words.length - 1;
      while (last >= 0 && !isNameWord(words[last])) last--;
      let first = last;
      while (first > 0 && isNameWord(words[first - 1]) && !isTitleWord(words[first - 1] as Word)) first--;
      if (last - first < 1) continue;
      const name = run[0].slice((words[first] as Word).start, (words[last] as Word).end).replace(/['’‘]s$/, "");
      const forms = counts.get(keyOf(name)) ?? new Map<string, number>();
      forms.set(name, (forms.get(name) ?? 0) + 1);
      counts.set(keyOf(name), forms);
    }
    const index = new Map<string, string>();
    for (const [key, forms] of counts) {
      const ranked = [...forms].sort(([a, m], [b, n]) => n - m || b.length - a.length);
      index.set(key, (ranked[0] as [string, number])[0]);
    }
    this.fullestBySurname = index;
    return index;
  }

  /** The person last named as the subject of a clause before `offset` ("Lavrov framed …"), read
   *  sentence by sentence backwards so that only the few sentences before are tokenised. */
  private antecedent(offset: number): string | null {
    const sentences = this.sentences;
    let to = offset;
    for (let i = sentenceIndexAt(sentences, offset); i >= 0 && offset - to < ANTECEDENT_REACH; i--) {
      const from = Math.min((sentences[i] as Sentence).start, to);
      const name = this.lastSubject(wordsIn(this.text, from, to));
      if (name) return name;
      to = from;
    }
    return null;
  }

  private lastSubject(words: Word[]): string | null {
    for (let last = words.length - 2; last >= 0; last--) {
      const word = words[last] as Word;
      const next = words[last + 1] as Word;
      if (!isNameWord(word) || isNameWord(next) || /['’‘]s$/.test(word.text)) continue;
      if (!(/^\p{Ll}/u.test(next.text) && !NOT_AFTER_SUBJECT.test(next.text)) && next.text !== ",") continue;
      const mention = mentionEndingAt(words, last, 0);
      if (mention?.kind !== "name") continue;
      const before = words.findIndex((w) => w.start === mention.start) - 1;
      if (/^(?:the|a|an|in|of|at|to|from|on)$/i.test(words[before]?.text ?? "")) continue;
      return this.fullest(this.text.slice(mention.start, mention.end));
    }
    return null;
  }

  /** The person a description stands for, where the article names them with it ("Republican nominee Donald
   *  Trump"); an organisation named inside it ("the IMF report") otherwise. */
  private describedPerson(description: string): string | null {
    const words = wordsIn(description, 0, description.length).filter((word) => !/^(?:the|a|an)$/i.test(word.text));
    const role = words.at(-1);
    if (role && isTitleWord(role)) {
      const phrase = description.slice((words[0] as Word).start).toLowerCase();
      const lower = this.text.toLowerCase();
      for (let at = lower.indexOf(phrase); at >= 0; at = lower.indexOf(phrase, at + 1)) {
        const after = wordsIn(this.text, at + phrase.length, Math.min(this.text.length, at + phrase.length + 60));
        if (!isNameWord(after[0]) || isTitleWord(after[0] as Word)) continue;
        let last = 0;
        while (isNameWord(after[last + 1])) last++;
        return this.fullest(this.text.slice((after[0] as Word).start, (after[last] as Word).end));
      }
      return null;
    }
    const organisation = words.filter((word) => isNameWord(word) && !isTitleWord(word));
    return organisation.length > 0 ? organisation.map((word) => word.text).join(" ") : null;
  }
}
