import { Marked } from "marked";
import { paragraphsFromElement } from "./html-paragraphs";
import { collapseWhitespace, joinParagraphs, withoutLeadingTitle } from "./paragraphs";
import { parseHtmlDocument } from "./parse-html";

export type MarkdownText = { title: string | null; text: string };

// YAML front matter is not Markdown: marked would render it as a rule and a heading.
const FRONT_MATTER = /^---\n[\s\S]*?\n---(\n|$)/;

// A private instance, so no other code's marked.use() changes how articles are read.
const markdown = new Marked({ gfm: true, async: false });

/**
 * The plain text of a Markdown article, read the same way as a web page: marked renders it to HTML,
 * whose blocks become paragraphs. The title is the first level-1 heading.
 */
export function textFromMarkdown(source: string): MarkdownText {
  const html = markdown.parse(source.replace(/\r\n?/g, "\n").replace(FRONT_MATTER, ""), { async: false });
  const document = parseHtmlDocument(html);
  const heading = document.querySelector("h1")?.textContent;
  const title = heading ? collapseWhitespace(heading) || null : null;
  return { title, text: joinParagraphs(withoutLeadingTitle(paragraphsFromElement(document.body), title)) };
}
