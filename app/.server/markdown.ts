import { Marked } from "marked";
import sanitizeHtml from "sanitize-html";

// Verdict rationales are Markdown written by staff and shown to readers. marked passes raw HTML
// through, so its output goes through an allow-list: text formatting, lists, quotes, tables and
// http(s)/mailto links only, which open without handing the page to the linked site.

const markdown = new Marked({ gfm: true, breaks: false, async: false });

const SAFE_HTML: sanitizeHtml.IOptions = {
  allowedTags: [
    "p",
    "br",
    "hr",
    "strong",
    "em",
    "b",
    "i",
    "del",
    "s",
    "code",
    "pre",
    "blockquote",
    "ul",
    "ol",
    "li",
    "h2",
    "h3",
    "h4",
    "h5",
    "h6",
    "a",
    "sup",
    "sub",
    "table",
    "thead",
    "tbody",
    "tr",
    "th",
    "td",
  ],
  allowedAttributes: { a: ["href", "title", "rel"], ol: ["start"], th: ["align"], td: ["align"] },
  allowedSchemes: ["http", "https", "mailto"],
  allowProtocolRelative: false,
  transformTags: {
    h1: "h2",
    a: sanitizeHtml.simpleTransform("a", { rel: "nofollow noopener noreferrer" }),
  },
};

/** Markdown as HTML that is safe to put in a page. */
export function renderMarkdown(text: string): string {
  return sanitizeHtml(markdown.parse(text) as string, SAFE_HTML);
}
