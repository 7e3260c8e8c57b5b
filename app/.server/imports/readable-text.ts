import { type GuardedFetchOptions, guardedFetch } from "../fetch/guarded-fetch";
import { articleFromHtml } from "./html-to-article";
import { UnsupportedContentError } from "./import-errors";
import { describeMediaType, isHtml, mediaTypeOf } from "./media-type";
import { decodeHtmlPage } from "./text-decoding";

export type ReadableText = {
  /** The address that finally answered, after redirects. */
  url: string;
  title: string | null;
  /** Paragraphs separated by a blank line (a web page), or the file's own lines (plain text). */
  text: string;
};

const READABLE_ACCEPT = "text/html,application/xhtml+xml;q=0.9,text/plain;q=0.8,*/*;q=0.5";

/**
 * The text a reader sees at a web address: a web page's readable text (as URL import reads an
 * article), or a plain-text file as it is. Anything else (a PDF, an image…) is refused with a message
 * that names what it was; fetch refusals come through as the guarded fetcher's FetchRefusedError.
 */
export async function readableTextFromUrl(
  url: string,
  options: Omit<GuardedFetchOptions, "accept"> = {},
): Promise<ReadableText> {
  const page = await guardedFetch(url, { ...options, accept: READABLE_ACCEPT });
  const mediaType = mediaTypeOf(page.contentType);
  if (isHtml(mediaType, page.body)) {
    const { title, text } = articleFromHtml(decodeHtmlPage(page.body, page.contentType), page.url);
    return { url: page.url, title, text };
  }
  if (isPlainText(mediaType)) {
    // A plain-text file declares its charset in the header, if at all; the HTML decoder honours that.
    const text = decodeHtmlPage(page.body, page.contentType).replace(/\r\n?/g, "\n").trim();
    return { url: page.url, title: null, text };
  }
  throw new UnsupportedContentError(
    `${page.url} is ${describeMediaType(mediaType)}: Claimdesk can only read the text of web pages and plain-text files.`,
  );
}

function isPlainText(mediaType: string | null): boolean {
  return mediaType !== null && (mediaType.startsWith("text/") || mediaType === "application/json");
}
