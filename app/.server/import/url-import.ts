import { type GuardedFetchOptions, guardedFetch } from "../fetch/guarded-fetch";
import { articleFromHtml, type HtmlArticle } from "./html-to-article";
import { UnsupportedContentError } from "./import-errors";
import { decodeHtmlPage } from "./text-decoding";

export type UrlArticle = HtmlArticle & {
  /** The address the article was finally read from, after redirects. */
  url: string;
};

const HTML_ACCEPT = "text/html,application/xhtml+xml;q=0.9";
const HTML_MEDIA_TYPES = new Set(["text/html", "application/xhtml+xml"]);

const KNOWN_MEDIA_TYPES: Record<string, string> = {
  "application/pdf": "a PDF document",
  "application/json": "JSON data",
  "text/plain": "plain text",
  "application/xml": "an XML file",
  "text/xml": "an XML file",
  "application/rss+xml": "a news feed",
  "application/atom+xml": "a news feed",
};

/** Fetches a news page through the guarded fetcher and reads the article in it. */
export async function articleFromUrl(
  url: string,
  options: Omit<GuardedFetchOptions, "accept"> = {},
): Promise<UrlArticle> {
  const page = await guardedFetch(url, { ...options, accept: HTML_ACCEPT });
  const mediaType = page.contentType?.split(";")[0]?.trim().toLowerCase() || null;
  if (mediaType ? !HTML_MEDIA_TYPES.has(mediaType) : !looksLikeHtml(page.body)) {
    throw new UnsupportedContentError(
      `${page.url} is ${describeMediaType(mediaType)}, not a web page. Claimdesk can only import articles from web pages.`,
    );
  }
  return { url: page.url, ...articleFromHtml(decodeHtmlPage(page.body, page.contentType), page.url) };
}

/** Servers that send no Content-Type still serve HTML often enough to check the first bytes. */
function looksLikeHtml(body: Buffer): boolean {
  return /^(\uFEFF)?\s*<(!doctype html|html|head|body|!--)/i.test(body.subarray(0, 512).toString("utf8"));
}

function describeMediaType(mediaType: string | null): string {
  if (!mediaType) return "a file of unknown type";
  const known = KNOWN_MEDIA_TYPES[mediaType];
  if (known) return known;
  const [kind] = mediaType.split("/");
  if (kind === "image" || kind === "audio") return `an ${kind} file (${mediaType})`;
  if (kind === "video") return `a video file (${mediaType})`;
  return `a file of type ${mediaType}`;
}
