// Reading around a cue: where the speech verb is, and the mention that is its subject, skipping what news
// writing puts between them (adverbs, "on Tuesday", "(D-Ore.)", ", a spokeswoman for the campaign,").

import { isQuoteMarker, wordAt } from "./article-words";
import { isNameWord, isPossessive, type Mention, mentionEndingAt, mentionStartingAt } from "./names";
import { isSpeechParticle, isSpeechVerb } from "./speech-cues";
import type { Word } from "./words";

// Words allowed between a speaker and the speech verb ("Smith has also said", "he later told").
const AUXILIARIES = new Set(
  (
    "also has had have was were is are will would could should may might did does do later then once again " +
    "previously recently earlier never even just further first still not often quickly immediately simply " +
    "repeatedly publicly privately reportedly allegedly flatly bluntly angrily"
  ).split(" "),
);
// Prepositions that open a time or setting phrase between a subject and its verb ("Doe on Tuesday said").
const SETTING_OPENERS = new Set(["on", "at", "in", "during", "last", "this", "earlier", "late", "early", "that"]);
const SETTING_WORDS = new Set(
  (
    "monday tuesday wednesday thursday friday saturday sunday morning afternoon evening night day week " +
    "weekend month year time statement interview speech rally event conference hearing debate meeting " +
    "release briefing appearance address post video email letter call tweet remarks program show"
  ).split(" "),
);
const MONTHS = /^(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)/i;
// Words that end a subject read forward: a preposition or conjunction after a name is not a verb.
const NOT_VERBS = new Set(
  (
    "of and or in on at for to with from by as than into about after before during over under against " +
    "between through without within who whom whose which that the a an his her their its this these those " +
    "is was"
  ).split(" "),
);

// Speech verbs a title-case headline capitalises before a quote ("Mary Jones Says “…”").
const HEADLINE_VERBS =
  /^(?:Says?|Said|Tells?|Told|Asks?|Asked|Writes?|Wrote|Adds?|Added|Warns?|Warned|Claims?|Claimed|Calls?|Called|Slams?|Slammed|Blasts?|Blasted|Admits?|Admitted|Insists?|Insisted|Tweets?|Tweeted|Declares?|Declared)$/;

export const isStop = (word: Word | undefined) => word === undefined || /^[.!?;\n]$/.test(word.text);
export const isLower = (word: Word | undefined) => word !== undefined && /^\p{Ll}/u.test(word.text);
export const isAdverb = (word: Word) =>
  (/^\p{Ll}+ly$/u.test(word.text) && word.text !== "only") || AUXILIARIES.has(word.text);
export const isParticiple = (word: Word) => /^\p{Ll}+ing$/u.test(word.text);
const isDash = (word: Word | undefined) => word !== undefined && /^[―—–-]$/.test(word.text);

/** A finite speech verb at words[i]: lower case, or capitalised in a headline before the quote
 *  ("Mary Jones Said “…”"). Participles ("saying") are left to the clause's subject. */
export function isCueVerb(words: Word[], i: number): boolean {
  const word = words[i];
  if (!word || !isSpeechVerb(word.text) || isParticiple(word)) return false;
  if (isLower(word)) return true;
  const next = words[i + 1];
  return (
    HEADLINE_VERBS.test(word.text) &&
    isNameWord(words[i - 1]) &&
    (isQuoteMarker(next) || /^(?:[,:]|that)$/.test(next?.text ?? ""))
  );
}

/** A phrasal speech verb ending at words[i] ("shot back", "chimed in"): the index of its verb, or -1. */
export function phrasalVerbEndingAt(words: Word[], i: number): number {
  const verb = words[i - 1];
  return verb && isLower(verb) && isSpeechParticle(verb.text, words[i]?.text) ? i - 1 : -1;
}

/** The index where a speech verb starts at words[i], counting phrasal verbs by their particle. */
export function cueVerbAt(words: Word[], i: number): number {
  if (isCueVerb(words, i)) return i;
  return phrasalVerbEndingAt(words, i + 1) === i ? i : -1;
}

/** Steps left from words[j] over a time or setting phrase ("on Tuesday", "in a statement"), or stays. */
function beforeSetting(words: Word[], j: number, limit: number): number {
  const word = words[j];
  if (!word) return j;
  const lower = word.text.toLowerCase();
  if (!SETTING_WORDS.has(lower) && !MONTHS.test(lower) && !/^\d/.test(lower)) return j;
  for (let k = j - 1; k >= limit && j - k <= 4; k--) {
    const text = (words[k] as Word).text.toLowerCase();
    if (SETTING_OPENERS.has(text)) return k - 1;
    if (!/^[\p{L}\p{N}.]/u.test(text)) break;
  }
  return j;
}

