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
    "september october november december mr mrs ms maybe perhaps rather even only once were would " +
    "therefore thus hence instead indeed otherwise besides nonetheless nevertheless moreover furthermore again " +
    "already always never ever just soon finally first second third last next today tonight yesterday " +
    "tomorrow everyone everybody someone somebody nobody nothing something anything everything anyone " +
    "specifically similarly likewise unfortunately fortunately clearly obviously sadly hours days weeks " +
    "months years minutes asked adding speaking citing noting saying following is are was has have had do " +
    "does did can could should may might must let please thanks well oh yes okay ok hey dear multiple " +
    "numerous various other others based more"
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
    "palestinian mexican canadian european syrian turkish korean japanese indian australian italian spanish " +
    "councillor councilor alderman alderwoman assemblyman assemblywoman assemblymember congressman " +
    "congresswoman congressmember delegate trustee supervisor comptroller treasurer auditor controller " +
    "marshal magistrate constable trooper deputy corporal archbishop cardinal patriarch ayatollah emir sultan " +
    "sens reps govs ald mayor-elect president-elect"
  ).split(" "),
);

// Title words that only modify another title ("former", "acting"): never a name by themselves.
const TITLE_MODIFIERS = new Set(["former", "acting", "late", "vice", "deputy", "assistant"]);

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
// Words for groups and generic sources: capitalised at the start of a sentence ("Critics say …") they
// still describe people rather than name someone.
const GROUP_WORDS = new Set(
  (
    "critics officials analysts experts residents supporters opponents voters observers sources aides advisers " +
    "advisors lawmakers legislators members protesters protestors activists economists strategists pollsters " +
    "officers workers employees executives researchers scientists doctors lawyers attorneys investigators " +
    "prosecutors witnesses neighbors neighbours friends parents students teachers people others some many " +
    "both several few most all organizers organisers conservatives liberals progressives evangelicals " +
    "delegates donors fans leaders insiders allies rivals skeptics sceptics detractors defenders proponents " +
    "advocates campaigners locals citizens taxpayers customers users viewers readers listeners participants " +
    "attendees respondents authorities police polls surveys reports studies"
  ).split(" "),
);

/** "Critics", "Officials", "Democrats", "Americans": a group, even when capitalised. */
export function isGroupWord(word: Word): boolean {
  const lower = word.text.toLowerCase();
  if (GROUP_WORDS.has(lower)) return true;
  return /s$/.test(lower) && TITLE_WORDS.has(lower.slice(0, -1));
}

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

export const isPossessive = (word: Word) => {
  const text = word.text;
  const mark = text[text.length - 2];
  return (
    text.endsWith("s") && (mark === "'" || mark === "’" || mark === "‘") && /\p{L}/u.test(text[text.length - 3] ?? "")
  );
};
/** An upper-case first letter; ASCII is decided without a regular expression, as this runs on every word. */
const isCapitalised = (word: Word) => {
  const code = word.text.charCodeAt(0);
  if (code < 128) return code >= 65 && code <= 90;
  return /^\p{Lu}/u.test(word.text);
};

export function isTitleWord(word: Word): boolean {
  const text = word.text.endsWith(".") ? word.text.slice(0, -1) : word.text;
  return TITLE_WORDS.has(text.toLowerCase());
}

/** He, she and I stand for a person; they, we, you and it for a group or nobody in particular. */
const pronounKind = (word: Word): MentionKind => (isPersonalPronoun(word) ? "pronoun" : "description");

// A pronoun with a clitic still stands for its person ("he’d", "she’s", "I’m").
const CLITIC = /['’](?:d|s|ll|ve|re|m)$/i;
const pronounOf = (word: Word) =>
  /['’]/.test(word.text) ? word.text.toLowerCase().replace(CLITIC, "") : word.text.toLowerCase();

export function isPronoun(word: Word): boolean {
  return PRONOUNS.has(pronounOf(word));
}

/** He, she or I: pronouns that stand for one person the article has named. */
function isPersonalPronoun(word: Word): boolean {
  return PERSONAL_PRONOUNS.has(pronounOf(word));
}

/** A capitalised word that can be part of a name (or of a title written before one). */
export function isNameWord(word: Word | undefined): boolean {
  if (word === undefined || !isCapitalised(word)) return false;
  const text = word.text;
  if (text.length === 2 && text[1] === ".") return true;
  const bare = /[.'’‘]/.test(text) ? text.replace(/(?:\.|['’‘]\p{L}+)$/u, "") : text;
  return !NOT_NAMES.has(bare.toLowerCase());
}

export function continuesName(words: Word[], i: number): boolean {
  const word = words[i];
  if (!word) return false;
  if (isNameWord(word) || (word.text.length <= 4 && NAME_SUFFIXES.has(word.text.toLowerCase()))) return true;
  // A particle counts only between capitalised words ("Ursula von der Leyen").
  return NAME_PARTICLES.has(word.text) && isNameWord(words[i - 1] ?? word) && continuesName(words, i + 1);
}

