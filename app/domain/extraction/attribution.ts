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
// How far from a quote an attribution is looked for, in characters.
const REACH = 400;
// How many words an apposition ("a spokeswoman for the campaign") may have.
const APPOSITION_WORDS = 25;

const isAdverb = (word: Word) => /^\p{Ll}+ly$/u.test(word.text) || BETWEEN_SPEAKER_AND_VERB.has(word.text);
const isFiniteSpeechVerb = (word: Word) => isSpeechVerb(word.text) && /^\p{Ll}/u.test(word.text);
const isParticiple = (word: Word) => word.text.endsWith("ing");
const isPersonMention = (mention: Mention | null) => mention?.kind === "name" || mention?.kind === "pronoun";
const startsApposition = (word: Word | undefined) =>
  word !== undefined && (/^[\p{Ll}\p{N}]/u.test(word.text) || /^(?:The|A|An)$/.test(word.text));

function cueOf(mention: Mention | null, cue: Word | null): Attribution | null {
  return mention ? { mention, cueStart: cue?.start ?? null, cueEnd: cue?.end ?? null } : null;
}

/** Reads leftwards over appositions ("Jane Doe, a spokeswoman for the campaign,") to the person they describe. */
function mentionBeforeAppositions(words: Word[], comma: number, limit: number): Mention | null {
  let found: Mention | null = null;
  let end = comma;
  for (let k = end - 1; k >= limit && comma - k <= APPOSITION_WORDS; k--) {
    if (words[k]?.text !== ",") continue;
    if (!startsApposition(words[k + 1])) break;
    const mention = mentionEndingAt(words, k - 1, limit);
    if (!isPersonMention(mention)) break;
    found = mention;
    end = k;
  }
  return found;
}

/** The speaker mention just before the speech verb at words[verb]. */
function mentionBeforeVerb(words: Word[], verb: number, limit: number): Mention | null {
  let j = verb - 1;
  while (j >= limit && isAdverb(words[j] as Word)) j--;
  if (words[j]?.text === ")") {
    const open = words.findLastIndex((word, k) => k < j && k >= limit && word.text === "(");
    if (open < 0 || j - open > 10) return null;
    j = open - 1;
  }
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
    } else if (isFiniteSpeechVerb(word)) {
      found = cueOf(mentionBeforeVerb(words, i, 0), word);
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
    if (start > 0 && words[start - 1]?.text !== ",") continue;
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

/** The words of text[from, to) that are not inside one of the quotes. */
function wordsOutsideQuotes(text: string, from: number, to: number, quotes: QuoteSpan[], before: number): Word[] {
  const words = wordsIn(text, from, to);
  const inside: [number, number][] = [];
  for (let i = before - 1; i >= 0; i--) {
    const quote = quotes[i] as QuoteSpan;
    const close = quote.closeMark ?? quote.paragraphEnd;
    if (close < from) break;
    inside.push([quote.openMark, close]);
  }
  if (inside.length === 0) return words;
  return words.filter((word) => !inside.some(([open, close]) => word.start >= open && word.start <= close));
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
  const found = clauseSubject(before) ?? after ?? byVerb.description;
  if (found) return found;

  if (before.length === 0 || before.every((word) => !/^[\p{L}\p{N}]/u.test(word.text))) return null;
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
  return introducedBefore(text, quotes, index, sentences) ?? found[index - 1] ?? null;
}

/** `Jane Doe said:` or a sentence naming the speaker, closing the paragraph before a quote. */
function introducedBefore(text: string, quotes: QuoteSpan[], index: number, sentences: Sentence[]) {
  const quote = quotes[index] as QuoteSpan;
  let end = quote.paragraphStart - 1;
  while (end > 0 && /\s/.test(text[end - 1] as string)) end--;
  if (end <= 0) return null;
  const colon = text[end - 1] === ":";
  const sentence = sentences[sentenceIndexAt(sentences, end - 1)] as Sentence;
  const words = wordsOutsideQuotes(text, Math.max(sentence.start, end - REACH), end, quotes, index);
  const byVerb = attributionByVerb(words);
  if (colon) return byVerb.person ?? clauseSubject(words) ?? byVerb.description;
  return null;
}

/** Who a sentence reports as saying something ("Zelenskyy revealed that 4,000 …", "…, police said"); null for
 *  the article's own statements. Only speech cues count here: a sentence's subject is not its source. */
export function attributeStatement(text: string, sentence: Sentence, quotes: QuoteSpan[]): Attribution | null {
  let after = quotes.findIndex((quote) => quote.openMark >= sentence.end);
  if (after < 0) after = quotes.length;
  const byVerb = attributionByVerb(wordsOutsideQuotes(text, sentence.start, sentence.end, quotes, after));
  return byVerb.person ?? byVerb.description;
}
