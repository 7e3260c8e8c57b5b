// Who said each quote, as a sieve (Muzny et al., A Two-stage Sieve Approach for Quote Attribution, EACL
// 2017): the rules of attribution-rules.ts are tried in order, most precise first, and the first that
// finds a mention decides. Quotes nothing in their own sentence attributes then take the speaker of the
// quote they continue. The rule that fired is kept as evidence, with the confidence band it earns.

import { type ArticleWords, wordAt, wordRange } from "./article-words";
import {
  accordingTo,
  colonIntroduction,
  continuation,
  creditLine,
  type Found,
  nameVerbQuote,
  nextSentence,
  paragraphCue,
  type QuoteContext,
  quoteNameVerb,
  quoteVerbName,
  reportedSpeech,
  sentenceEndCue,
  sentenceSubject,
  speechVerbSubject,
  transcriptLabel,
} from "./attribution-rules";
import type { MentionTable } from "./mentions";
import { isGroupMention, type Mention } from "./names";
import type { QuoteSpan } from "./quotes";
import { type Sentence, sentenceIndexAt } from "./sentences";
import type { AttributionRule, Confidence } from "./types";

export interface Attribution extends Found {
  rule: AttributionRule;
}

/** The band each rule earns when its mention is a full name; resolving a pronoun or surname lowers it. */
export const RULE_CONFIDENCE: Record<AttributionRule, Confidence> = {
  "transcript-label": "high",
  "quote-verb-name": "high",
  "quote-name-verb": "high",
  "name-verb-quote": "high",
  "colon-introduction": "high",
  "according-to": "high",
  "sentence-end-cue": "high",
  "credit-line": "high",
  "statement-cue": "high",
  "reported-speech": "medium",
  "sentence-subject": "medium",
  "paragraph-cue": "medium",
  continuation: "medium",
  "next-sentence": "low",
  "previous-speaker": "low",
  "recent-subject": "low",
};

const SIEVE: [AttributionRule, (ctx: QuoteContext) => Found | null][] = [
  ["transcript-label", transcriptLabel],
  ["quote-verb-name", quoteVerbName],
  ["quote-name-verb", quoteNameVerb],
  ["name-verb-quote", nameVerbQuote],
  ["reported-speech", reportedSpeech],
  ["colon-introduction", colonIntroduction],
  ["according-to", accordingTo],
  ["sentence-end-cue", sentenceEndCue],
  ["sentence-subject", sentenceSubject],
  ["paragraph-cue", paragraphCue],
  ["credit-line", creditLine],
];

// How far before a quote nobody is said to have said the guess looks for a subject, in characters.
const RECENT_SUBJECT_REACH = 1500;
// How many earlier sentences of its paragraph a quote looks back at.
const EARLIER_SENTENCES = 3;

function quoteContext(article: ArticleWords, quotes: QuoteSpan[], index: number, sentences: Sentence[]): QuoteContext {
  const { words } = article;
  const quote = quotes[index] as QuoteSpan;
  const marker = article.markers[index] as number;
  const paragraphFirst = Math.min(marker, wordAt(words, quote.paragraphStart));
  const paragraphEnd = Math.max(marker + 1, wordAt(words, quote.paragraphEnd));
  const opening = sentenceIndexAt(sentences, quote.openMark);
  const openSentence = sentences[opening];
  const sentenceFirst = Math.max(
    paragraphFirst,
    Math.min(marker, openSentence ? wordAt(words, openSentence.start) : marker),
  );
  const closing = sentences[sentenceIndexAt(sentences, quote.closeMark ?? quote.paragraphEnd - 1)];
  const sentenceEnd = Math.min(paragraphEnd, Math.max(marker + 1, closing ? wordAt(words, closing.end) : marker + 1));
  const earlierSentences: { first: number; end: number }[] = [];
  for (let i = opening - 1; i >= 0 && earlierSentences.length < EARLIER_SENTENCES; i--) {
    const sentence = sentences[i] as Sentence;
    if (sentence.start < quote.paragraphStart) break;
    const range = wordRange(words, sentence);
    earlierSentences.push({ first: range.first, end: Math.min(range.end, sentenceFirst) });
  }
  return {
    article,
    quotes,
    index,
    quote,
    marker,
    sentenceFirst,
    sentenceEnd,
    paragraphFirst,
    paragraphEnd,
    earlierSentences,
  };
}

function runSieve(ctx: QuoteContext): Attribution | null {
  // A group ("critics", "they") is the answer only when no later rule of the sieve finds a person:
  // `Pollsters agree - Carl Roe: “…”` is Carl Roe's.
  let group: Attribution | null = null;
  for (const [rule, find] of SIEVE) {
    const found = find(ctx);
    if (!found) continue;
    if (isGroupMention(ctx.article.text, found.mention)) {
      group ??= { rule, ...found };
      continue;
    }
    // `“…,” Doe said, according to the Daily Ledger`, `According to the Ledger, Doe said “…”`: the source
    // the sentence cites for the whole report is the one the claim rests on, as in the annotated corpus.
    const source = rule === "according-to" ? null : accordingTo(ctx);
    // Only an "according to" outside what the cue reports: before its speaker, or after the quote.
    const outside = source?.cue && (source.cue.start < found.mention.start || source.cue.start > ctx.quote.openMark);
    return source && outside ? { rule: "according-to", ...source } : { rule, ...found };
  }
  return group;
}

export function attributeQuotes(
  article: ArticleWords,
  quotes: QuoteSpan[],
  sentences: Sentence[],
  table: MentionTable,
): (Attribution | null)[] {
  const contexts = quotes.map((_, index) => quoteContext(article, quotes, index, sentences));
  const decided = contexts.map(runSieve);
  contexts.forEach((ctx, i) => {
    if (decided[i]) return;
    const continued = continuation(ctx, decided);
    if (continued) {
      // Carrying a guess over does not make it less of a guess.
      const guessed = RULE_CONFIDENCE[(continued as Attribution).rule] === "low";
      decided[i] = { ...continued, rule: guessed ? (continued as Attribution).rule : "continuation" };
      return;
    }
    const next = nextSentence(ctx);
    if (next) decided[i] = { rule: "next-sentence", ...next };
    else if (ctx.marker === ctx.paragraphFirst && decided[i - 1]) {
      decided[i] = { ...(decided[i - 1] as Attribution), rule: "previous-speaker" };
    } else {
      // A guess: the person most recently named as a subject, close before the quote.
      const entry = table.recentSubject(ctx.quote.openMark, RECENT_SUBJECT_REACH);
      const mention: Mention | null = entry && {
        kind: "name",
        start: entry.start,
        end: entry.end,
        titleStart: null,
        titleEnd: null,
      };
      if (mention) decided[i] = { rule: "recent-subject", mention, cue: null };
    }
  });
  return decided;
}

/** Who a sentence reports as saying something ("Doe revealed that 4,000 …", "…, police said"); null for the
 *  article's own statements. Only speech cues count here: a sentence's subject is not its source. */
export function attributeStatement(article: ArticleWords, sentence: Sentence): Attribution | null {
  const { first, end } = wordRange(article.words, sentence);
  const found = speechVerbSubject(article.text, article.words, Math.max(first, end - 120), end);
  return found && { rule: "statement-cue", ...found };
}
