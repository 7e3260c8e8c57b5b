// Splits an article body into paragraphs and, within them, into runs of text covered by the same
// claims, so that every claim can be highlighted in place even where claims overlap (a number
// inside a quote). Offsets stay those of the body, so a selection maps straight back to them.

import type { EvidenceRole, EvidenceSpan } from "./attribution-evidence";
import { paragraphRanges } from "./paragraph-ranges";

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

/** The article's paragraphs cut into runs covered by the same claims. One sweep over sorted cut points,
 *  so an article with thousands of candidates is cut in a few milliseconds. */
export function highlightSegments(body: string, claims: HighlightSpan[]): Paragraph[] {
  const valid = claims
    .filter((claim) => claim.start < claim.end && claim.end <= body.length)
    .sort((a, b) => a.start - b.start);
  const cuts = [...new Set(valid.flatMap((claim) => [claim.start, claim.end]))].sort((a, b) => a - b);
  let nextCut = 0;
  let nextClaim = 0;
  let active: HighlightSpan[] = [];
  return paragraphRanges(body).map(({ start, end }) => {
    while (nextCut < cuts.length && (cuts[nextCut] as number) <= start) nextCut++;
    const bounds = [start];
    while (nextCut < cuts.length && (cuts[nextCut] as number) < end) bounds.push(cuts[nextCut++] as number);
    bounds.push(end);
    const segments: Segment[] = [];
    for (let i = 0; i + 1 < bounds.length; i++) {
      const from = bounds[i] as number;
      const to = bounds[i + 1] as number;
      while (nextClaim < valid.length && (valid[nextClaim] as HighlightSpan).start <= from) {
        active.push(valid[nextClaim++] as HighlightSpan);
      }
      active = active.filter((claim) => claim.end > from);
      const covering = active.filter((claim) => claim.start <= from && to <= claim.end);
      covering.sort((a, b) => a.end - a.start - (b.end - b.start));
      segments.push({ start: from, end: to, claimIds: covering.map((claim) => claim.id), evidence: null });
    }
    return { start, end, segments };
  });
}

/** A paragraph with the selected claim's evidence marked: its runs cut again where evidence starts or ends. */
export function withEvidence(paragraph: Paragraph, evidence: EvidenceSpan[]): Paragraph {
  const inside = evidence.filter((span) => span.start < paragraph.end && span.end > paragraph.start);
  if (inside.length === 0) return paragraph;
  const segments = paragraph.segments.flatMap((segment) => {
    const bounds = [
      segment.start,
      ...inside
        .flatMap((span) => [span.start, span.end])
        .filter((cut) => cut > segment.start && cut < segment.end)
        .sort((a, b) => a - b),
      segment.end,
    ];
    return bounds.slice(1).map((to, index) => {
      const from = bounds[index] as number;
      const role = inside.find((span) => span.start <= from && to <= span.end)?.role ?? null;
      return { ...segment, start: from, end: to, evidence: role };
    });
  });
  return { ...paragraph, segments };
}
