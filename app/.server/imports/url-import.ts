import { type GuardedFetchOptions, guardedFetch } from "../fetch/guarded-fetch";
import { articleFromHtml, type HtmlArticle } from "./html-to-article";
import { UnsupportedContentError } from "./import-errors";
import { describeMediaType, isHtml, mediaTypeOf } from "./media-type";
import { decodeHtmlPage } from "./text-decoding";

export type UrlArticle = HtmlArticle & {
  /** The address the article was finally read from, after redirects. */
  url: string;
};

const HTML_ACCEPT = "text/html,application/xhtml+xml;q=0.9";

/** Fetches a news page through the guarded fetcher and reads the article in it. */
export async function articleFromUrl(
  url: string,
  options: Omit<GuardedFetchOptions, "accept"> = {},
): Promise<UrlArticle> {
  const page = await guardedFetch(url, { ...options, accept: HTML_ACCEPT });
  const mediaType = mediaTypeOf(page.contentType);
  if (!isHtml(mediaType, page.body)) {
    throw new UnsupportedContentError(
      `${page.url} is ${describeMediaType(mediaType)}, not a web page. Claimdesk can only import articles from web pages.`,
    );
  }
  return { url: page.url, ...articleFromHtml(decodeHtmlPage(page.body, page.contentType), page.url) };
}
