import { articleFromJsonLd } from "./json-ld";
import { collapseWhitespace } from "./paragraphs";
import { isoPublicationDate } from "./published-date";

export type ArticleMetadata = {
  title: string | null;
  byline: string | null;
  outlet: string | null;
  publishedAt: string | null;
};

const DATE_META_NAMES = [
  "date",
  "pubdate",
  "publishdate",
  "publish-date",
  "dc.date",
  "dc.date.issued",
  "dcterms.created",
  "datepublished",
];

/** Title, byline, outlet and publication date as the page's metadata (meta tags, JSON-LD, <time>) declares them. */
export function metadataFromDocument(document: Document): ArticleMetadata {
  const jsonLd = articleFromJsonLd(document);
  const timeElement = document.querySelector("time[datetime]")?.getAttribute("datetime");
  return {
    title: firstPresent(jsonLd?.headline, meta(document, "og:title", "twitter:title")),
    byline: firstPresent(meta(document, "author", "article:author"), jsonLd?.authors.join(", ")),
    outlet: firstPresent(meta(document, "og:site_name", "application-name"), jsonLd?.publisher),
    publishedAt: firstDate([
      meta(document, "article:published_time"),
      jsonLd?.datePublished,
      timeElement,
      meta(document, ...DATE_META_NAMES),
    ]),
  };
}

/** The content of the first <meta> whose property, name or itemprop is one of the keys, in key order. */
function meta(document: Document, ...keys: string[]): string | null {
  const tags = Array.from(document.querySelectorAll("meta"));
  for (const key of keys) {
    const tag = tags.find((candidate) =>
      ["property", "name", "itemprop"].some((attribute) => candidate.getAttribute(attribute)?.toLowerCase() === key),
    );
    const content = tag?.getAttribute("content");
    if (content?.trim()) return content;
  }
  return null;
}

function firstPresent(...values: (string | null | undefined)[]): string | null {
  for (const value of values) {
    const cleaned = value ? collapseWhitespace(value) : "";
    if (cleaned) return cleaned;
  }
  return null;
}

function firstDate(candidates: (string | null | undefined)[]): string | null {
  for (const candidate of candidates) {
    const date = candidate ? isoPublicationDate(candidate) : null;
    if (date) return date;
  }
  return null;
}
