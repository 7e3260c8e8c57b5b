// The article's mention table: every named person or organisation outside quotes, in order, with its full
// name, whether it stands as the subject of a clause, and the gender its titles and pronouns show. Bare
// surnames and pronouns are resolved against it to the most recent fitting subject.

import { type ArticleWords, isQuoteMarker } from "./article-words";
import { continuesName, genderOfTitle, isGroupWord, isNameWord, isPossessive, splitTitle, titleReach } from "./names";
import { isStop, isVerbLike, subjectAndVerbFrom } from "./reading";
import { isSpeechVerb } from "./speech-cues";
import type { Word } from "./words";

export type Gender = "m" | "f";

export interface TableEntry {
  /** The name as written, without its title. */
  start: number;
  end: number;
  /** The full name it stands for ("Pavel Orlov" for a later "Orlov"), and its surname in lower case. */
  name: string;
  key: string;
  title: string | null;
  /** It opens a clause as its subject, or follows a speech verb as its speaker; null until asked. */
  subject: boolean | null;
  /** Where its words (title included) are in the article's words; -1 for decided speakers. */
  first: number;
  last: number;
  /** A person rather than an organisation or a name written in capitals ("CNN", "Senate Committee");
   *  null until asked. */
  person: boolean | null;
}

// How far back (in characters) a pronoun or a bare surname looks for the person it stands for.
const PRONOUN_REACH = 2500;
const CONNECTIVES = /^(?:and|but|so|yet|then|meanwhile|however|while|when|as|after|before|because|although|though)$/i;
const ORGANISATION_WORDS = new Set(
  (
    "Committee Department Ministry Council Party Campaign News Times Post Journal Press Network Institute " +
    "Center Centre University College Association Agency Bureau Commission Court House Senate Congress Office " +
    "Foundation Group Company Corporation Bank Fund Union Coalition Alliance Administration Government " +
    "Republicans Democrats Magazine Review Tribune Herald Gazette Radio Television TV Channel Report Project Watch"
  ).split(" "),
);

// Pronouns that refer back to a clause's subject: "him" and "her" are more often someone else.
const GENDERED_PRONOUNS = new Map<string, number>([
  ...["he", "his", "himself"].map((word) => [word, 1] as [string, number]),
  ...["she", "hers", "herself"].map((word) => [word, -1] as [string, number]),
]);
const keyOf = (name: string) => name.slice(name.lastIndexOf(" ") + 1).toLowerCase();
const wordCount = (name: string) => (/\s/.test(name) ? name.split(/\s+/).length : 1);

export class MentionTable {
  readonly entries: TableEntry[] = [];
  /** Speakers already decided, as mentions of who they resolved to: "she said" counts as a mention of Doe. */
  private readonly speakers: TableEntry[] = [];
  private readonly genderVotes = new Map<string, number>();
  private readonly fullestByKey = new Map<string, string>();
  /** Entries written as full names, by surname, in order. */
  private readonly fullNames = new Map<string, TableEntry[]>();

  constructor(private readonly article: ArticleWords) {
    this.build();
  }

