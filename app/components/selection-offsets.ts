// Maps the browser's text selection inside the article to offsets in the article body, using the
// data-offset that every run of text in <ArticleText> carries.

function offsetAt(container: HTMLElement, node: Node, offset: number): number | null {
  if (node.nodeType === Node.TEXT_NODE) {
    const run = node.parentElement?.closest<HTMLElement>("[data-offset]");
    if (!run || !container.contains(run)) return null;
    return Number(run.dataset.offset) + offset;
  }
  if (!(node instanceof HTMLElement) || !container.contains(node)) return null;
  const child = node.childNodes[offset];
  if (child instanceof HTMLElement && child.dataset.offset) return Number(child.dataset.offset);
  const previous = node.childNodes[offset - 1];
  if (previous instanceof HTMLElement && previous.dataset.offset) {
    return Number(previous.dataset.offset) + (previous.textContent?.length ?? 0);
  }
  return null;
}

/** The selected span of the body, white space trimmed, or null when nothing in the article is selected. */
export function selectionOffsets(container: HTMLElement, body: string): { start: number; end: number } | null {
  const selection = window.getSelection();
  if (!selection || selection.rangeCount === 0 || selection.isCollapsed) return null;
  const range = selection.getRangeAt(0);
  let start = offsetAt(container, range.startContainer, range.startOffset);
  let end = offsetAt(container, range.endContainer, range.endOffset);
  if (start === null || end === null) return null;
  while (start < end && /\s/.test(body[start] ?? "")) start++;
  while (end > start && /\s/.test(body[end - 1] ?? "")) end--;
  return end > start ? { start, end } : null;
}
