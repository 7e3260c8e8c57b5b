import { DOMParser } from "linkedom";

const DOCUMENT_WRAPPER_TAGS = /<!doctype[^>]*>|<\/?(html|body)\b[^>]*>/gi;

/**
 * A server-side DOM for an HTML string, typed as the standard DOM that Readability expects.
 * linkedom does not build the implied <html> and <body> around fragments (or pages that omit them),
 * so such input is rewrapped to always give a document with a body.
 */
export function parseHtmlDocument(html: string): Document {
  const document = parse(html);
  if (document.documentElement?.localName === "html" && document.querySelector("html > body")) return document;
  return parse(`<!doctype html><html><head></head><body>${html.replace(DOCUMENT_WRAPPER_TAGS, "")}</body></html>`);
}

function parse(html: string): Document {
  return new DOMParser().parseFromString(html, "text/html") as unknown as Document;
}
