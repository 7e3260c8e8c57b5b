// Who said each quote: finds the attribution cue (a speech verb, "according to", a colon, a dash or
// a transcript label) and the mention of the speaker it connects to the quote. Turning that mention
// into a name is speakers.ts's job.
//
// Evidence is tried from the most to the least direct: a speech verb with its subject in the quote's
// own sentence, a cue right after the quote, the subject of the sentence, then the paragraph, then
// the quote it continues.

import { isNameWord, isPronoun, type Mention, mentionEndingAt, mentionStartingAt } from "./names";
import type { QuoteSpan } from "./quotes";
import { type Sentence, sentenceIndexAt } from "./sentences";
import { isSpeechVerb } from "./speech-cues";
import { type Word, wordsIn } from "./words";

export interface Attribution {
  mention: Mention;
  cueStart: number | null;
  cueEnd: number | null;
}

// Words allowed between a speaker and the speech verb ("Smith has also said", "he later told").
const BETWEEN_SPEAKER_AND_VERB = new Set(
  (
    "also has had have was were is are will would could should may might did does do later then once again " +
    "previously recently earlier never even just further first still not often"
  ).split(" "),
);
// Words that may open a clause before its subject ("But Smith said", "Meanwhile, the mayor …").
const CONNECTIVES = new Set(["but", "and", "so", "yet", "meanwhile", "however", "still", "also", "then", "now"]);
const PREPOSITIONS = /^(?:of|and|or|in|on|at|for|to|with|from|by|as|than|into|about)$/;
// Nouns that carry what someone said when a possessive names them ("Trump’s claim that …").
const CLAIM_NOUNS = new Set(
  "claim claims statement statements remark remarks comment comments assertion words promise pledge argument warning tweet".split(
    " ",
  ),
);
// Stands for a quote inside the words around another quote.
const QUOTE_MARKER = "“…”";
// How far from a quote an attribution is looked for, in characters.
const REACH = 400;
// How many words an apposition ("a spokeswoman for the campaign") may have.
const APPOSITION_WORDS = 25;

const isAdverb = (word: Word) => /^\p{Ll}+ly$/u.test(word.text) || BETWEEN_SPEAKER_AND_VERB.has(word.text);
const isFiniteSpeechVerb = (word: Word) => isSpeechVerb(word.text) && /^\p{Ll}/u.test(word.text);
const isParticiple = (word: Word) => word.text.endsWith("ing");
const isPersonMention = (mention: Mention | null) => mention?.kind === "name" || mention?.kind === "pronoun";
// An apposition opens with a lower-case word, a number (an age), an article, or a party and state ("R-Ky.").
const startsApposition = (word: Word | undefined) =>
  word !== undefined && (/^[\p{Ll}\p{N}]/u.test(word.text) || /^(?:The|A|An|\p{Lu}-\p{Lu}.*)$/u.test(word.text));

function cueOf(mention: Mention | null, cue: Word | null): Attribution | null {
  return mention ? { mention, cueStart: cue?.start ?? null, cueEnd: cue?.end ?? null } : null;
}

/** The index before a parenthesis ending at words[j] ("Jane Doe (D-Ore.)"), or j when there is none. */
function beforeParenthesis(words: Word[], j: number, limit: number): number {
  if (words[j]?.text !== ")") return j;
  for (let k = j - 1; k >= limit && j - k <= 10; k--) {
    if (words[k]?.text === "(") return k - 1;
  }
  return -1;
}

/** Reads leftwards over appositions ("Jane Doe, a spokeswoman for the campaign,") to the person they describe. */
function mentionBeforeAppositions(words: Word[], comma: number, limit: number): Mention | null {
  let found: Mention | null = null;
  for (let k = comma - 1; k >= limit && comma - k <= APPOSITION_WORDS; k--) {
    if (words[k]?.text !== ",") continue;
    if (!startsApposition(words[k + 1])) break;
    const mention = mentionEndingAt(words, beforeParenthesis(words, k - 1, limit), limit);
    if (!isPersonMention(mention)) break;
    found = mention;
  }
  return found;
}

