// extractClaims(text): the quotes and numeric claims in an article with who said them, sorted by position.
// Pure and deterministic: no I/O, no framework, the same claims for the same text.

import { readArticle } from "./article-words";
import { type Attribution, attributeQuotes, attributeStatement, RULE_CONFIDENCE } from "./attribution";
import { embeddedPosts, isNotAClaim } from "./non-claims";
import { findNumbers } from "./numbers";
import { findQuotes, type QuoteSpan } from "./quotes";
import { enclosingSentence, findSentences, type Sentence, sentenceIndexAt } from "./sentences";
import { NOBODY, type Speaker, SpeakerResolver } from "./speakers";
import type { Confidence, ExtractedClaim } from "./types";

export type { AttributionRule, Confidence, ExtractedClaim } from "./types";

/** A pronoun, bare surname or description read from context is at best medium, whatever the rule. */
function confidenceOf(attribution: Attribution, speaker: Speaker): Confidence {
  const band = RULE_CONFIDENCE[attribution.rule];
  return speaker.inferred && band === "high" ? "medium" : band;
}

function evidence(attribution: Attribution | null, speaker: Speaker) {
  return {
    speaker: speaker.name,
    speakerTitle: speaker.title,
    speakerDescription: speaker.description,
    speakerStart: attribution?.mention.start ?? null,
    speakerEnd: attribution?.mention.end ?? null,
    cueStart: attribution?.cue?.start ?? null,
    cueEnd: attribution?.cue?.end ?? null,
    antecedentStart: speaker.antecedent?.start ?? null,
    antecedentEnd: speaker.antecedent?.end ?? null,
    attributionRule: attribution?.rule ?? null,
    confidence: attribution ? confidenceOf(attribution, speaker) : null,
  };
}

export function extractClaims(text: string): ExtractedClaim[] {
  const sentences = findSentences(text);
  const quotes = findQuotes(text);
  const article = readArticle(text, quotes);
  const resolver = new SpeakerResolver(article);
  const attributions = attributeQuotes(article, quotes, sentences, resolver.table);
  const claims: ExtractedClaim[] = [];
  const kept: { quote: QuoteSpan; attribution: Attribution | null; speaker: Speaker }[] = [];
  const posts = embeddedPosts(text);

  quotes.forEach((quote, index) => {
    const attribution = attributions[index] ?? null;
    const speaker = attribution ? resolver.resolve(attribution.mention) : NOBODY;
    if (attribution) resolver.remember(attribution.mention, speaker);
    // A guessed speaker does not make a quoted title someone's words.
    const attributed =
      (speaker.name !== null || speaker.description !== null) &&
      RULE_CONFIDENCE[attribution?.rule ?? "recent-subject"] !== "low";
    if (isNotAClaim(text, quote, attributed, posts)) return;
    kept.push({ quote, attribution, speaker });
    claims.push({
      kind: "quote",
      text: text.slice(quote.start, quote.end),
      start: quote.start,
      end: quote.end,
      ...evidence(attribution, speaker),
      value: null,
      unit: null,
      qualifier: null,
      ...enclosingSentence(text, sentences, quote.start, quote.end),
    });
  });

  // A number inside a quote is the quote's speaker's; elsewhere it is whoever its sentence cites.
  let next = 0;
  const statements = new Map<number, { attribution: Attribution | null; speaker: Speaker }>();
  for (const number of findNumbers(text)) {
    while (next < kept.length && (kept[next]?.quote.end ?? 0) <= number.start) next++;
    const inQuote = kept[next] && (kept[next]?.quote.start ?? 0) <= number.start ? kept[next] : undefined;
    const sentenceIndex = sentenceIndexAt(sentences, number.start);
    let source = inQuote ?? statements.get(sentenceIndex);
    if (!source) {
      const attribution = attributeStatement(article, sentences[sentenceIndex] as Sentence);
      source = { attribution, speaker: attribution ? resolver.resolve(attribution.mention) : NOBODY };
      statements.set(sentenceIndex, source);
    }
    claims.push({
      kind: "numeric",
      text: number.text,
      start: number.start,
      end: number.end,
      ...evidence(source.attribution, source.speaker),
      value: number.value,
      unit: number.unit,
      qualifier: number.qualifier,
      ...enclosingSentence(text, sentences, number.start, number.end),
    });
  }
  return claims.sort((a, b) => a.start - b.start || a.end - b.end);
}
