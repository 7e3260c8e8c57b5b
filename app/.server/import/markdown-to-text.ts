import { collapseWhitespace, joinParagraphs, withoutLeadingTitle } from "./paragraphs";

export type MarkdownText = { title: string | null; text: string };

type Block = { text: string; isTitleHeading: boolean };

const FRONT_MATTER = /^---\n[\s\S]*?\n---(\n|$)/;
const FENCE = /^\s{0,3}(`{3,}|~{3,})/;
const ATX_HEADING = /^\s{0,3}(#{1,6})(?:\s+(.*?))?(?:\s+#+)?\s*$/;
const SETEXT_UNDERLINE = /^\s{0,3}(=+|-+)\s*$/;
const THEMATIC_BREAK = /^\s{0,3}([-*_])(?:\s*\1){2,}\s*$/;
const LIST_ITEM = /^\s*(?:[-*+]|\d{1,9}[.)])\s+(.*)$/;
const BLOCKQUOTE_MARKERS = /^(?:\s{0,3}>\s?)+/;
const LINK_DEFINITION = /^\s{0,3}\[[^\]]+\]:\s*\S+/;

/**
 * The plain text of a Markdown article: syntax stripped, one paragraph per paragraph, heading,
 * list item or quote; the title is the first level-1 heading.
 */
export function textFromMarkdown(markdown: string): MarkdownText {
  const blocks = markdownBlocks(markdown.replace(/\r\n?/g, "\n").replace(FRONT_MATTER, ""));
  const title = blocks.find((block) => block.isTitleHeading)?.text ?? null;
  const paragraphs = blocks.map((block) => block.text);
  return { title, text: joinParagraphs(withoutLeadingTitle(paragraphs, title)) };
}

/** Splits Markdown into blocks and reduces each to plain inline text. */
function markdownBlocks(markdown: string): Block[] {
  const blocks: Block[] = [];
  let lines: string[] = [];
  let fence: string | null = null;
  let inQuote = false;
  const flush = (isTitleHeading = false) => {
    const text = collapseWhitespace(fence ? lines.join(" ") : plainInline(lines.join(" ")));
    if (text) blocks.push({ text, isTitleHeading });
    lines = [];
  };

  for (const rawLine of markdown.split("\n")) {
    if (fence) {
      // Code keeps its characters as written; only the fences go.
      if (rawLine.trim().startsWith(fence)) {
        flush();
        fence = null;
      } else lines.push(rawLine);
      continue;
    }
    const fenceMatch = FENCE.exec(rawLine);
    if (fenceMatch?.[1]) {
      flush();
      fence = fenceMatch[1];
      continue;
    }
    const quoted = BLOCKQUOTE_MARKERS.test(rawLine);
    const line = rawLine.replace(BLOCKQUOTE_MARKERS, "");
    // Entering or leaving a quotation starts a new paragraph.
    if (quoted !== inQuote) flush();
    inQuote = quoted;

    const heading = ATX_HEADING.exec(line);
    const setext = SETEXT_UNDERLINE.exec(line);
    const listItem = LIST_ITEM.exec(line);
    if (line.trim() === "" || LINK_DEFINITION.test(line)) flush();
    else if (heading?.[1]) {
      flush();
      lines = [heading[2] ?? ""];
      flush(heading[1] === "#");
    } else if (setext?.[1] && lines.length > 0) flush(setext[1].startsWith("="));
    else if (THEMATIC_BREAK.test(line)) flush();
    else if (listItem) {
      flush();
      lines = [listItem[1] ?? ""];
    } else lines.push(line);
  }
  flush();
  return blocks;
}

const PROTECTED = /\uE000(\d+)\uE000/g;

/** Strips inline Markdown and HTML from one paragraph, keeping the words a reader sees. */
function plainInline(markdown: string): string {
  // Code spans and backslash escapes are literal text: set them aside so no later rule touches them.
  const literals: string[] = [];
  const protect = (literal: string) => `\uE000${literals.push(literal) - 1}\uE000`;
  const stripped = markdown
    .replace(/(`+)(.+?)\1/g, (_match, _ticks, code: string) => protect(code.trim()))
    .replace(/\\([\\`*_{}[\]()#+\-.!>~|<"'])/g, (_match, character: string) => protect(character))
    .replace(/<!--[\s\S]*?-->/g, "")
    .replace(/!\[[^\]]*\](?:\([^)]*\)|\[[^\]]*\])/g, "")
    .replace(/\[([^\]]+)\](?:\([^)]*\)|\[[^\]]*\])/g, "$1")
    .replace(/<((?:https?|mailto):[^>\s]+)>/gi, "$1")
    .replace(/<\/?[a-z][^>]*>/gi, "")
    .replace(/(\*\*|__)(?=\S)(.+?)(?<=\S)\1/g, "$2")
    .replace(/~~(?=\S)(.+?)(?<=\S)~~/g, "$1")
    .replace(/\*(?=\S)([^*]+?)(?<=\S)\*/g, "$1")
    .replace(/(^|[^\w])_(?=\S)([^_]+?)(?<=\S)_(?![\w])/g, "$1$2");
  return decodeEntities(stripped).replace(PROTECTED, (_match, index: string) => literals[Number(index)] ?? "");
}

const NAMED_ENTITIES: Record<string, string> = { amp: "&", lt: "<", gt: ">", quot: '"', apos: "'", nbsp: " " };

function decodeEntities(text: string): string {
  return text.replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, (entity, name: string) => {
    if (name.startsWith("#")) {
      const codePoint = name[1]?.toLowerCase() === "x" ? Number.parseInt(name.slice(2), 16) : Number(name.slice(1));
      return codePoint > 0 && codePoint <= 0x10ffff ? String.fromCodePoint(codePoint) : entity;
    }
    return NAMED_ENTITIES[name.toLowerCase()] ?? entity;
  });
}
