/** Where each non-blank line (a paragraph of article text) starts and ends. */
export function paragraphRanges(body: string): { start: number; end: number }[] {
  const ranges: { start: number; end: number }[] = [];
  let start = 0;
  for (;;) {
    const newline = body.indexOf("\n", start);
    const end = newline === -1 ? body.length : newline;
    if (body.slice(start, end).trim()) ranges.push({ start, end });
    if (newline === -1) return ranges;
    start = newline + 1;
  }
}