/** Splits a run of capitalised words into the leading title ("Russian Foreign Minister") and the name. */
export function splitTitle(
  words: Word[],
  first: number,
  last: number,
): { nameFirst: number; titleFirst: number | null } {
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
  "that and but or as when while to with by from because after before if which who whom whose what where why how the a an said says told".split(
    " ",
  ),
);

// Prepositions end a title read leftwards too ("worked for Sen. Jane Doe": the title is "Sen.").
const PREPOSITIONS = new Set(
  "for in on at about into over under against between through during without within upon across of near".split(" "),
);

const TITLE_PARTICIPLES = new Set(["retired", "embattled", "indicted", "elected", "appointed", "unnamed", "deposed"]);

/** How far left a title reaches before words[index] ("Vladimir Putin‘s spokesman" before "Dmitry Peskov"). */
export function titleReach(words: Word[], index: number, limit: number): number | null {
  let first: number | null = null;
  for (let i = index - 1; i >= limit && index - i <= 6; i--) {
    const word = words[i] as Word;
    const lower = word.text.toLowerCase();
    // "of" between title words: "Secretary of State Jane Doe" (not "chairman of America Rising").
    if (lower === "of" && i > limit && isTitleWord(words[i - 1] as Word) && isTitleWord(words[i + 1] as Word)) continue;
    if (!/^[\p{L}\p{N}]/u.test(word.text) || TITLE_STOPS.has(lower) || PREPOSITIONS.has(lower)) break;
    // A verb ends it too ("Perez hammered Trump": no title), though some participles are titles ("retired Gen.").
    if (/^\p{Ll}+(?:ly|ed)$/u.test(word.text) && !TITLE_PARTICIPLES.has(word.text)) break;
    first = i;
  }
  return first;
}

function nameMention(words: Word[], first: number, last: number, limit: number): Mention {
  const { nameFirst, titleFirst } = splitTitle(words, first, last);
  if (nameFirst === last && isGroupWord(words[last] as Word)) {
    return simpleMention("description", words, titleFirst ?? nameFirst, last);
  }
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
  if (DETERMINERS.has(head.text) || NOT_NAMES.has(head.text)) return null;
  for (let i = last; i >= limit && last - i <= 4; i--) {
    const word = words[i] as Word;
    if (!/^[\p{L}\p{N}]/u.test(word.text)) break;
    if (DETERMINERS.has(word.text.toLowerCase()) || isPossessive(word))
      return simpleMention("description", words, i, last);
    if (TITLE_STOPS.has(word.text)) break;
  }
  return /s$/.test(head.text) ? simpleMention("description", words, last, last) : null;
}

