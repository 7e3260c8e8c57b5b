// extractClaims(text): the quotes and numeric claims in an article with who said them, sorted by position.
// Pure and deterministic: no I/O, no framework, the same claims for the same text.

import { type Attribution, attributeQuotes, attributeStatement } from "./attribution";
import { findNumbers } from "./numbers";
import { findQuotes, type QuoteSpan } from "./quotes";
import { findSentences, type Sentence, sentenceIndexAt } from "./sentences";
import { type Speaker, SpeakerResolver } from "./speakers";
import { isQuotedTitle } from "./titles";
import type { ExtractedClaim } from "./types";

export type { ExtractedClaim } from "./types";

const NOBODY: Speaker = { name: null, title: null };

/** The sentences that hold text[start, end): from the one it starts in to the one it ends in. */
function enclosingSentence(text: string, sentences: Sentence[], start: number, end: number) {
  const first = sentences[sentenceIndexAt(sentences, start)];
  const last = sentences[sentenceIndexAt(sentences, Math.max(start, end - 1))];
  const sentenceStart = Math.min(first?.start ?? start, start);
  const sentenceEnd = Math.max(last?.end ?? end, end);
  return { sentence: text.slice(sentenceStart, sentenceEnd), sentenceStart, sentenceEnd };
}

function evidence(attribution: Attribution | null) {
  return {
    speakerStart: attribution?.mention.start ?? null,
    speakerEnd: attribution?.mention.end ?? null,
    cueStart: attribution?.cueStart ?? null,
    cueEnd: attribution?.cueEnd ?? null,
  };
}

export function extractClaims(text: string): ExtractedClaim[] {
  const sentences = findSentences(text);
  const quotes = findQuotes(text);
  const attributions = attributeQuotes(text, quotes, sentences);
  const resolver = new SpeakerResolver(text, sentences);
  const claims: ExtractedClaim[] = [];
  const kept: { quote: QuoteSpan; attribution: Attribution | null; speaker: Speaker }[] = [];

  quotes.forEach((quote, index) => {
    const attribution = attributions[index] ?? null;
    const speaker = attribution ? resolver.resolve(attribution.mention, quote.openMark) : NOBODY;
    if (isQuotedTitle(text, quote, speaker.name !== null)) return;
    kept.push({ quote, attribution, speaker });
    claims.push({
      kind: "quote",
      text: text.slice(quote.start, quote.end),
      start: quote.start,
      end: quote.end,
      speaker: speaker.name,
      speakerTitle: speaker.title,
      ...evidence(attribution),
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
      const attribution = attributeStatement(text, sentences[sentenceIndex] as Sentence, quotes);
      source = { attribution, speaker: attribution ? resolver.resolve(attribution.mention, number.start) : NOBODY };
      statements.set(sentenceIndex, source);
    }
    claims.push({
      kind: "numeric",
      text: number.text,
      start: number.start,
      end: number.end,
      speaker: source.speaker.name,
      speakerTitle: source.speaker.title,
      ...evidence(source.attribution),
      value: number.value,
      unit: number.unit,
      qualifier: number.qualifier,
      ...enclosingSentence(text, sentences, number.start, number.end),
    });
  }
  return claims.sort((a, b) => a.start - b.start || a.end - b.end);
}
