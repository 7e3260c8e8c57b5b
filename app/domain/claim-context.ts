import { paragraphRanges } from "./paragraph-ranges";

/** The paragraph a claim sits in, cut around the claim so it can be shown highlighted. */
export interface ClaimContext {
  before: string;
  claim: string;
  after: string;
}

export function claimInParagraph(body: string, start: number, end: number): ClaimContext | null {
  if (start >= end || end > body.length) return null;
  const ranges = paragraphRanges(body);
  const first = ranges.find((range) => range.end > start) ?? { start, end };
  const last = [...ranges].reverse().find((range) => range.start < end) ?? first;
  return {
    before: body.slice(Math.min(first.start, start), start),
    claim: body.slice(start, end),
    after: body.slice(end, Math.max(last.end, end)),
  };
}
