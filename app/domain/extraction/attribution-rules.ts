// The attribution rules: each finds the mention a quote rests on, by one pattern of news writing, or
// nothing. attribution.ts runs them as a sieve, most precise first (Muzny et al., EACL 2017).

import { type ArticleWords, isLineBreak, isQuoteMarker, QUOTE_MARKER, wordAt } from "./article-words";
import { isGroupMention, isNameWord, isPronoun, type Mention, mentionEndingAt, mentionStartingAt } from "./names";
import type { QuoteSpan } from "./quotes";
import {
  cueVerbAt,
  isAdverb,
  isCueVerb,
  isLower,
  isParticiple,
  isPersonMention,
  isStop,
  isVerbLike,
  opensSegment,
  phrasalVerbEndingAt,
  subjectAndVerbFrom,
  subjectBefore,
} from "./reading";
import { isNounLike, isSpeechParticle, isSpeechVerb } from "./speech-cues";
import type { Word } from "./words";

export interface Span {
  start: number;
  end: number;
}

/** What a rule found: the mention of the speaker and the cue that ties it to the quote. */
export interface Found {
  mention: Mention;
  cue: Span | null;
}

/** One quote and where it sits among the article's words. Word ranges are [first, end). */
export interface QuoteContext {
  article: ArticleWords;
  quotes: QuoteSpan[];
  index: number;
  quote: QuoteSpan;
  marker: number;
  /** First word of the sentence the quote opens in (not before its paragraph). */
  sentenceFirst: number;
  /** End of the sentence the quote closes in. */
  sentenceEnd: number;
  paragraphFirst: number;
  paragraphEnd: number;
  /** Words of the sentences before the quote's in its paragraph, each as a range, nearest first. */
  earlierSentences: { first: number; end: number }[];
  /** The speech verb before the quote and its subject, once read (two rules ask). */
  cited?: Found | null;
}

// How many clauses of a sentence are read for a subject: the main clause comes first.
const MAX_CLAUSES = 8;
// How many words before a quote a cue is looked for.
const REACH = 70;
// Words that may open a clause before its subject ("But Smith said", "Meanwhile, the mayor …").
const CONNECTIVES = new Set(
  "but and so yet meanwhile however still also then now when as after while before because since if although though once until".split(
    " ",
  ),
);
// Nouns that carry what someone said when a possessive names them ("Trump’s claim that …").
const CLAIM_NOUNS = new Set(
  "claim claims statement statements remark remarks comment comments assertion words promise pledge argument warning tweet".split(
    " ",
  ),
);
const PREPOSITIONS = /^(?:of|in|on|at|for|to|with|from|by|about)$/;
const MODALS = new Set(["should", "could", "might", "must", "may", "can", "cannot", "would"]);

const found = (mention: Mention | null, cue: Word | Span | null): Found | null =>
  mention ? { mention, cue: cue ? { start: cue.start, end: cue.end } : null } : null;

/** Words after the quote up to the next quote of its paragraph or the paragraph's end. */
const afterEnd = (ctx: QuoteContext) => {
  const next = ctx.article.markers[ctx.index + 1];
  return Math.min(ctx.paragraphEnd, next ?? ctx.paragraphEnd, ctx.marker + 1 + REACH);
};

/** Words after the quote up to the paragraph's end: a cue right after a quote may have quoted words in
 *  its apposition (`“…,” Bill Roe, wearing “Vote Roe” pins, said`). */
const paragraphAfter = (ctx: QuoteContext) => Math.min(ctx.paragraphEnd, ctx.marker + 1 + REACH);

/** The quote's text ends a clause mid-sentence (`“…,”`, `“…” ,`, `“…—”`): what follows it is likely its cue. */
function endsMidSentence(ctx: QuoteContext): boolean {
  const { text } = ctx.article;
  const close = ctx.quote.closeMark;
  if (close === null) return false;
  return /[,—–-]$/.test(text.slice(ctx.quote.start, ctx.quote.end)) || text[close + 1] === ",";
}

/** Nothing but connectives comes before the quote in its sentence. */
function opensSentence(ctx: QuoteContext): boolean {
  const { words } = ctx.article;
  // A sentence opens with a few connectives or quotes at most, so the look back stays short.
  if (ctx.marker - ctx.sentenceFirst > 6) return false;
  for (let i = ctx.marker - 1; i >= ctx.sentenceFirst; i--) {
    if (!CONNECTIVES.has((words[i] as Word).text.toLowerCase()) && !isQuoteMarker(words[i])) return false;
  }
  return true;
}

