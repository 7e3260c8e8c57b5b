import type { PublishedDocument } from "./published-document";

/** What a list of published claims shows of each one's document (the ledger's and a speaker's
 *  pages): sent to the page instead of the whole document, whose sources, rationale, corrections
 *  and context only the claim's own page shows. */
export interface ListedDocument {
  kind: PublishedDocument["kind"];
  text: string;
  /** A numeric claim's own words, marked in its sentence (publishedClaimWords). */
  context: { paragraph: { claim: string } | null };
  speaker: { name: string; slug: string } | null;
  dates: { said: string | null };
  article: { outlet: string | null };
  verdict: { rating: { label: string }; summary: string; publishedAt: string };
}

export function listedDocument(document: PublishedDocument): ListedDocument {
  const { kind, text, context, speaker, dates, article, verdict } = document;
  return {
    kind,
    text,
    context: { paragraph: kind === "numeric" && context.paragraph ? { claim: context.paragraph.claim } : null },
    speaker: speaker ? { name: speaker.name, slug: speaker.slug } : null,
    dates: { said: dates.said },
    article: { outlet: article.outlet },
    verdict: { rating: { label: verdict.rating.label }, summary: verdict.summary, publishedAt: verdict.publishedAt },
  };
}