/** "of Republican claims": a verb-like plural noun after a preposition and a capitalised word. */
function isPluralNounAfterPreposition(words: Word[], verb: number, mention: Mention): boolean {
  if (!(words[verb] as Word).text.endsWith("s")) return false;
  const start = mention.titleStart ?? mention.start;
  const index = words.findIndex((word) => word.start === start);
  return index > 0 && /^(?:of|in|on|at|for|to|with|from|by|about)$/.test((words[index - 1] as Word).text);
}

/** "Jane Doe’s claim that …" right before a quote: the owner of a claim, statement or remark. */
function possessorOfClaim(words: Word[], noun: number): Attribution | null {
  const owner = words[noun - 1];
  if (!owner || !CLAIM_NOUNS.has((words[noun] as Word).text) || !/['’]s$/.test(owner.text)) return null;
  const next = words[noun + 1];
  if (next && next.text !== "that" && next.text !== ":" && next.text !== ",") return null;
  const bareOwner: Word = { text: owner.text.slice(0, -2), start: owner.start, end: owner.end - 2 };
  const mention = mentionEndingAt([...words.slice(0, noun - 1), bareOwner], noun - 1, 0);
  return mention?.kind === "name" ? cueOf(mention, words[noun] as Word) : null;
}

/** The speaker mention just before the speech verb at words[verb]. */
function mentionBeforeVerb(words: Word[], verb: number, limit: number): Mention | null {
  let j = verb - 1;
  while (j >= limit && isAdverb(words[j] as Word)) j--;
  j = beforeParenthesis(words, j, limit);
  if (words[j]?.text === "who") j--;
  if (words[j]?.text === ",") {
    // ", saying …" hangs off the clause's subject, not off the words before the comma.
    return isParticiple(words[verb] as Word) ? null : mentionBeforeAppositions(words, j, limit);
  }
  return mentionEndingAt(words, j, limit);
}

/** A speech verb with its subject: the last one before the quote, preferring a person to a description. */
function attributionByVerb(words: Word[]): { person: Attribution | null; description: Attribution | null } {
  let description: Attribution | null = null;
  for (let i = words.length - 1; i >= 0; i--) {
    const word = words[i] as Word;
    let found: Attribution | null = null;
    if (word.text.toLowerCase() === "according" && words[i + 1]?.text === "to") {
      const mention = mentionStartingAt(words, i + 2, words.length);
      found = mention && { mention, cueStart: word.start, cueEnd: (words[i + 1] as Word).end };
    } else {
      found = possessorOfClaim(words, i);
      if (!found && isFiniteSpeechVerb(word)) {
        found = cueOf(mentionBeforeVerb(words, i, 0), word);
        if (found?.mention.kind === "name" && isPluralNounAfterPreposition(words, i, found.mention)) found = null;
      }
    }
    if (found && isPersonMention(found.mention)) return { person: found, description };
    description ??= found;
  }
  const last = words[words.length - 1];
  if (last?.text === ":") {
    const found = cueOf(mentionEndingAt(words, words.length - 2, 0), last);
    if (found && isPersonMention(found.mention)) return { person: found, description };
  }
  return { person: null, description };
}

/** The subject opening a clause ("In January, Gov. Jane Doe of Utah praised …"): a person, not a description. */
function clauseSubject(words: Word[]): Attribution | null {
  for (let start = 0; start < words.length; start++) {
    if (start > 0 && words[start - 1]?.text !== "," && words[start - 1]?.text !== QUOTE_MARKER) continue;
    let i = start;
    while (words[i] && CONNECTIVES.has((words[i] as Word).text.toLowerCase())) i++;
    const first = words[i];
    if (!first) return null;
    const mention = isPronoun(first) ? mentionStartingAt(words, i, i + 1) : mentionStartingAt(words, i, words.length);
    if (!isPersonMention(mention) || !mention) continue;
    let next = words.findIndex((word) => word.start >= mention.end);
    if (words[next]?.text === "of" && isNameWord(words[next + 1])) {
      next += 2;
      while (isNameWord(words[next])) next++;
    }
    const after = words[next];
    const verbLike = after && /^\p{Ll}/u.test(after.text) && !PREPOSITIONS.test(after.text);
    if (verbLike || after?.text === "," || after?.text === "(") return cueOf(mention, null);
  }
  return null;
}

/** Attribution after the closing mark: `,” said Jane Doe`, `,” she said`, `” ― Jane Doe`. */
function attributionAfter(words: Word[]): Attribution | null {
  let first = 0;
  while (words[first]?.text === ",") first++;
  const lead = words[first];
  if (!lead) return null;
  if (/^[―—–-]$/.test(lead.text)) {
    const mention = mentionStartingAt(words, first + 1, words.length);
    return mention?.kind === "name" ? cueOf(mention, lead) : null;
  }
  if (isSpeechVerb(lead.text)) return cueOf(mentionStartingAt(words, first + 1, words.length), lead);
  const subjectStart = /^(?:the|a|an)$/i.test(lead.text) ? (words[first + 1]?.start ?? lead.start) : lead.start;
  let parentheses = 0;
  for (let verb = first + 1; verb < words.length && verb - first <= 20; verb++) {
    const word = words[verb] as Word;
    if (word.text === "(") parentheses++;
    if (word.text === ")") parentheses--;
    if (parentheses > 0) continue;
    if (/^[.!?;“”"]$/.test(word.text)) return null;
    if (!isFiniteSpeechVerb(word)) continue;
    const mention = mentionBeforeVerb(words, verb, first);
    const mentionStart = mention ? (mention.titleStart ?? mention.start) : -1;
    return mentionStart === lead.start || mentionStart === subjectStart ? cueOf(mention, word) : null;
  }
  return null;
}

/** A cue closing the quote's sentence after a comma: "A cashier who “…” is held to account, Doe said." */
function attributionEndingSentence(text: string, quotes: QuoteSpan[], index: number, sentences: Sentence[]) {
  const quote = quotes[index] as QuoteSpan;
  if (quote.closeMark === null) return null;
  const sentence = sentences[sentenceIndexAt(sentences, quote.closeMark)] as Sentence;
  const to = Math.min(sentence.end, quote.closeMark + REACH);
  const words = wordsOutsideQuotes(text, quote.closeMark + 1, to, quotes, firstQuoteFrom(quotes, to));
  const comma = words.findLastIndex((word) => word.text === ",");
  if (comma < 0) return null;
  const clause = words.slice(comma + 1);
  if (clause[0]?.text.toLowerCase() === "according" && clause[1]?.text === "to") {
    const mention = mentionStartingAt(clause, 2, clause.length);
    return mention && { mention, cueStart: clause[0].start, cueEnd: clause[1].end };
  }
  return attributionAfter(clause);
}

/** Index of the first quote opening at or after `offset` (quotes are sorted). */
function firstQuoteFrom(quotes: QuoteSpan[], offset: number): number {
  let low = 0;
  let high = quotes.length;
  while (low < high) {
    const mid = (low + high) >> 1;
    if ((quotes[mid] as QuoteSpan).openMark < offset) low = mid + 1;
    else high = mid;
  }
  return low;
}

/** The words of text[from, to) with each earlier quote replaced by one marker word, so that the
 *  quoted words are not read as attribution and the words either side of a quote do not run together. */
function wordsOutsideQuotes(text: string, from: number, to: number, quotes: QuoteSpan[], before: number): Word[] {
  const inside: QuoteSpan[] = [];
  for (let i = before - 1; i >= 0; i--) {
    const quote = quotes[i] as QuoteSpan;
    if ((quote.closeMark ?? quote.paragraphEnd) < from) break;
    inside.unshift(quote);
  }
  const words: Word[] = [];
  let at = from;
  for (const quote of inside) {
    const close = quote.closeMark ?? quote.paragraphEnd;
    if (quote.openMark > at) words.push(...wordsIn(text, at, Math.min(quote.openMark, to)));
    words.push({ text: QUOTE_MARKER, start: Math.max(from, quote.openMark), end: Math.min(to, close + 1) });
    at = Math.max(at, close + 1);
  }
  if (at < to) words.push(...wordsIn(text, at, to));
  return words;
}

function attributeQuote(text: string, quotes: QuoteSpan[], index: number, sentences: Sentence[]) {
  const quote = quotes[index] as QuoteSpan;
  if (quote.label) {
    const mention: Mention = { kind: "name", ...quote.label, titleStart: null, titleEnd: null };
    return { mention, cueStart: quote.label.end, cueEnd: quote.label.end + 1 };
  }
  const sentence = sentences[sentenceIndexAt(sentences, quote.openMark)] as Sentence;
  const from = Math.max(sentence.start, quote.paragraphStart, quote.openMark - REACH);
  const before = wordsOutsideQuotes(text, from, quote.openMark, quotes, index);
  const byVerb = attributionByVerb(before);
  if (byVerb.person) return byVerb.person;

  const next = quotes[index + 1];
  const afterEnd = next && next.paragraphStart === quote.paragraphStart ? next.openMark : quote.paragraphEnd;
  const after =
    quote.closeMark === null
      ? null
      : attributionAfter(wordsIn(text, quote.closeMark + 1, Math.min(afterEnd, quote.closeMark + REACH)));
  // A quote inside a sentence belongs to the sentence's subject more often than to a cue after it.
  const embedded = before.filter((word) => /^[\p{L}\p{N}]/u.test(word.text)).length >= 3;
  if (after && !embedded) return after;
  const found =
    clauseSubject(before) ?? after ?? attributionEndingSentence(text, quotes, index, sentences) ?? byVerb.description;
  const previous = quotes[index - 1];
  if (found || previous?.paragraphStart === quote.paragraphStart) return found;

  const paragraph = wordsOutsideQuotes(
    text,
    Math.max(quote.paragraphStart, quote.openMark - REACH),
    from,
    quotes,
    index,
  );
  const inParagraph = attributionByVerb(paragraph);
  return inParagraph.person ?? clauseSubject(paragraph) ?? inParagraph.description;
}

export function attributeQuotes(text: string, quotes: QuoteSpan[], sentences: Sentence[]): (Attribution | null)[] {
  const found = quotes.map((_, index) => attributeQuote(text, quotes, index, sentences));
  for (let i = 0; i < quotes.length; i++) {
    if (!found[i]) found[i] = inherited(text, quotes, i, found, sentences);
  }
  return found;
}

/** For a quote with no cue of its own: the speaker of the paragraph or quote it continues. */
function inherited(
  text: string,
  quotes: QuoteSpan[],
  index: number,
  found: (Attribution | null)[],
  sentences: Sentence[],
): Attribution | null {
  const quote = quotes[index] as QuoteSpan;
  const previous = quotes[index - 1];
  const sameParagraph = previous?.paragraphStart === quote.paragraphStart;
  if (sameParagraph) return found[index - 1] ?? null;
  const next = quotes[index + 1];
  if (next?.paragraphStart === quote.paragraphStart && found[index + 1]) return found[index + 1] ?? null;
  if (text.slice(quote.paragraphStart, quote.openMark).trim() !== "") return null;
  if (previous?.closeMark === null && found[index - 1]) return found[index - 1] ?? null;
  return introducedByColon(text, quotes, index, sentences) ?? found[index - 1] ?? null;
}

/** `Jane Doe said:` closing the paragraph before a quote. */
function introducedByColon(text: string, quotes: QuoteSpan[], index: number, sentences: Sentence[]) {
  const quote = quotes[index] as QuoteSpan;
  let end = quote.paragraphStart - 1;
  while (end > 0 && /\s/.test(text[end - 1] as string)) end--;
  if (end <= 0 || text[end - 1] !== ":") return null;
  const sentence = sentences[sentenceIndexAt(sentences, end - 1)] as Sentence;
  const words = wordsOutsideQuotes(text, Math.max(sentence.start, end - REACH), end, quotes, index);
  const byVerb = attributionByVerb(words);
  return byVerb.person ?? clauseSubject(words) ?? byVerb.description;
}

/** Who a sentence reports as saying something ("Zelenskyy revealed that 4,000 …", "…, police said"); null for
 *  the article's own statements. Only speech cues count here: a sentence's subject is not its source. */
export function attributeStatement(text: string, sentence: Sentence, quotes: QuoteSpan[]): Attribution | null {
  const from = Math.max(sentence.start, sentence.end - 2 * REACH);
  const words = wordsOutsideQuotes(text, from, sentence.end, quotes, firstQuoteFrom(quotes, sentence.end));
  const byVerb = attributionByVerb(words);
  return byVerb.person ?? byVerb.description;
}