/** Whether the words right after the quote can be its cue: after a clause-ending quote (`“…,” Doe said`)
 *  always; after a whole sentence in quotes (`“Is it over?” Doe asked.`) only when the cue ends there,
 *  since `“…” Doe said the talks had failed` starts a sentence of its own; never after a quote inside a
 *  sentence that ends with it (`Roe called it “a disgrace.” Doe said …`). */
function cueMayFollow(ctx: QuoteContext): "always" | "closing" | "never" {
  if (endsMidSentence(ctx)) return "always";
  if (!opensSentence(ctx)) return "never";
  const quoted = ctx.article.text.slice(ctx.quote.start, ctx.quote.end);
  return /[.?!…]['’"”]*$/.test(quoted) ? "closing" : "always";
}

// What may follow a cue that ends its clause: "Doe said on Tuesday", "Doe told reporters", "Doe said."
const AFTER_CLOSING_CUE =
  /^(?:in|at|on|to|of|about|during|after|before|while|when|as|via|from|outside|inside|with|without|later|earlier|recently|yesterday|today|tonight|reporters|monday|tuesday|wednesday|thursday|friday|saturday|sunday|last|this|then|again|once)$/i;

const TELLING = /^(?:told|tells|tell|asked|asks|ask|informed|assured|reminded|warned|urged)$/i;

function cueCloses(words: Word[], verb: number, end: number): boolean {
  let next = verb + 1;
  if (isSpeechParticle((words[verb] as Word).text, words[next]?.text)) next++;
  // `Doe told Breitbart News.`, `Doe asked the panel.`: the one spoken to.
  if (TELLING.test((words[verb] as Word).text)) {
    const listener = mentionStartingAt(words, next, end);
    if (listener && listener.start - (words[next] as Word).start < 40) next = wordAt(words, listener.end);
  }
  const word = words[next];
  return next >= end || isStop(word) || word?.text === "," || AFTER_CLOSING_CUE.test(word?.text ?? "");
}

/** `"SMITH: …"`: a transcript label opening the quote. */
export function transcriptLabel(ctx: QuoteContext): Found | null {
  const label = ctx.quote.label;
  if (!label) return null;
  const mention: Mention = { kind: "name", ...label, titleStart: null, titleEnd: null };
  return { mention, cue: { start: label.end, end: label.end + 1 } };
}

/** `“…,” said Jane Doe` and `“…” ― Jane Doe`: the verb (or a dash) right after the quote, then the speaker. */
export function quoteVerbName(ctx: QuoteContext): Found | null {
  const { words } = ctx.article;
  const end = afterEnd(ctx);
  let i = ctx.marker + 1;
  while (words[i]?.text === ",") i++;
  const lead = words[i];
  if (!lead || i >= end) return null;
  if (/^[―—–-]$/.test(lead.text)) {
    const mention = mentionStartingAt(words, i + 1, end);
    return mention?.kind === "name" && (words[i + 1] as Word).start === mention.start ? found(mention, lead) : null;
  }
  const placement = cueMayFollow(ctx);
  if (!isLower(lead) || isParticiple(lead) || placement === "never") return null;
  let next = i + 1;
  if (isSpeechParticle(lead.text, words[next]?.text)) next++;
  else if (!isSpeechVerb(lead.text)) {
    // `“…!” beamed Jane Doe`: any past-tense verb between a quote and a name.
    if (!(/ed$/.test(lead.text) && placement === "always" && isNameWord(words[next]))) return null;
  }
  const mention = mentionStartingAt(words, next, end);
  if (!mention || mention.start - (words[next] as Word).start > 60) return null;
  if (placement === "closing") {
    const last = wordAt(words, mention.end) - 1;
    if (!cueCloses(words, last, end)) return null;
  }
  return found(mention, lead);
}

/** `“…,” Jane Doe said`, `“…,” Sen. Paul Hart, Republican of Ohio, said at a hearing`, `“…,” she added`. */
export function quoteNameVerb(ctx: QuoteContext): Found | null {
  const { words } = ctx.article;
  const end = paragraphAfter(ctx);
  let i = ctx.marker + 1;
  while (words[i]?.text === ",") i++;
  // `“…” as Doe said on Monday`
  if (words[i]?.text === "as") i++;
  if (i >= end || isStop(words[i])) return null;
  const placement = cueMayFollow(ctx);
  if (placement === "never") return null;
  const isVerb = (all: Word[], j: number) => {
    const word = all[j] as Word;
    if (cueVerbAt(all, j) >= 0 || (isSpeechVerb(word.text) && !/ing$/.test(word.text))) return true;
    // `“…,” Trump barked`, `“…?” Roe pressed.`: right after a quote, a past-tense verb is the cue.
    if (!isLower(word) || !/ed$/.test(word.text) || !isVerbLike(all, j)) return false;
    return placement === "always" || isStop(all[j + 1]) || all[j + 1]?.text === ",";
  };
  const first = words[i] as Word;
  let subject = subjectAndVerbFrom(words, i, end, isVerb);
  const leadsWithMention =
    subject && (subject.mention.start === first.start || (subject.mention.titleStart ?? -1) === first.start);
  if (!leadsWithMention && !/^(?:the|a|an)$/i.test(first.text)) subject = nameBeforeNearVerb(words, i, end);
  if (!subject) return null;
  if (placement === "closing" && !cueCloses(words, subject.verb, end)) return null;
  return found(subject.mention, words[subject.verb] as Word);
}

/** A long subject read back from its verb (`“…” Fight for Fairness organizing director Kim Roe told …`):
 *  the first speech verb within a few words, with a full name right before it and no clause break. */
function nameBeforeNearVerb(words: Word[], first: number, end: number): { mention: Mention; verb: number } | null {
  for (let verb = first + 1; verb < end && verb - first <= 12; verb++) {
    const word = words[verb] as Word;
    if (isStop(word) || isQuoteMarker(word) || word.text === ",") return null;
    if (!isCueVerb(words, verb)) continue;
    const mention = mentionEndingAt(words, verb - 1, first);
    if (mention?.kind !== "name" || !/\s/.test(wordsBetween(words, mention))) return null;
    if (PREPOSITIONS.test(words[wordAt(words, mention.titleStart ?? mention.start) - 1]?.text ?? "")) return null;
    return { mention, verb };
  }
  return null;
}

const wordsBetween = (words: Word[], mention: Mention) =>
  words
    .slice(wordAt(words, mention.start), wordAt(words, mention.end))
    .map((word) => word.text)
    .join(" ");

/** "Jane Doe’s claim that “…”": the owner of a claim, statement or remark. */
function possessorOfClaim(words: Word[], noun: number): Found | null {
  const owner = words[noun - 1];
  if (!owner || !CLAIM_NOUNS.has((words[noun] as Word).text) || !/['’]s$/.test(owner.text)) return null;
  const next = words[noun + 1];
  if (next && next.text !== "that" && next.text !== ":" && next.text !== ",") return null;
  const bareOwner: Word = { text: owner.text.slice(0, -2), start: owner.start, end: owner.end - 2 };
  const lead = words.slice(Math.max(0, noun - 12), noun - 1);
  const mention = mentionEndingAt([...lead, bareOwner], lead.length, 0);
  return mention?.kind === "name" ? found(mention, words[noun] as Word) : null;
}

/** "of Republican claims": a verb-like plural noun after a preposition and a capitalised word. */
function isNounAfterPreposition(words: Word[], verb: number, mention: Mention): boolean {
  if (!(words[verb] as Word).text.endsWith("s")) return false;
  const start = mention.titleStart ?? mention.start;
  let index = verb - 1;
  while (index > 0 && (words[index] as Word).start > start) index--;
  return PREPOSITIONS.test(words[index - 1]?.text ?? "");
}

/**
 * The speech verb of words[first, end) nearest to its end with a person as its subject: `Jane Doe said
 * that the plan was “…”`. A group ("they", "critics") is passed over for an earlier person, as in
 * `Doe said he felt they were saying, “…”`, and is the answer only when no person is found.
 */
export function speechVerbSubject(text: string, words: Word[], first: number, end: number): Found | null {
  const aside = parentheticalCue(words, first, end);
  if (aside) return aside;
  const inner = nearestCue(text, words, first, end);
  if (!inner || !isPersonMention(inner.found.mention)) return inner?.found ?? null;
  return outerCue(words, first, inner.from) ?? inner.found;
}

/** Reported speech inside reported speech (`Doe said Roe called it “…”`, `Doe said that Roe’s claim is
 *  “…”`): the outermost speaker whose words hold the quote, unless a clause boundary comes between. */
function outerCue(words: Word[], first: number, innerFrom: number): Found | null {
  let outer: Found | null = null;
  for (let k = innerFrom - 1; k >= first; k--) {
    const word = words[k] as Word;
    // A comma, a colon or a quote ends the clause the inner cue could be reported in.
    if (/^[;:,]$/.test(word.text) || isQuoteMarker(word)) break;
    const verb = cueAt(words, k, first);
    if (verb < 0 || !isLower(words[verb]) || !REPORTING.test((words[verb] as Word).text)) continue;
    const mention = subjectBefore(words, verb, first);
    if (isPersonMention(mention)) outer = found(mention, words[verb] as Word);
    k = verb;
  }
  return outer;
}

// Verbs that report what follows them ("said (that) …"), as against those that name or judge ("called it").
const REPORTING =
  /^(?:said|says|told|tells|wrote|writes|added|adds|noted|notes|argued|argues|claimed|claims|insisted|insists|explained|explains|announced|announces|warned|warns|acknowledged|acknowledges|stated|states|declared|declares|suggested|suggests|predicted|predicts|recalled|recalls|revealed|reveals|admitted|admits|contended|contends|maintained|maintains|asserted|asserts|testified|testifies|tweeted|tweets|posted|posts|reported|reports|complained|complains|conceded|concedes|emphasized|emphasised|stressed|stresses|replied|replies|responded|responds|confirmed|confirms|agreed|agrees|promised|promises|vowed|vows|pledged|pledges)$/;

/** The speech verb of words[first, end) nearest to its end with a person as its subject, and where that
 *  subject starts. A group ("they", "critics") is passed over for an earlier person, as in `Doe said he
 *  felt they were saying, “…”`, and is the answer only when no person is found. */
// Words a phrasal speech verb ends with ("chimed in", "shot back", "pointed out").
const PARTICLES = new Set(["in", "back", "on", "out", "up", "off"]);

/** A cheap first look: only speech verbs, their particles and claim nouns can be where a cue is. */
const mayCue = (word: Word) => isSpeechVerb(word.text) || PARTICLES.has(word.text) || CLAIM_NOUNS.has(word.text);

function nearestCue(text: string, words: Word[], first: number, end: number): { found: Found; from: number } | null {
  let fallback: { found: Found; from: number } | null = null;
  for (let k = end - 1; k >= first; k--) {
    if (!mayCue(words[k] as Word)) continue;
    const claim = possessorOfClaim(words, k);
    if (claim) return { found: claim, from: k - 1 };
    const verb = cueAt(words, k, first);
    if (verb < 0) continue;
    const cue = words[verb] as Word;
    const before = words[verb - 1]?.text ?? "";
    // "should reiterate", "could say": a wish or a guess, not something said.
    if (MODALS.has(before)) continue;
    // `Doe was asked by host Jane Roe, “…”`: the agent of a passive.
    if (/^(?:was|were|been|being|is|are)$/.test(before) && words[k + 1]?.text === "by") {
      const agent = mentionStartingAt(words, k + 2, end);
      if (agent?.kind === "name") return { found: found(agent, cue) as Found, from: verb };
    }
    let mention = isParticiple(cue) ? participleSubject(words, verb, first) : subjectBefore(words, verb, first);
    // `Doe spoke for an hour but told reporters …`: the subject of the clause the verb is joined to.
    if (!mention && /^(?:and|but)$/.test(before)) mention = clauseSubject(words, first, verb)?.mention ?? null;
    // `…, said Jane Doe, “…”`: the speaker after the verb, closing the clause.
    if (!mention && (before === "," || verb === first)) {
      const after = speakerAfterVerb(words, k + 1, end);
      if (after) return { found: found(after, cue) as Found, from: verb };
    }
    if (!mention) {
      k = verb;
      continue;
    }
    // "Doe’s remarks", "22 Clinton emails": a noun, unless a person opening the clause says it.
    if (isNounLike(cue.text) && (!isPersonMention(mention) || !opensSegment(words, mention, first))) continue;
    if (mention.kind === "name" && isNounAfterPreposition(words, verb, mention)) continue;
    const result = { found: found(mention, cue) as Found, from: wordAt(words, mention.titleStart ?? mention.start) };
    // "and I quote": the writer, whom an earlier cue of the sentence outranks.
    const writer = mention.kind === "pronoun" && /^i$/i.test(text.slice(mention.start, mention.end));
    if (!writer && (isPersonMention(mention) || !isGroupMention(text, mention))) return result;
    fallback ??= result;
    k = verb;
  }
  return fallback;
}

// "Goes on" is a cue after a quote (`“…,” Doe went on`) but not before one ("the Senate goes on recess").
const GOING_ON = /^(?:go|goes|going|went)$/;

/** The speech verb (or phrasal verb, by its verb) at words[k] before a quote, or -1. A participle right
 *  after a name counts (`with Sen. Jane Doe telling reporters “…”`). */
function cueAt(words: Word[], k: number, first: number): number {
  const word = words[k] as Word;
  if (isCueVerb(words, k)) return k;
  if (isParticiple(word) && isSpeechVerb(word.text)) {
    let before = k - 1;
    while (before > first && isAdverb(words[before] as Word)) before--;
    if (isNameWord(words[before])) return k;
  }
  // `Said Jane Doe, who …, “…”`: an inverted cue opening the sentence.
  if (k === first && /^(?:Said|Says|Asked|Added|Wrote)$/.test(word.text) && isNameWord(words[k + 1])) return k;
  const verb = phrasalVerbEndingAt(words, k);
  return verb >= 0 && isLower(words[verb]) && !GOING_ON.test((words[verb] as Word).text) ? verb : -1;
}

/** The name right before a participle cue, over adverbs (`with Cruz recently promising to “…”`). */
function participleSubject(words: Word[], verb: number, first: number): Mention | null {
  let before = verb - 1;
  while (before > first && isAdverb(words[before] as Word)) before--;
  return mentionEndingAt(words, before, first);
}

/** The name right after a verb that ends its clause (`said Jane Doe, “…”`), or null. */
function speakerAfterVerb(words: Word[], first: number, end: number): Mention | null {
  const after = mentionStartingAt(words, first, end);
  if (after?.kind !== "name" || (words[first] as Word).start !== (after.titleStart ?? after.start)) return null;
  const next = words[wordAt(words, after.end)];
  return !next || wordAt(words, after.end) >= end || /^[,:]$/.test(next.text) || isQuoteMarker(next) ? after : null;
}

/** `The plan, Doe said, is “…”`: a name and a speech verb set off by commas. */
function parentheticalCue(words: Word[], first: number, end: number): Found | null {
  for (let k = end - 1; k > first + 1; k--) {
    if (words[k]?.text !== "," || !isCueVerb(words, k - 1) || !isLower(words[k - 1])) continue;
    const mention = mentionEndingAt(words, k - 2, first);
    if (!isPersonMention(mention)) continue;
    const opener = words[wordAt(words, mention.titleStart ?? mention.start) - 1];
    if (opener?.text === ",") return found(mention, words[k - 1] as Word);
  }
  return null;
}

/** `Jane Doe said, “…”`, `Doe told the newspaper that the plan was “…”`: a speech verb before the quote in its sentence. */
export function nameVerbQuote(ctx: QuoteContext): Found | null {
  const cited = citedBefore(ctx);
  return cited && introducesQuote(ctx, cited) ? cited : null;
}

/** `Doe said the plan was “…”`, `Doe told reporters that Roe’s offer was “…”`: the quote inside what a
 *  speech verb before it reports, further from the verb than a trigram. */
export function reportedSpeech(ctx: QuoteContext): Found | null {
  const cited = citedBefore(ctx);
  return cited && !introducesQuote(ctx, cited) ? cited : null;
}

function citedBefore(ctx: QuoteContext): Found | null {
  if (ctx.cited === undefined) {
    const first = Math.max(ctx.sentenceFirst, ctx.marker - REACH);
    ctx.cited = speechVerbSubject(ctx.article.text, ctx.article.words, first, ctx.marker);
  }
  return ctx.cited;
}

// Words that may stand between a speech verb and the quote it introduces: `said, “…”`, `said that “…”`,
// `told reporters on Tuesday: “…”`, `wrote in a statement, “…”`.
const INTRODUCING =
  /^(?:[,:—–-]|that|in|on|at|to|a|an|the|his|her|their|its|statement|interview|reporters|tuesday|monday|wednesday|thursday|friday|saturday|sunday|later|also|then|again|back|out|in|up|off)$/i;

/** The cue runs straight into the quote (a trigram), with at most a listener or a setting between. */
function introducesQuote(ctx: QuoteContext, cited: Found): boolean {
  const { words } = ctx.article;
  if (!cited.cue) return false;
  let i = wordAt(words, cited.cue.end);
  if (i < ctx.marker && isNameWord(words[i])) {
    const listener = mentionStartingAt(words, i, ctx.marker);
    if (listener) i = wordAt(words, listener.end);
  }
  for (; i < ctx.marker; i++) if (!INTRODUCING.test((words[i] as Word).text)) return false;
  return true;
}

/** The speaker before a colon ending words[first, colon): `Kim Osei:`, `Ken Ward, The Daily Ledger:`,
 *  `Here’s Doe in 1992:`, `Doe continued:`. */
function colonClause(text: string, words: Word[], first: number, colon: number): Found | null {
  const byVerb = speechVerbSubject(text, words, first, colon);
  if (byVerb) return byVerb;
  const cue = words[colon] as Word;
  // A label with no verb (`Ken Ward, The Daily Ledger:`, `Here’s Doe in 1992:`): its first name.
  if (colon - first <= 10 && isLabel(words, first, colon)) {
    for (let i = first; i < colon; i++) {
      const mention = mentionStartingAt(words, i, colon);
      if (mention?.kind === "name") return found(mention, cue);
      if (mention) i = Math.max(i, wordAt(words, mention.end) - 1);
    }
  }
  // `Doe released the following statement:`, `Doe delivered a blunt message to Roe:`
  const subject = clauseSubject(words, first, colon);
  if (subject) return found(subject.mention, cue);
  const mention = mentionEndingAt(words, colon - 1, first);
  if (!isPersonMention(mention)) return null;
  const before = words[wordAt(words, mention.titleStart ?? mention.start) - 1]?.text ?? "";
  return PREPOSITIONS.test(before) ? null : found(mention, cue);
}

// Lower-case words a label may have: `Ken Ward of the Ledger:`, `Here’s Doe in 1992:`.
const LABEL_WORDS = /^(?:of|the|and|for|at|from|in|on|with|here’s|here's|here|is|a|an|as|follows|below)$/i;

/** words[first, end) names someone without saying anything about them. */
function isLabel(words: Word[], first: number, end: number): boolean {
  for (let i = first; i < end; i++) {
    const word = words[i] as Word;
    if (isLower(word) && !LABEL_WORDS.test(word.text)) return false;
  }
  return true;
}

function clauseStart(words: Word[], before: number, limit: number): number {
  let first = before;
  while (first > limit && !isStop(words[first - 1]) && !isQuoteMarker(words[first - 1])) first--;
  return first;
}

/** `Jane Doe: “…”`, or a paragraph ending with `Doe said:` before a paragraph that opens with the quote. */
export function colonIntroduction(ctx: QuoteContext): Found | null {
  const { words, text } = ctx.article;
  const colon = ctx.marker - 1;
  if (colon >= ctx.paragraphFirst && words[colon]?.text === ":") {
    return colonClause(text, words, clauseStart(words, colon, Math.max(ctx.paragraphFirst, colon - REACH)), colon);
  }
  let previous = ctx.marker - 1;
  while (previous >= 0 && isLineBreak(words[previous])) previous--;
  if (ctx.marker !== ctx.paragraphFirst || previous === colon || words[previous]?.text !== ":") return null;
  return colonClause(text, words, clauseStart(words, previous, Math.max(0, previous - REACH)), previous);
}

function accordingToAt(words: Word[], k: number, end: number): Found | null {
  const word = words[k] as Word;
  if ((word.text !== "according" && word.text !== "According") || words[k + 1]?.text !== "to") return null;
  let mention = mentionStartingAt(words, k + 2, end);
  // "according to a court filing by state attorney Jane Doe": the author named inside the description.
  if (mention?.kind === "description") mention = authorOf(words, k + 2, end) ?? mention;
  return mention ? { mention, cue: { start: word.start, end: (words[k + 1] as Word).end } } : null;
}

/** A name after "by" or "from" in the phrase at words[first] (before a comma or the sentence's end). */
function authorOf(words: Word[], first: number, end: number): Mention | null {
  for (let i = first; i < end && i - first < 12; i++) {
    const word = words[i] as Word;
    if (isStop(word) || word.text === "," || isQuoteMarker(word)) return null;
    if (word.text !== "by" && word.text !== "from") continue;
    const author = mentionStartingAt(words, i + 1, end);
    if (author?.kind === "name") return author;
  }
  return null;
}

/** `According to Jane Doe, “…”` and `“…,” according to a letter from Jane Doe`. */
export function accordingTo(ctx: QuoteContext): Found | null {
  const { words } = ctx.article;
  for (let k = ctx.marker - 1; k >= Math.max(ctx.sentenceFirst, ctx.marker - REACH); k--) {
    const result = accordingToAt(words, k, ctx.marker);
    if (result) return result;
  }
  const end = Math.min(ctx.sentenceEnd, afterEnd(ctx));
  for (let k = ctx.marker + 1; k < end; k++) {
    const result = accordingToAt(words, k, end);
    if (result) return result;
  }
  return null;
}

/** A cue closing the quote's sentence after a comma: `A clerk who “…” is fired at once, Doe said.` */
export function sentenceEndCue(ctx: QuoteContext): Found | null {
  const { words } = ctx.article;
  const end = Math.min(ctx.sentenceEnd, afterEnd(ctx));
  for (let comma = ctx.marker + 1; comma < end; comma++) {
    if (words[comma]?.text !== ",") continue;
    const lead = words[comma + 1];
    if (lead && isCueVerb(words, comma + 1) && isLower(lead)) {
      const mention = mentionStartingAt(words, comma + 2, end);
      if (mention) return found(mention, lead);
    }
    const subject = subjectAndVerbFrom(words, comma + 1, end, isCueVerb);
    if (subject && (words[comma + 1] as Word).start >= (subject.mention.titleStart ?? subject.mention.start) - 4) {
      return found(subject.mention, words[subject.verb] as Word);
    }
  }
  return null;
}

/** The subject of a clause of the quote's sentence, whatever its verb: `Gov. Ann Cole on Tuesday called on
 *  voters to “…”`, `… accused Lee of “…”`, `Doe called it “…”`. */
export function sentenceSubject(ctx: QuoteContext): Found | null {
  const { words } = ctx.article;
  const first = Math.max(ctx.sentenceFirst, ctx.marker - REACH);
  return clauseSubject(words, first, ctx.marker);
}

/** The first clause of words[first, end) that opens with a person followed by a verb. */
function clauseSubject(words: Word[], first: number, end: number): Found | null {
  let clauses = 0;
  for (let start = first; start < end && clauses < MAX_CLAUSES; start++) {
    const previous = (words[start - 1] as Word | undefined)?.text;
    if (start > first && previous !== "," && previous !== "—" && previous !== "–" && previous !== QUOTE_MARKER)
      continue;
    clauses++;
    let i = start;
    while (i < end && CONNECTIVES.has((words[i] as Word).text.toLowerCase())) i++;
    const lead = words[i];
    if (!lead || !(isNameWord(lead) || isPronoun(lead) || /^(?:the|a|an)$/i.test(lead.text) || isLower(lead))) continue;
    // A dateline ("PHILADELPHIA, July 25 —") is no subject.
    if (/^\p{Lu}{3,}$/u.test(words[i]?.text ?? "")) continue;
    const subject = subjectAndVerbFrom(words, i, end, isVerbLike);
    if (!subject || !isPersonMention(subject.mention)) continue;
    const mentionStart = subject.mention.titleStart ?? subject.mention.start;
    const leads = [(words[i] as Word).start];
    // After an article the subject is an organisation with a verb ("The Roe Foundation did not want …"),
    // not a name modifying a noun ("the Paris attacks", "the Arizona sheriff"), nor an object after
    // "after", "as", "when".
    const article = /^(?:the|a|an)$/i.test((words[i] as Word).text);
    const afterPreposition = words.slice(start, i).some((word) => /^(?:after|before|since|until)$/i.test(word.text));
    const next = words[wordAt(words, subject.mention.end)]?.text ?? "";
    if (
      article &&
      !afterPreposition &&
      /(?:ed|s|ly)$|^(?:did|does|do|has|had|have|was|is|will|would|can|could)$/.test(next)
    )
      leads.push((words[i + 1] as Word).start);
    if (!leads.includes(mentionStart) && !leads.includes(subject.mention.start)) continue;
    return found(subject.mention, null);
  }
  return null;
}

/** A quote opening its sentence, said by whoever an earlier sentence of the paragraph cites:
 *  `Costs are rising, Doe said. “…”`. */
export function paragraphCue(ctx: QuoteContext): Found | null {
  const { words, text } = ctx.article;
  const opensSentence = ctx.sentenceFirst === ctx.marker || ctx.index === 0 || ctx.sentenceFirst <= ctx.paragraphFirst;
  const previous = ctx.quotes[ctx.index - 1];
  if (!opensSentence || previous?.paragraphStart === ctx.quote.paragraphStart) return null;
  for (const sentence of ctx.earlierSentences) {
    const byVerb = speechVerbSubject(text, words, sentence.first, sentence.end);
    if (byVerb && isPersonMention(byVerb.mention)) return byVerb;
    const subject = clauseSubject(words, sentence.first, sentence.end);
    if (subject) return subject;
    if (byVerb) return byVerb;
  }
  return null;
}

/** The speaker of the quote this one continues: the previous quote of the paragraph, the quote of the
 *  paragraph before when it ran on unclosed, the next quote of the paragraph when this one opens it, or
 *  the previous quote's when the paragraph is the quote alone. */
export function continuation(ctx: QuoteContext, decided: (Found | null)[]): Found | null {
  const { quote, quotes, index, article } = ctx;
  const previous = quotes[index - 1];
  if (previous?.paragraphStart === quote.paragraphStart) return decided[index - 1] ?? null;
  const next = quotes[index + 1];
  if (next?.paragraphStart === quote.paragraphStart && decided[index + 1]) return decided[index + 1] ?? null;
  if (article.text.slice(quote.paragraphStart, quote.openMark).trim() !== "") return null;
  if (!previous) return null;
  const between = article.text.slice(previous.paragraphEnd, quote.paragraphStart);
  if (previous.closeMark === null || !/\S/.test(between)) return decided[index - 1] ?? null;
  return null;
}

/** A quote alone in its paragraph, credited on the line after: `“…” ¶ — Jane Doe, tweeting` or
 *  `“…” ¶ Jane Doe, Roe Institute.` */
export function creditLine(ctx: QuoteContext): Found | null {
  const { words } = ctx.article;
  if (ctx.marker !== ctx.paragraphFirst || ctx.paragraphEnd !== ctx.marker + 1) return null;
  let i = ctx.paragraphEnd;
  while (isLineBreak(words[i])) i++;
  let end = i;
  while (end < words.length && !isLineBreak(words[end])) end++;
  if (end - i > 16 || end === i || isQuoteMarker(words[i])) return null;
  const dash = /^[―—–-]$/.test((words[i] as Word).text) ? (words[i] as Word) : null;
  const mention = mentionStartingAt(words, dash ? i + 1 : i, end);
  if (mention?.kind !== "name" || mention.start !== (words[dash ? i + 1 : i] as Word).start) return null;
  const after = words[wordAt(words, mention.end)];
  // Without a dash, only a line that is a full name (and an affiliation after a comma) is a credit.
  if (!dash && ((after && after.text !== "," && !isStop(after)) || !/\s/.test(wordsBetween(words, mention))))
    return null;
  return found(mention, dash);
}

/** A quote standing alone in its paragraph, said by whoever the previous quote's paragraph ended with or
 *  by the subject of the next sentence: `“We are done.” ¶ Doe said the talks had failed.` */
export function nextSentence(ctx: QuoteContext): Found | null {
  const { words } = ctx.article;
  let start = ctx.marker + 1;
  while (isLineBreak(words[start])) start++;
  let end = start;
  while (end < words.length && end - start < 30 && !isStop(words[end]) && !isQuoteMarker(words[end])) end++;
  const subject = subjectAndVerbFrom(words, start, end, isCueVerb);
  if (!subject || !isPersonMention(subject.mention)) return null;
  return found(subject.mention, words[subject.verb] as Word);
}
