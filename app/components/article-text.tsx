import { type MouseEvent, memo, useMemo } from "react";
import type { EvidenceSpan } from "~/domain/attribution-evidence";
import type { ClaimKind, ClaimState } from "~/domain/claim-states";
import { highlightSegments, type Paragraph, withEvidence } from "~/domain/highlight-segments";
import { EVIDENCE_MARK_CLASS } from "./attribution-evidence";
import { highlightClass } from "./claim-style";

export interface TextClaim {
  id: number;
  kind: ClaimKind;
  state: ClaimState;
  start: number;
  end: number;
  anchorLost: boolean;
}

interface ArticleTextProps {
  body: string;
  claims: TextClaim[];
  selectedId: number | null;
  /** The selected claim's attribution (speaker mention, cue, resolved name), highlighted as evidence. */
  evidence: EvidenceSpan[];
  onSelect: (id: number) => void;
}

/** The article with every claim highlighted in place. Every run of text carries its offset in the
 *  body (data-offset), so a mouse selection maps back to exact offsets. The text is cut once per set of
 *  claims; a new selection re-renders only the paragraphs it touches. */
export function ArticleText({ body, claims, selectedId, evidence, onSelect }: ArticleTextProps) {
  const byId = useMemo(() => new Map(claims.map((claim) => [claim.id, claim])), [claims]);
  const paragraphs = useMemo(
    () =>
      highlightSegments(
        body,
        claims.filter((claim) => !claim.anchorLost),
      ),
    [body, claims],
  );
  return (
    <div id="article-text" className="space-y-4 font-serif text-lg leading-relaxed">
      {paragraphs.map((paragraph) => {
        const holdsSelection = paragraph.segments.some((segment) => segment.claimIds.includes(selectedId ?? -1));
        return (
          <ArticleParagraph
            key={paragraph.start}
            body={body}
            paragraph={withEvidence(paragraph, evidence)}
            byId={byId}
            selectedId={holdsSelection ? selectedId : null}
            onSelect={onSelect}
          />
        );
      })}
    </div>
  );
}

interface ArticleParagraphProps {
  body: string;
  paragraph: Paragraph;
  byId: Map<number, TextClaim>;
  /** The selected claim when it is in this paragraph, else null (so other paragraphs need not re-render). */
  selectedId: number | null;
  onSelect: (id: number) => void;
}

const ArticleParagraph = memo(function ArticleParagraph({
  body,
  paragraph,
  byId,
  selectedId,
  onSelect,
}: ArticleParagraphProps) {
  const select = (id: number) => (event: MouseEvent) => {
    if (event.metaKey || event.ctrlKey || event.shiftKey) return;
    event.preventDefault();
    onSelect(id);
  };
  return (
    <p>
      {paragraph.segments.map((segment) => {
        const text = body.slice(segment.start, segment.end);
        const claimId = segment.claimIds.includes(selectedId ?? -1) ? selectedId : segment.claimIds[0];
        const claim = claimId === undefined || claimId === null ? undefined : byId.get(claimId);
        const evidenceClass = segment.evidence ? EVIDENCE_MARK_CLASS[segment.evidence] : "";
        if (!claim) {
          return (
            <span
              key={segment.start}
              data-offset={segment.start}
              data-evidence={segment.evidence ?? undefined}
              className={evidenceClass || undefined}
            >
              {text}
            </span>
          );
        }
        return (
          <a
            key={segment.start}
            href={`?claim=${claim.id}#claim-${claim.id}`}
            data-offset={segment.start}
            data-claim={claim.id}
            data-evidence={segment.evidence ?? undefined}
            onClick={select(claim.id)}
            className={`${highlightClass(claim.kind, claim.state, claim.id === selectedId)} ${evidenceClass}`.trim()}
          >
            {text}
          </a>
        );
      })}
    </p>
  );
});
