// Reading people's names, titles, pronouns and descriptions out of words: who a mention points at.

import type { Word } from "./words";

// Capitalised words that begin sentences or clauses but never a name.
const NOT_NAMES = new Set(
  (
    "the a an but and or so yet nor in on at for of to by from with without when while after before as if " +
    "though although because since this that these those there here it he she they we i you his her their our " +
    "its my your meanwhile however still also now later earlier then asked according speaking what why how " +
    "where who which whether yes no not some many most all both each every one two three other another such following " +
    "during under over through across amid despite against among between within into upon including like unlike " +
    "monday tuesday wednesday thursday friday saturday sunday january february april june july august " +
    "september october november december mr mrs ms"
  ).split(" "),
);

// Words of a title or role, capitalised or not, that come before a name ("Foreign Minister", "Sen.").
const TITLE_WORDS = new Set(
  (
    "mr mrs ms mx miss dr prof professor sen senator rep representative gov governor president vice secretary " +
    "sec minister prime foreign defense defence interior finance chancellor premier chief deputy assistant " +
    "acting former late gen general col colonel lt lieutenant capt captain sgt sergeant adm admiral cmdr " +
    "commander maj major rev reverend father pastor rabbi imam bishop pope king queen prince princess sheikh " +
    "judge justice attorney mayor councilman councilwoman chairman chairwoman chair speaker leader whip " +
    "spokesman spokeswoman spokesperson ambassador amb envoy director administrator commissioner widow " +
    "superintendent sheriff officer detective inspector coach host anchor correspondent editor founder ceo " +
    "economist analyst strategist pollster professor lawyer reporter columnist writer author scholar expert " +
    "del state candidate nominee adviser advisor aide sir dame lord lady hon st saint democrat republican " +
    "democratic gop independent american russian ukrainian british chinese french german israeli iranian " +
    "palestinian mexican canadian european syrian turkish korean japanese indian australian italian spanish"
  ).split(" "),
);

// Words that end the phrase naming a speaker after a verb ("said Jane Doe on Tuesday").
const PHRASE_STOPS = new Set(["on", "in", "at", "for", "of", "during", "after", "before", "about", "via", "while"]);
// Last words of organisations' names that go on with "of …" ("Bank of Freedonia").
const ORGANISATION_HEADS = new Set(
  (
    "bank council committee department ministry university institute center centre association party court " +
    "office agency board commission federation union league club foundation society bureau service corporation " +
    "company group school college academy chamber conference alliance coalition organization organisation"
  ).split(" "),
);
const isOrganisationHead = (word: Word) => ORGANISATION_HEADS.has(word.text.toLowerCase());

const NAME_PARTICLES = new Set([
  "de",
  "del",
  "della",
  "der",
  "den",
  "van",
  "von",
  "bin",
  "al",
  "da",
  "di",
  "du",
  "la",
  "le",
]);
const NAME_SUFFIXES = new Set(["jr", "jr.", "sr", "sr.", "ii", "iii", "iv"]);
const PERSONAL_PRONOUNS = new Set(["he", "she", "i"]);
const PRONOUNS = new Set(["he", "she", "i", "they", "we", "it", "you"]);
const DETERMINERS = new Set(["the", "a", "an", "his", "her", "their", "its", "our", "this", "that", "another", "one"]);

export type MentionKind = "name" | "pronoun" | "description";

export interface Mention {
  kind: MentionKind;
  /** Offsets of the mention itself: the name without its title, the pronoun, or the description. */
  start: number;
  end: number;
  /** Offsets of the title or role given with a name ("Ukrainian presidential adviser"). */
  titleStart: number | null;
  titleEnd: number | null;
}

