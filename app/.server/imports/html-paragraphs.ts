import { collapseWhitespace } from "./paragraphs";

// Elements whose start and end begin a new paragraph.
const BLOCK_ELEMENTS = new Set([
  "address",
  "article",
  "aside",
  "blockquote",
  "caption",
  "dd",
  "details",
  "div",
  "dl",
  "dt",
  "figcaption",
  "figure",
  "footer",
  "h1",
  "h2",
  "h3",
  "h4",
  "h5",
  "h6",
  "header",
  "hr",
  "li",
  "main",
  "ol",
  "p",
  "pre",
  "section",
  "summary",
  "table",
  "tr",
  "ul",
]);

// Never article text: code, embedded media, form controls, the page's own <title> and site navigation.
const NON_TEXT_ELEMENTS = new Set([
  "button",
  "canvas",
  "embed",
  "head",
  "iframe",
  "input",
  "nav",
  "noscript",
  "object",
  "script",
  "select",
  "style",
  "svg",
  "template",
  "textarea",
  "title",
]);

const TABLE_CELLS = new Set(["td", "th"]);

// Node.nodeType values (linkedom's nodes do not all carry the named constants).
const ELEMENT_NODE = 1;
const TEXT_NODE = 3;

/**
 * The paragraphs of an element's text: headings, list items, quotes and other blocks each become one,
 * with whitespace inside a paragraph collapsed.
 */
export function paragraphsFromElement(root: Element): string[] {
  const paragraphs: string[] = [];
  let pending = "";
  const flush = () => {
    const paragraph = collapseWhitespace(pending);
    if (paragraph) paragraphs.push(paragraph);
    pending = "";
  };
  const visit = (node: Node) => {
    if (node.nodeType === TEXT_NODE) {
      pending += node.nodeValue ?? "";
      return;
    }
    if (node.nodeType !== ELEMENT_NODE) return;
    const element = node as Element;
    const tag = element.localName.toLowerCase();
    if (NON_TEXT_ELEMENTS.has(tag) || element.hasAttribute("hidden")) return;
    // A line break inside a paragraph starts a new line, which reads as a new paragraph.
    if (tag === "br") return flush();
    const isBlock = BLOCK_ELEMENTS.has(tag);
    if (isBlock) flush();
    for (const child of Array.from(element.childNodes)) visit(child);
    if (isBlock) flush();
    else if (TABLE_CELLS.has(tag)) pending += " ";
  };
  visit(root);
  flush();
  return paragraphs;
}
