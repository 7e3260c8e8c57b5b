// Search matches come back from Postgres (ts_headline) wrapped in two private-use characters that
// no claim text contains. Splitting on them gives plain text runs that the page renders as text
// (escaped by React) with the matches in <mark>: no HTML from the database is ever trusted.

export const MATCH_START = "\uE000";
export const MATCH_END = "\uE001";

export interface HighlightPart {
  text: string;
  match: boolean;
}

export function highlightParts(marked: string): HighlightPart[] {
  const parts: HighlightPart[] = [];
  for (const [index, piece] of marked.split(MATCH_START).entries()) {
    const [inside, outside] = index === 0 ? [null, piece] : splitOnce(piece);
    if (inside) parts.push({ text: inside, match: true });
    if (outside) parts.push({ text: outside.replaceAll(MATCH_END, ""), match: false });
  }
  return mergeNeighbours(parts);
}

function splitOnce(piece: string): [string, string] {
  const end = piece.indexOf(MATCH_END);
  return end === -1 ? [piece, ""] : [piece.slice(0, end), piece.slice(end + MATCH_END.length)];
}

// ts_headline marks each matching word, so "budget deficit" comes back as two marks with a space
// between them; a match, blank gap and match read as one mark, which keeps the markup small.
function mergeNeighbours(parts: HighlightPart[]): HighlightPart[] {
  const merged: HighlightPart[] = [];
  for (const [index, part] of parts.entries()) {
    const last = merged.at(-1);
    const bridgesMatches = !part.match && part.text.trim() === "" && last?.match && parts[index + 1]?.match;
    if (last && (last.match === part.match || bridgesMatches)) last.text += part.text;
    else merged.push({ ...part });
  }
  return merged;
}