/** The index before a parenthesis ending at words[j] ("Jane Doe (D-Ore.)"), or j when there is none. */
function beforeParenthesis(words: Word[], j: number, limit: number): number {
  if (words[j]?.text !== ")") return j;
  for (let k = j - 1; k >= limit && j - k <= 10; k--) {
    if (words[k]?.text === "(") return k - 1;
  }
  return -1;
}

/** A name or he, she, I: a mention that stands for one person (or organisation). */
export const isPersonMention = (mention: Mention | null): mention is Mention =>
  mention !== null && (mention.kind === "name" || mention.kind === "pronoun");

const PREPOSITION_BEFORE = /^(?:of|from|in|at|to|for|with|by|on|near)$/i;

/** A name after a preposition ("from Sumter") or right after "a"/"an" ("a Twitter comment") is not a
 *  clause's subject. */
function isObjectPosition(words: Word[], mention: Mention, limit: number): boolean {
  const before = words[wordAt(words, mention.titleStart ?? mention.start, limit) - 1];
  if (before !== undefined && PREPOSITION_BEFORE.test(before.text)) return true;
  const article = words[wordAt(words, mention.start, limit) - 1];
  return article !== undefined && /^(?:a|an)$/i.test(article.text);
}

/** A place after a comma that goes on from an earlier one ("of Columbia, South Carolina"). */
function continuesPlace(words: Word[], mention: Mention, limit: number): boolean {
  if (mention.titleStart !== null) return false;
  const i = wordAt(words, mention.start, limit);
  if (words[i - 1]?.text !== ",") return false;
  let run = i - 2;
  if (!isNameWord(words[run])) return false;
  while (run > limit && isNameWord(words[run - 1])) run--;
  const preposition = words[run - 1]?.text;
  return preposition === "of" || preposition === "from";
}

/** The person (or organisation) named right before words[end + 1], reading over a parenthesis and past a
 *  place that goes on from an earlier one ("Stacy Roe of Columbia, South Carolina"). */
function personEndingAt(words: Word[], end: number, limit: number): Mention | null {
  const mention = mentionEndingAt(words, beforeParenthesis(words, end, limit), limit);
  if (!isPersonMention(mention)) return null;
  if (mention.kind === "name" && continuesPlace(words, mention, limit)) {
    const owner = mentionEndingAt(words, wordAt(words, mention.titleStart ?? mention.start, limit) - 2, limit);
    return isPersonMention(owner) ? owner : null;
  }
  return mention.kind === "name" && isObjectPosition(words, mention, limit) ? null : mention;
}

/** Nothing but a comma, a dash, a line break or a connective comes before the mention in its clause. */
export function opensSegment(words: Word[], mention: Mention, limit: number): boolean {
  const first = wordAt(words, mention.titleStart ?? mention.start, limit);
  const opener = words[first - 1];
  if (!opener || first <= limit || isStop(opener) || isQuoteMarker(opener) || /^[,:—–-]$/.test(opener.text))
    return true;
  return /^(?:but|so|then|meanwhile|however|also|that|which|who|whom|when|while|as|if|because|since|although|though)$/i.test(
    opener.text,
  );
}

/** The subject of a verb after a comma: `Gov. Jane Doe (R-Ohio), said`, or the person an apposition
 *  describes (`Jane Doe, a spokeswoman for the campaign, said`, `Sen. Paul Hart, Republican of Ohio, said`).
 *  A full name or a pronoun right before the comma is the subject; a lone capitalised word there ("Ohio")
 *  ends an apposition. */
function mentionBeforeComma(words: Word[], comma: number, limit: number): Mention | null {
  const separator = (words[comma] as Word).text;
  const nearest = personEndingAt(words, comma - 1, limit);
  if (
    nearest &&
    opensSegment(words, nearest, limit) &&
    (nearest.kind === "pronoun" || nameLength(words, nearest, limit) > 1)
  )
    return nearest;
  for (let k = comma - 1; k >= limit && comma - k <= 25; k--) {
    const word = words[k] as Word;
    if (isStop(word)) return null;
    if (word.text !== separator) continue;
    const mention = personEndingAt(words, k - 1, limit);
    // The person an apposition describes opens its clause ("Jane Doe, director of the Roe Fund, said").
    // "…, director of the Roe Fund, said": a name after "the" is inside the apposition, not its subject.
    if (mention && !/^the$/.test(words[wordAt(words, mention.titleStart ?? mention.start, limit) - 1]?.text ?? ""))
      return mention;
  }
  return null;
}

/** How many words the name of a mention has, its title left out. */
function nameLength(words: Word[], mention: Mention, limit: number): number {
  return wordAt(words, mention.end, limit) - wordAt(words, mention.start, limit);
}

/** The speaker mention just before the speech verb at words[verb], and nothing when ", saying" hangs off
 *  a subject further back. */