  private build(): void {
    const { words, text } = this.article;
    // The last person opening a clause: a "he" or "she" soon after votes for their gender.
    let lastOpener: TableEntry | null = null;
    const forms = new Map<string, Map<string, number>>();
    for (let k = 0; k < words.length; k++) {
      const word = words[k] as Word;
      const initial = word.text[0];
      const gendered =
        word.text.length <= 7 && (initial === "h" || initial === "s" || initial === "H" || initial === "S");
      const vote = gendered ? GENDERED_PRONOUNS.get(word.text.toLowerCase()) : undefined;
      if (vote !== undefined) {
        // `“…,” she said` is what the votes help resolve, so it does not vote.
        const cue = isQuoteMarker(words[k - 1]) || (words[k - 1]?.text === "," && isQuoteMarker(words[k - 2]));
        if (lastOpener && !cue && word.start - lastOpener.end < 300) {
          this.genderVotes.set(lastOpener.name, (this.genderVotes.get(lastOpener.name) ?? 0) + vote);
        }
        continue;
      }
      if (!isNameWord(word) || (continuesName(words, k + 1) && !isPossessive(word))) continue;
      // The run of capitalised words ending here, its title words apart ("Sen. Jane Doe").
      let first = k;
      while (first > 0 && k - first < 8 && continuesName(words, first - 1) && !isPossessive(words[first - 1] as Word))
        first--;
      while (first < k && !isNameWord(words[first])) first++;
      const { nameFirst, titleFirst } = splitTitle(words, first, k);
      const nameStart = (words[nameFirst] as Word).start;
      if (nameFirst === k && isGroupWord(word)) continue;
      const run = text.slice(nameStart, word.end);
      const written = isPossessive(word) ? run.replace(/['’‘]s$/, "") : run;
      // The title reaches left over role words too ("campaign spokeswoman Jane Doe").
      const titleStart = titleReach(words, titleFirst ?? nameFirst, Math.max(0, first - 6)) ?? titleFirst;
      const title =
        titleStart === null ? null : text.slice((words[titleStart] as Word).start, (words[nameFirst - 1] as Word).end);
      const key = keyOf(written);
      const full = nameFirst < k;
      const entry: TableEntry = {
        start: nameStart,
        end: word.end,
        name: full ? written : (this.fullNames.get(key)?.at(-1)?.name ?? written),
        key,
        title,
        subject: isPossessive(word) ? false : null,
        first: titleStart ?? first,
        last: k,
        person: null,
      };
      this.entries.push(entry);
      if (full) {
        const named = this.fullNames.get(key) ?? [];
        named.push(entry);
        this.fullNames.set(key, named);
        const counts = forms.get(key) ?? new Map<string, number>();
        counts.set(written, (counts.get(written) ?? 0) + 1);
        forms.set(key, counts);
      }
      const gender = title ? genderOfTitle(title) : null;
      if (gender) this.genderVotes.set(entry.name, (this.genderVotes.get(entry.name) ?? 0) + (gender === "m" ? 3 : -3));
      if (entry.subject === null && this.opensClause(words, entry.first) && this.isPerson(entry)) lastOpener = entry;
    }
    for (const [key, counts] of forms) {
      const ranked = [...counts].sort(([a, m], [b, n]) => n - m || b.length - a.length);
      this.fullestByKey.set(key, (ranked[0] as [string, number])[0]);
    }
    // A surname met before its full name ("Doe wins" in a headline) takes the article's fullest form.
    for (const entry of this.entries) {
      if (!entry.name.includes(" ")) entry.name = this.fullestByKey.get(entry.key) ?? entry.name;
    }
  }

  /** Before words[first]: the start of a clause. */
  private opensClause(words: Word[], first: number): boolean {
    const before = words[first - 1];
    return (
      !before ||
      isStop(before) ||
      isQuoteMarker(before) ||
      /^[,:(—–-]$/.test(before.text) ||
      CONNECTIVES.test(before.text)
    );
  }

  private isPerson(entry: TableEntry): boolean {
    if (entry.person === null) {
      const written = this.article.text.slice(entry.start, entry.end);
      entry.person = !written.split(" ").some((part) => ORGANISATION_WORDS.has(part)) && !/^\p{Lu}{2,}$/u.test(written);
    }
    return entry.person;
  }

  /** The subject of a clause: at a clause start and followed by its verb, or right after a speech verb.
   *  Read only for the entries a pronoun or surname asks about. */
  private isSubject(entry: TableEntry): boolean {
    if (entry.subject === null) {
      const { words } = this.article;
      const before = words[entry.first - 1];
      entry.subject =
        (before !== undefined && isSpeechVerb(before.text) && /^\p{Ll}/u.test(before.text)) ||
        (this.opensClause(words, entry.first) &&
          subjectAndVerbFrom(words, entry.first, Math.min(words.length, entry.last + 30), isVerbLike) !== null);
    }
    return entry.subject;
  }

  /** How many different full names the article gives with this surname ("Bill Clinton", "Hillary Clinton"). */
  namesakes(surname: string): number {
    return new Set(this.fullNames.get(surname.toLowerCase())?.map((entry) => entry.name)).size;
  }

  genderOf(name: string): Gender | null {
    const votes = this.genderVotes.get(name) ?? 0;
    return votes > 0 ? "m" : votes < 0 ? "f" : null;
  }

  /** The full name a written name stands for at `at`, and the table entry it was taken from. */
  resolveName(written: string, at: number): { name: string; antecedent: TableEntry | null } {
    const cleaned = written.replace(/['’‘]s$/, "");
    if (wordCount(cleaned) > 1) return { name: cleaned, antecedent: null };
    const named = this.fullNames.get(cleaned.toLowerCase()) ?? [];
    let fallback: TableEntry | null = null;
    for (let i = lastBefore(named, at); i >= 0; i--) {
      const entry = named[i] as TableEntry;
      if (this.isSubject(entry)) return { name: entry.name, antecedent: entry };
      fallback ??= entry;
    }
    if (fallback) return { name: fallback.name, antecedent: fallback };
    return { name: this.fullestByKey.get(cleaned.toLowerCase()) ?? cleaned, antecedent: null };
  }

  /** The most recent person named as a subject before `at` whose gender does not contradict the pronoun's.
   *  A bare surname shared by two people ("Clinton") is the one of them the pronoun fits. */
  resolvePronoun(gender: Gender | null, at: number): TableEntry | null {
    let unknown: TableEntry | null = null;
    for (const entry of this.recentFirst(at)) {
      if (at - entry.end > PRONOUN_REACH) return unknown;
      if (!this.isPerson(entry) || !this.isSubject(entry)) continue;
      const known = this.genderOf(entry.name);
      if (!gender || known === gender) return entry;
      // A subject of unknown gender yields to the one just before it if the pronoun is known to fit that one.
      if (unknown) return unknown;
      if (!known) {
        unknown = entry;
        continue;
      }
      if (this.article.text.slice(entry.start, entry.end).includes(" ")) continue;
      const namesake = this.fullNames.get(entry.key)?.findLast((other) => this.genderOf(other.name) === gender);
      if (namesake) return { ...entry, name: namesake.name };
    }
    return unknown;
  }

  /** The most recent person named as a subject within `reach` characters before `at`. */
  recentSubject(at: number, reach: number): TableEntry | null {
    for (const entry of this.recentFirst(at)) {
      if (at - entry.end > reach) return null;
      if (entry.first >= 0 && this.isPerson(entry) && this.isSubject(entry)) return entry;
    }
    return null;
  }

  /** The most recent person whose title is `role` ("senator" for "Sen. Jane Doe"). */
  resolveRole(role: string, abbreviations: Record<string, string>, at: number): TableEntry | null {
    for (const entry of this.recentFirst(at)) {
      if (at - entry.end > PRONOUN_REACH) return null;
      if (!entry.title || !this.isPerson(entry)) continue;
      if (
        entry.title
          .toLowerCase()
          .split(/[\s.]+/)
          .some((word) => word === role || abbreviations[word] === role)
      ) {
        return entry;
      }
    }
    return null;
  }

  /** Records a decided speaker, so that later pronouns can find it. */
  addSpeaker(entry: TableEntry, gender: Gender | null): void {
    let i = this.speakers.length;
    while (i > 0 && (this.speakers[i - 1] as TableEntry).start > entry.start) i--;
    this.speakers.splice(i, 0, entry);
    if (gender) this.genderVotes.set(entry.name, (this.genderVotes.get(entry.name) ?? 0) + (gender === "m" ? 1 : -1));
  }

  /** Table entries and decided speakers before `at`, most recent first. */
  private *recentFirst(at: number): Generator<TableEntry> {
    let i = lastBefore(this.entries, at);
    let j = lastBefore(this.speakers, at);
    while (i >= 0 || j >= 0) {
      const entry = this.entries[i];
      const speaker = this.speakers[j];
      if (speaker && (!entry || speaker.start >= entry.start)) {
        yield speaker;
        j--;
      } else if (entry) {
        yield entry;
        i--;
      }
    }
  }
}

/** Index of the last entry starting before `at`, or -1. */
function lastBefore(entries: TableEntry[], at: number): number {
  let low = 0;
  let high = entries.length;
  while (low < high) {
    const mid = (low + high) >> 1;
    if ((entries[mid] as TableEntry).start < at) low = mid + 1;
    else high = mid;
  }
  return low - 1;
}