const bare = (word: Word) => word.text.replace(/['’‘]s$/, "").toLowerCase();
const isPossessive = (word: Word) => /\p{L}['’‘]s$/u.test(word.text);
const isCapitalised = (word: Word) => /^\p{Lu}/u.test(word.text);

export function isTitleWord(word: Word): boolean {
  return TITLE_WORDS.has(word.text.replace(/\.$/, "").toLowerCase());
}

export function isPronoun(word: Word): boolean {
  return PRONOUNS.has(word.text.toLowerCase());
}

/** He, she or I: pronouns that stand for one person the article has named. */
export function isPersonalPronoun(word: Word): boolean {
  return PERSONAL_PRONOUNS.has(word.text.toLowerCase());
}

/** A capitalised word that can be part of a name (or of a title written before one). */
export function isNameWord(word: Word | undefined): boolean {
  if (word === undefined || !isCapitalised(word)) return false;
  return /^\p{Lu}\.$/u.test(word.text) || !NOT_NAMES.has(word.text.replace(/(?:\.|['’‘]\p{L}+)$/u, "").toLowerCase());
}

function continuesName(words: Word[], i: number): boolean {
  const word = words[i];
  if (!word) return false;
  if (isNameWord(word) || NAME_SUFFIXES.has(word.text.toLowerCase())) return true;
  // A particle counts only between capitalised words ("Ursula von der Leyen").
  return NAME_PARTICLES.has(word.text) && isNameWord(words[i - 1] ?? word) && continuesName(words, i + 1);
}

/** Splits a run of capitalised words into the leading title ("Russian Foreign Minister") and the name. */
function splitTitle(words: Word[], first: number, last: number): { nameFirst: number; titleFirst: number | null } {
  let nameFirst = first;
  for (let i = last; i >= first; i--) {
    if (isTitleWord(words[i] as Word) && i < last) {
      nameFirst = i + 1;
      break;
    }
  }
  return { nameFirst, titleFirst: nameFirst > first ? first : null };
}

// Words that end a title read leftwards from a name: clause boundaries and function words.
const TITLE_STOPS = new Set(
  "that and but or as when while to with by from because after before if which who whom the a an said says told".split(
    " ",
  ),
);

/** How far left a title reaches before words[index] ("Vladimir Putin‘s spokesman" before "Dmitry Peskov"). */
function titleReach(words: Word[], index: number, limit: number): number | null {
  let first: number | null = null;
  for (let i = index - 1; i >= limit && index - i <= 6; i--) {
    const word = words[i] as Word;
    if (!/^[\p{L}\p{N}]/u.test(word.text) || TITLE_STOPS.has(word.text.toLowerCase())) break;
    first = i;
  }
  return first;
}

function nameMention(words: Word[], first: number, last: number, limit: number): Mention {
  const { nameFirst, titleFirst } = splitTitle(words, first, last);
  const reach = titleReach(words, titleFirst ?? nameFirst, limit);
  const titleStartIndex = reach ?? titleFirst;
  return {
    kind: "name",
    start: (words[nameFirst] as Word).start,
    end: (words[last] as Word).end,
    titleStart: titleStartIndex === null ? null : (words[titleStartIndex] as Word).start,
    titleEnd: titleStartIndex === null ? null : (words[nameFirst - 1] as Word).end,
  };
}

function simpleMention(kind: MentionKind, words: Word[], first: number, last: number): Mention {
  return {
    kind,
    start: (words[first] as Word).start,
    end: (words[last] as Word).end,
    titleStart: null,
    titleEnd: null,
  };
}

/** A description ending at words[last]: "the Indiana governor", "a campaign spokesman", "officials". */
function descriptionEndingAt(words: Word[], last: number, limit: number): Mention | null {
  const head = words[last] as Word;
  if (!/^\p{Ll}/u.test(head.text) || TITLE_STOPS.has(head.text) || head.text.endsWith("ly")) return null;
  for (let i = last; i >= limit && last - i <= 4; i--) {
    const word = words[i] as Word;
    if (!/^[\p{L}\p{N}]/u.test(word.text)) break;
    if (DETERMINERS.has(word.text.toLowerCase()) || isPossessive(word))
      return simpleMention("description", words, i, last);
  }
  return /s$/.test(head.text) ? simpleMention("description", words, last, last) : null;
}

/** The mention that ends at words[last] (reading leftwards, not past words[limit]). */
export function mentionEndingAt(words: Word[], last: number, limit: number): Mention | null {
  const word = words[last];
  if (!word || last < limit) return null;
  if (isPronoun(word)) return simpleMention("pronoun", words, last, last);
  if (continuesName(words, last) && !isPossessive(word)) {
    const first = nameRunStart(words, last, limit);
    const of = words[first - 1]?.text === "of" ? first - 1 : words[first - 2]?.text === "of" ? first - 2 : -1;
    if (of > limit && continuesName(words, of - 1)) {
      // "Gov. Jane Doe of Nevada" is Jane Doe; "the Central Bank of Freedonia" is all one name.
      const owner = nameRunStart(words, of - 1, limit);
      if (isOrganisationHead(words[of - 1] as Word)) return nameMention(words, owner, last, limit);
      return nameMention(words, owner, of - 1, limit);
    }
    return nameMention(words, first, last, limit);
  }
  return descriptionEndingAt(words, last, limit);
}

function nameRunStart(words: Word[], last: number, limit: number): number {
  let first = last;
  while (first > limit && continuesName(words, first - 1) && !isPossessive(words[first - 1] as Word)) first--;
  while (first < last && !isNameWord(words[first] as Word)) first++;
  return first;
}

/** The mention that starts at or shortly after words[first] ("Ukrainian presidential adviser Vladyslav Vlasiuk",
 *  "MSNBC host Chris Matthews"): the last name in the phrase, with what comes before it as its title. */
export function mentionStartingAt(words: Word[], first: number, limit: number): Mention | null {
  const word = words[first];
  if (!word || first >= limit) return null;
  if (isPronoun(word)) return simpleMention("pronoun", words, first, first);
  let nameFirst = -1;
  let nameLast = -1;
  let i = first;
  for (; i < limit && i - first < 10; i++) {
    const current = words[i] as Word;
    const leadingDeterminer = i === first && DETERMINERS.has(current.text.toLowerCase());
    if (!/^[\p{L}\p{N}/]/u.test(current.text)) break;
    if (!leadingDeterminer && (TITLE_STOPS.has(current.text) || PHRASE_STOPS.has(current.text))) break;
    if (isNameWord(current) && !isTitleWord(current)) {
      let last = i;
      while (last + 1 < limit && continuesName(words, last + 1) && !isPossessive(words[last] as Word)) last++;
      nameFirst = i;
      nameLast = last;
      i = last;
      if (isPossessive(words[last] as Word)) continue;
      const next = words[last + 1];
      // Only a role word can lead on to the real name ("MSNBC host Chris Matthews").
      if (!next || !/^\p{Ll}/u.test(next.text) || !isTitleWord(next)) break;
    }
  }
  if (nameFirst >= 0) return nameMention(words, nameFirst, nameLast, first);
  return i > first ? descriptionEndingAt(words, i - 1, first) : null;
}

/** The lookup key of a name: its last word, lower case, without a possessive. */
export function surnameKey(words: Word[]): string {
  return bare(words[words.length - 1] as Word);
}
