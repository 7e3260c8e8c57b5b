/** Article text is paragraphs separated by one blank line. */
const PARAGRAPH_SEPARATOR = "\n\n";

/** Runs of any whitespace (including non-breaking spaces and newlines) become one space. */
export function collapseWhitespace(text: string): string {
  return text.replace(/\s+/g, " ").trim();
}

/**
 * Drops the first paragraph when it merely repeats the title, as Readability does for web pages,
 * so the headline is not shown twice.
 */
export function withoutLeadingTitle(paragraphs: string[], title: string | null): string[] {
  return title !== null && paragraphs[0] === title ? paragraphs.slice(1) : paragraphs;
}

export function joinParagraphs(paragraphs: string[]): string {
  return paragraphs.join(PARAGRAPH_SEPARATOR);
}
