import { Readability } from "@mozilla/readability";
import { metadataFromDocument } from "./article-metadata";
import { paragraphsFromElement } from "./html-paragraphs";
import { removeAdvertisements } from "./page-clutter";
import { collapseWhitespace, joinParagraphs } from "./paragraphs";
import { parseHtmlDocument } from "./parse-html";

export type HtmlArticle = {
  title: string | null;
  byline: string | null;
  /** The publication, from og:site_name or the JSON-LD publisher. */
  outlet: string | null;
  /** ISO 8601 date or timestamp. */
  publishedAt: string | null;
  /** Paragraphs separated by a blank line. */
  text: string;
};

/** The article inside a web page: its text without the page around it, and its metadata. */
export function articleFromHtml(html: string, pageUrl?: string): HtmlArticle {
  const document = parseHtmlDocument(html);
  // Read the metadata first: Readability rewrites the document as it works.
  const metadata = metadataFromDocument(document);
  removeAdvertisements(document);
  const readable = new Readability(document, { serializer: (node) => node as Element }).parse();
  const articleParagraphs = readable?.content ? paragraphsFromElement(readable.content) : [];
  const paragraphs = articleParagraphs.length > 0 ? articleParagraphs : wholePageParagraphs(html);
  const outlet = metadata.outlet ?? cleaned(readable?.siteName) ?? hostnameOf(pageUrl);
  const title = metadata.title ?? cleaned(readable?.title) ?? cleaned(document.querySelector("title")?.textContent);
  return {
    title: title && outlet ? withoutOutletSuffix(title, outlet) : title,
    byline: metadata.byline ?? cleaned(readable?.byline?.replace(/^by\s+/i, "")),
    outlet,
    publishedAt: metadata.publishedAt,
    text: joinParagraphs(paragraphs),
  };
}

const TITLE_AND_SITE = /^(.*\S)\s+[|\-–—·:]\s+(\S.*)$/;

/** "Tram line delayed | Valley Post" → "Tram line delayed": Readability keeps the site's name on short titles. */
function withoutOutletSuffix(title: string, outlet: string): string {
  const match = TITLE_AND_SITE.exec(title);
  return match?.[1] && match[2]?.toLowerCase() === outlet.toLowerCase() ? match[1] : title;
}

/** When Readability finds no article, the whole body's text (still without navigation, scripts or ads). */
function wholePageParagraphs(html: string): string[] {
  const document = parseHtmlDocument(html);
  removeAdvertisements(document);
  return paragraphsFromElement(document.body);
}

function cleaned(value: string | null | undefined): string | null {
  return value ? collapseWhitespace(value) || null : null;
}

/** The site's own name is unknown, so the outlet falls back to the site's address, without "www.". */
function hostnameOf(pageUrl: string | undefined): string | null {
  if (!pageUrl || !URL.canParse(pageUrl)) return null;
  return new URL(pageUrl).hostname.replace(/^www\./, "") || null;
}