export function subjectBefore(words: Word[], verb: number, limit: number): Mention | null {
  let j = verb - 1;
  for (let pass = 0; pass < 2; pass++) {
    while (j >= limit && isAdverb(words[j] as Word)) j--;
    j = beforeSetting(words, j, limit);
  }
  j = beforeParenthesis(words, j, limit);
  if (words[j]?.text === "who") j--;
  if (j < limit) return null;
  if (/^[,—–]$/.test(words[j]?.text ?? "")) return mentionBeforeComma(words, j, limit);
  const mention = mentionEndingAt(words, j, limit);
  if (mention?.kind !== "name") return mention;
  return personEndingAt(words, j, limit);
}

/** The subject read forward from words[first] up to its verb (`Jane Doe, a spokeswoman, said`):
 *  the mention and the index of the verb, or null when no verb follows the mention. */
export function subjectAndVerbFrom(
  words: Word[],
  first: number,
  end: number,
  isVerb: (words: Word[], i: number) => boolean,
): { mention: Mention; verb: number } | null {
  const mention = mentionStartingAt(words, first, end);
  if (!mention) return null;
  let j = first;
  while (j < end && (words[j] as Word).start < mention.end) j++;
  if ((mention.titleStart ?? mention.start) > (words[first] as Word).start + 40) return null;
  for (let steps = 0; j < end && steps < 40; steps++) {
    const word = words[j] as Word;
    if (word.text === "(") {
      while (j < end && words[j]?.text !== ")") j++;
      j++;
    } else if (word.text === "," || isDash(word)) {
      // An apposition: everything up to the next comma (or dash), then the verb; a writer who forgot the
      // closing comma ("Jane Doe, chair of the board said") still ends it with the verb.
      const separator = word.text === "," ? "," : /^[—–]$/.test(word.text) ? word.text : "-";
      const from = ++j;
      // "Jane Doe, 30, of Raleigh, said": the verb right after the comma that closes an apposition.
      if (j - 1 > first && isCueVerb(words, from) && isVerb(words, from)) return { mention, verb: from };
      if (startsClause(words, from, end)) return null;
      while (j < end && words[j]?.text !== separator && !isStop(words[j]) && !(j - from > 1 && isCueVerb(words, j)))
        j++;
      if (j - from > 1 && j < end && isCueVerb(words, j) && isVerb(words, j)) return { mention, verb: j };
      if (words[j]?.text !== separator) return null;
      j++;
      // "…, of Raleigh, N.C., who …": a place that goes on from the one the apposition ended with.
      if (separator === "," && isNameWord(words[j - 2])) {
        let k = j;
        while (k < end && k - j < 3 && isNameWord(words[k])) k++;
        if (k > j && words[k]?.text === ",") j = k + 1;
      }
    } else if (word.text === "who" && words[j - 1]?.text === ",") {
      // "Jane Doe, of Raleigh, N.C., who was polled, said": a relative clause up to its closing comma.
      while (j < end && words[j]?.text !== "," && !isStop(words[j])) j++;
      if (words[j]?.text !== ",") return null;
      j++;
    } else if (isAdverb(word) || word.text === "who") {
      j++;
    } else if (word.text === "of" && isNameWord(words[j + 1])) {
      // "Gov. Jane Doe of Nevada praised …"
      j++;
      while (j < end && isNameWord(words[j])) j++;
    } else {
      const setting = SETTING_OPENERS.has(word.text) ? settingEnd(words, j, end) : -1;
      if (setting > j) {
        j = setting;
        continue;
      }
      return isVerb(words, j) ? { mention, verb: j } : null;
    }
  }
  return null;
}

/** A name and its verb at words[from]: a new clause ("…, New Hampshire, Trump went after Bush"), not an
 *  apposition. */
function startsClause(words: Word[], from: number, end: number): boolean {
  if (!isNameWord(words[from])) return false;
  let i = from + 1;
  while (i < end && isNameWord(words[i])) i++;
  return !isPossessive(words[i - 1] as Word) && isVerbLike(words, i);
}

/** The index after a time or setting phrase starting at words[j] ("on Tuesday", "at a rally"), or -1. */
function settingEnd(words: Word[], j: number, end: number): number {
  for (let k = j + 1; k < end && k - j <= 4; k++) {
    const lower = (words[k] as Word).text.toLowerCase();
    if (SETTING_WORDS.has(lower) || MONTHS.test(lower) || /^\d/.test(lower)) {
      while (k + 1 < end && /^\d/.test((words[k + 1] as Word).text)) k++;
      return k + 1;
    }
    if (!/^[\p{L}\p{N}]/u.test(lower)) return -1;
  }
  return -1;
}

/** A lower-case word that can be the verb after a subject ("Doe praised", "Doe on Tuesday called"). */
export function isVerbLike(words: Word[], i: number): boolean {
  const word = words[i];
  return word !== undefined && isLower(word) && !NOT_VERBS.has(word.text) && !isAdverb(word);
}
