// Splits an article body into paragraphs and, within them, into runs of text covered by the same
// claims, so that every claim can be highlighted in place even where claims overlap (a number
// inside a quote). Offsets stay those of the body, so a selection maps straight back to them.

import type { EvidenceRole, EvidenceSpan } from "./attribution-evidence";

export interface HighlightSpan {
  id: number;
  start: number;
  end: number;
}

export interface Segment {
  start: number;
  end: number;
  /** Claims covering this run, innermost (shortest) first. */
  claimIds: number[];
  /** The part of the selected claim's attribution this run is (speaker mention, cue, or the name a pronoun
   *  was read as), or null. */
  evidence: EvidenceRole | null;
}

export interface Paragraph {
  start: number;
  end: number;
  segments: Segment[];
}

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

export function highlightSegments(body: string, claims: HighlightSpan[], evidence: EvidenceSpan[] = []): Paragraph[] {
  const valid = claims.filter((claim) => claim.start < claim.end && claim.end <= body.length);
  const bySize = [...valid].sort((a, b) => a.end - a.start - (b.end - b.start));
  const cuts = new Set<number>();
  for (const span of [...valid, ...evidence]) {
    cuts.add(span.start);
    cuts.add(span.end);
  }
  return paragraphRanges(body).map(({ start, end }) => {
    const bounds = [start, ...[...cuts].filter((cut) => cut > start && cut < end).sort((a, b) => a - b), end];
    const segments: Segment[] = [];
    for (let i = 0; i + 1 < bounds.length; i++) {
      const from = bounds[i] as number;
      const to = bounds[i + 1] as number;
      segments.push({
        start: from,
        end: to,
        claimIds: bySize.filter((claim) => claim.start <= from && to <= claim.end).map((claim) => claim.id),
        evidence: evidence.find((span) => span.start <= from && to <= span.end)?.role ?? null,
      });
    }
    return { start, end, segments };
  });
}
