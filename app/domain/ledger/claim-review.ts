import { claimDisplay } from "../claim-display";
import { publishedClaimWords } from "./claim-wording";
import type { PublishedDocument } from "./published-document";

// schema.org ClaimReview for one published claim, with what Google's fact-check markup requires
// and recommends, for the claim page's JSON-LD and the aggregators' feed.

export interface Newsroom {
  name: string;
  url: string;
}

type Party = { "@type": "Person" | "Organization"; name: string };

export interface ClaimReviewJsonLd {
  "@context": "https://schema.org";
  "@type": "ClaimReview";
  url: string;
  claimReviewed: string;
  datePublished: string;
  dateModified: string;
  author: { "@type": "Organization"; name: string; url: string };
  reviewRating: {
    "@type": "Rating";
    name: string;
    alternateName: string;
    ratingValue?: number;
    bestRating?: number;
    worstRating?: number;
  };
  reviewBody: string;
  itemReviewed: {
    "@type": "Claim";
    author?: Party;
    datePublished?: string;
    appearance?: { "@type": "CreativeWork"; url?: string; headline: string; publisher?: Party };
  };
}

const ORGANISATION_WORDS =
  /\b(ministry|department|council|office|agency|authority|party|committee|commission|association|union|bank|government|company|corporation|inc|ltd|plc|institute|federation|board|trust|society|service)\b/i;

/** Whether a speaker is a person or an organisation, from the words in the name. */
export function partyFor(name: string): Party {
  return { "@type": ORGANISATION_WORDS.test(name) ? "Organization" : "Person", name };
}

export function claimReview(
  document: PublishedDocument,
  context: { pageUrl: string; newsroom: Newsroom },
): ClaimReviewJsonLd {
  const { rating } = document.verdict;
  const claimAuthor = document.speaker
    ? partyFor(document.speaker.name)
    : document.article.outlet
      ? ({ "@type": "Organization", name: document.article.outlet } as const)
      : undefined;
  return {
    "@context": "https://schema.org",
    "@type": "ClaimReview",
    url: context.pageUrl,
    claimReviewed: claimDisplay(publishedClaimWords(document)).text,
    datePublished: document.dates.published.slice(0, 10),
    dateModified: document.dates.updated.slice(0, 10),
    author: { "@type": "Organization", name: context.newsroom.name, url: context.newsroom.url },
    reviewRating: {
      "@type": "Rating",
      name: rating.label,
      alternateName: rating.label,
      // A rating outside the scale's order (such as "Unproven") has no numeric value to give.
      ...(rating.ratingValue !== null && rating.bestRating !== null && rating.worstRating !== null
        ? { ratingValue: rating.ratingValue, bestRating: rating.bestRating, worstRating: rating.worstRating }
        : {}),
    },
    reviewBody: document.verdict.summary,
    itemReviewed: {
      "@type": "Claim",
      ...(claimAuthor ? { author: claimAuthor } : {}),
      ...(document.dates.said ? { datePublished: document.dates.said } : {}),
      appearance: {
        "@type": "CreativeWork",
        ...(document.article.url ? { url: document.article.url } : {}),
        headline: document.article.title,
        ...(document.article.outlet ? { publisher: { "@type": "Organization", name: document.article.outlet } } : {}),
      },
    },
  };
}

/** JSON for a <script type="application/ld+json">: "<" escaped so no text can close the script. */
export function jsonLdScript(value: unknown): string {
  return JSON.stringify(value)
    .replaceAll("<", "\\u003c")
    .replaceAll("\u2028", "\\u2028")
    .replaceAll("\u2029", "\\u2029");
}