/** The mention that ends at words[last] (reading leftwards, not past words[limit]). */
export function mentionEndingAt(words: Word[], last: number, limit: number): Mention | null {
  const word = words[last];
  if (!word || last < limit) return null;
  if (isPronoun(word)) return simpleMention(pronounKind(word), words, last, last);
  if (continuesName(words, last) && !isPossessive(word)) {
    const first = nameRunStart(words, last, limit);
    const of = words[first - 1]?.text === "of" ? first - 1 : words[first - 2]?.text === "of" ? first - 2 : -1;
    if (of > limit && continuesName(words, of - 1)) {
      // "Gov. Jane Doe of Nevada" is Jane Doe; "the Central Bank of Freedonia" is all one name; in
      // "Secretary of State Jane Doe" the words before "of" are a title.
      const owner = nameRunStart(words, of - 1, limit);
      if (isOrganisationHead(words[of - 1] as Word)) return nameMention(words, owner, last, limit);
      if (!words.slice(owner, of).every(isTitleWord)) return nameMention(words, owner, of - 1, limit);
      return nameMention(words, owner, last, limit);
    }
    // A title's modifier alone names nobody ("Former" in "Former state senator Ann Cole: …").
    if (first === last && TITLE_MODIFIERS.has(word.text.toLowerCase())) return null;
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

/** One to three lower-case words ending with a role ("campaign manager", "press secretary"), then a
 *  name: "Sanders campaign manager Jeff Weaver" is Jeff Weaver, "Ryan endorsed Trump" is not. */
function leadsToName(words: Word[], from: number, limit: number): boolean {
  let i = from;
  while (i < limit && i - from < 3) {
    const word = words[i] as Word;
    if (!/^\p{Ll}[\p{L}-]*$/u.test(word.text) || TITLE_STOPS.has(word.text) || PHRASE_STOPS.has(word.text)) break;
    if (ROLE_WORDS.has(word.text)) {
      i++;
      continue;
    }
    // Verbs end it: "-ly", "-ed", "-s" ("Roe tells Breitbart News" is not a role before a name).
    if (/(?:ly|ed|s)$/.test(word.text) || PREPOSITIONS.has(word.text) || NOT_NAMES.has(word.text)) break;
    i++;
  }
  const lastRole = i > from && (isTitleWord(words[i - 1] as Word) || ROLE_WORDS.has((words[i - 1] as Word).text));
  // A rank's ordinal before its title: "Air Force 1st Lt. Tyler Reed".
  if (i < limit && ORDINAL.test((words[i] as Word).text) && isTitleWord(words[i + 1] ?? (words[i] as Word))) i++;
  while (i < limit && isTitleWord(words[i] as Word) && isNameWord(words[i])) i++;
  const roleBeforeName = lastRole || (i > from && isTitleWord(words[i - 1] as Word));
  if (i >= limit || !isNameWord(words[i]) || isTitleWord(words[i] as Word)) return false;
  // Any role ("political scientist", "co-host") leads on to a full name of two words or more.
  return roleBeforeName || (i > from && continuesName(words, i + 1));
}

const ORDINAL = /^\d+(?:st|nd|rd|th)$/;

// Role nouns that lead on to a name besides titles ("campaign manager Jeff Weaver", "ally James Roe").
const ROLE_WORDS = new Set(
  (
    "manager ally co-founder cofounder executive head member official staffer operative consultant surrogate " +
    "organizer organiser activist supporter friend colleague partner owner counsel aide adviser advisor " +
    "secretary press researcher professor teacher student voter resident worker volunteer star actor actress " +
    "singer comedian rapper player veteran historian economist analyst strategist pollster lawyer attorney " +
    "chairman chairwoman chair president director writer reporter columnist commentator contributor editor " +
    "publisher host anchor producer"
  ).split(" "),
);

/** The mention that starts at or shortly after words[first] ("Ukrainian presidential adviser Vladyslav Vlasiuk",
 *  "MSNBC host Chris Matthews"): the last name in the phrase, with what comes before it as its title. */
export function mentionStartingAt(words: Word[], first: number, limit: number): Mention | null {
  const word = words[first];
  if (!word || first >= limit) return null;
  if (isPronoun(word)) return simpleMention(pronounKind(word), words, first, first);
  let nameFirst = -1;
  let nameLast = -1;
  let i = first;
  for (; i < limit && i - first < 10; i++) {
    const current = words[i] as Word;
    const leadingDeterminer = i === first && DETERMINERS.has(current.text.toLowerCase());
    if (!/^[\p{L}\p{N}/]/u.test(current.text)) break;
    // "Secretary of State Jane Doe": "of" inside a title.
    const ofInTitle =
      current.text === "of" &&
      isTitleWord(words[i - 1] ?? current) &&
      (isNameWord(words[i + 1]) || isTitleWord(words[i + 1] ?? current));
    if (!leadingDeterminer && !ofInTitle && (TITLE_STOPS.has(current.text) || PHRASE_STOPS.has(current.text))) break;
    if (isNameWord(current) && !isTitleWord(current)) {
      let last = i;
      for (;;) {
        if (last + 1 < limit && continuesName(words, last + 1) && !isPossessive(words[last] as Word)) last++;
        // "the Central Bank of Freedonia": an organisation's name goes on after "of".
        else if (
          last + 2 < limit &&
          words[last + 1]?.text === "of" &&
          isOrganisationHead(words[last] as Word) &&
          isNameWord(words[last + 2])
        )
          last += 2;
        else break;
      }
      nameFirst = i;
      nameLast = last;
      i = last;
      if (isPossessive(words[last] as Word)) continue;
      // A few lower-case words lead on to the real name ("MSNBC host Chris Matthews", "Sanders campaign
      // manager Jeff Weaver"); anything else ends the phrase.
      if (!leadsToName(words, last + 1, limit)) break;
    }
  }
  if (nameFirst >= 0) return nameMention(words, nameFirst, nameLast, first);
  return i > first ? descriptionEndingAt(words, i - 1, first) : null;
}

/** A description that stands for a group or nobody in particular ("critics", "they", "some residents"),
 *  as against one person ("the senator", "a spokesman"). */
export function isGroupMention(text: string, mention: Mention): boolean {
  if (mention.kind !== "description") return false;
  const last = /[\p{L}'’]+$/u.exec(text.slice(mention.start, mention.end))?.[0].toLowerCase() ?? "";
  return (
    /^(?:they|we|you|it)$/.test(last) || GROUP_WORDS.has(last) || (/[^s]s$/.test(last) && !/(?:ss|us|is)$/.test(last))
  );
}

// Titles that tell a person's gender, for resolving "he" and "she".
const MASCULINE_TITLES = new Set("mr sir king prince father lord brother duke baron congressman councilman".split(" "));
const FEMININE_TITLES = new Set(
  "mrs ms miss madam queen princess lady dame sister duchess baroness congresswoman councilwoman chairwoman spokeswoman widow".split(
    " ",
  ),
);

/** "m" or "f" when a title says which ("Mrs. Doe", "Congresswoman Roe"), otherwise null. */
export function genderOfTitle(title: string): "m" | "f" | null {
  for (const word of title.toLowerCase().split(/[\s.]+/)) {
    if (MASCULINE_TITLES.has(word)) return "m";
    if (FEMININE_TITLES.has(word)) return "f";
  }
  return null;
}
