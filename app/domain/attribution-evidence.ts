import type { AttributionRule, Confidence, ExtractedClaim } from "./extraction/types";
import { paragraphRanges } from "./paragraph-ranges";

/** Where the words an attribution rests on are in the article. */
export type EvidenceOffsets = Pick<
  ExtractedClaim,
  "speakerStart" | "speakerEnd" | "cueStart" | "cueEnd" | "antecedentStart" | "antecedentEnd"
>;

/** What a claim keeps of how extraction found its speaker. */
export interface AttributionFacts extends EvidenceOffsets, Pick<ExtractedClaim, "speakerDescription"> {
  attributionRule: AttributionRule | null;
  attributionConfidence: Confidence | null;
  speakerChecked: boolean;
}

/** How each rule of the sieve read the attribution, in the words a checker uses. */
export const ATTRIBUTION_RULE_LABELS: Record<AttributionRule, string> = {
  "transcript-label": "a speaker's label in a transcript",
  "quote-verb-name": "“…,” said Name",
  "quote-name-verb": "“…,” Name said",
  "name-verb-quote": "Name said “…”",
  "reported-speech": "a quote inside someone's reported speech",
  "colon-introduction": "a colon after the speaker",
  "according-to": "“according to” the speaker",
  "sentence-end-cue": "a cue closing the sentence (“…, Name said.”)",
  "sentence-subject": "the subject of the sentence",
  "paragraph-cue": "a cue elsewhere in the paragraph",
  "credit-line": "a credit line naming the speaker",
  continuation: "the speaker of the quote this one continues",
  "next-sentence": "the speaker named in the next sentence",
  "previous-speaker": "the speaker of the previous quote",
  "recent-subject": "the person the article was last talking about",
  "statement-cue": "a statement verb",
};

export const CONFIDENCE_LABELS: Record<Confidence, string> = {
  high: "high, the name is written beside the cue",
  medium: "medium, a pronoun, surname or earlier speaker was read as this name",
  low: "low, a guess",
};

/** Medium and low attributions ask a person to look, until someone confirms or corrects the speaker. */
export function speakerNeedsCheck(claim: Pick<AttributionFacts, "attributionConfidence" | "speakerChecked">): boolean {
  return (claim.attributionConfidence === "medium" || claim.attributionConfidence === "low") && !claim.speakerChecked;
}

export type EvidenceRole = "mention" | "cue" | "antecedent";

export interface EvidenceSpan {
  start: number;
  end: number;
  role: EvidenceRole;
}

/** The words the attribution rests on: the mention (a name, or the pronoun or surname read as one),
 *  the cue, and the earlier name a pronoun or surname was resolved to. */
export function evidenceSpans(claim: AttributionFacts): EvidenceSpan[] {
  const spans: EvidenceSpan[] = [];
  const add = (start: number | null, end: number | null, role: EvidenceRole) => {
    if (start !== null && end !== null && start < end) spans.push({ start, end, role });
  };
  add(claim.antecedentStart, claim.antecedentEnd, "antecedent");
  add(claim.speakerStart, claim.speakerEnd, "mention");
  add(claim.cueStart, claim.cueEnd, "cue");
  return spans.sort((a, b) => a.start - b.start);
}

export interface PassagePart {
  /** Where the words start in the article. */
  start: number;
  text: string;
  role: EvidenceRole | null;
}

/** A piece of the article around some of the evidence, cut to at most `PASSAGE_REACH` characters either
 *  side; `cutBefore`/`cutAfter` say whether words were left out there. */
export interface EvidencePassage {
  parts: PassagePart[];
  cutBefore: boolean;
  cutAfter: boolean;
}

const PASSAGE_REACH = 160;

/** The article's words around the evidence, one passage per paragraph it sits in, with the evidence
 *  marked: a checker sees the pronoun and the name it was read as without reading the whole article. */
export function evidencePassages(body: string, spans: EvidenceSpan[]): EvidencePassage[] {
  const inBody = spans.filter((span) => span.end <= body.length);
  const paragraphs = paragraphRanges(body);
  const passages: EvidencePassage[] = [];
  for (const paragraph of paragraphs) {
    const inside = inBody.filter((span) => span.start >= paragraph.start && span.end <= paragraph.end);
    const first = inside[0];
    const last = inside.at(-1);
    if (!first || !last) continue;
    const start = wordBoundaryBefore(body, Math.max(paragraph.start, first.start - PASSAGE_REACH), paragraph.start);
    const end = wordBoundaryAfter(body, Math.min(paragraph.end, last.end + PASSAGE_REACH), paragraph.end);
    const parts: PassagePart[] = [];
    let at = start;
    for (const span of inside) {
      if (span.start < at) continue;
      if (span.start > at) parts.push({ start: at, text: body.slice(at, span.start), role: null });
      parts.push({ start: span.start, text: body.slice(span.start, span.end), role: span.role });
      at = span.end;
    }
    if (end > at) parts.push({ start: at, text: body.slice(at, end), role: null });
    passages.push({ parts, cutBefore: start > paragraph.start, cutAfter: end < paragraph.end });
  }
  return passages;
}

const isSpace = (char: string | undefined) => char === undefined || /\s/.test(char);

function wordBoundaryBefore(body: string, at: number, floor: number): number {
  let index = at;
  while (index > floor && !isSpace(body[index - 1])) index -= 1;
  return index;
}

function wordBoundaryAfter(body: string, at: number, ceiling: number): number {
  let index = at;
  while (index < ceiling && !isSpace(body[index])) index += 1;
  return index;
}

/** Everything the article and claim pages show of an attribution. */
export interface AttributionView {
  rule: string | null;
  confidence: Confidence | null;
  confidenceLabel: string | null;
  needsCheck: boolean;
  /** A person confirmed or set the speaker. */
  checked: boolean;
  /** The words read as the speaker, and the name they were resolved to when that is written elsewhere. */
  mention: string | null;
  resolvedName: string | null;
  description: string | null;
  passages: EvidencePassage[];
}

export function attributionView(body: string, claim: AttributionFacts): AttributionView {
  const text = (start: number | null, end: number | null) =>
    start !== null && end !== null && end <= body.length ? body.slice(start, end) : null;
  return {
    rule: claim.attributionRule ? ATTRIBUTION_RULE_LABELS[claim.attributionRule] : null,
    confidence: claim.attributionConfidence,
    confidenceLabel: claim.attributionConfidence ? CONFIDENCE_LABELS[claim.attributionConfidence] : null,
    needsCheck: speakerNeedsCheck(claim),
    checked: claim.speakerChecked,
    mention: text(claim.speakerStart, claim.speakerEnd),
    resolvedName: text(claim.antecedentStart, claim.antecedentEnd),
    description: claim.speakerDescription,
    passages: evidencePassages(body, evidenceSpans(claim)),
  };
}
