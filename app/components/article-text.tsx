import type { MouseEvent } from "react";
import type { EvidenceSpan } from "~/domain/attribution-evidence";
import type { ClaimKind, ClaimState } from "~/domain/claim-states";
import { highlightSegments } from "~/domain/highlight-segments";
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
 *  body (data-offset), so a mouse selection maps back to exact offsets. */
export function ArticleText({ body, claims, selectedId, evidence, onSelect }: ArticleTextProps) {
  const byId = new Map(claims.map((claim) => [claim.id, claim]));
  const paragraphs = highlightSegments(
    body,
    claims.filter((claim) => !claim.anchorLost),
    evidence,
  );
  const select = (id: number) => (event: MouseEvent) => {
    if (event.metaKey || event.ctrlKey || event.shiftKey) return;
    event.preventDefault();
    onSelect(id);
  };
  return (
    <div id="article-text" className="space-y-4 font-serif text-lg leading-relaxed">
      {paragraphs.map((paragraph) => (
        <p key={paragraph.start}>
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
                  className={evidenceClass}
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
                className={`${highlightClass(claim.kind, claim.state, claim.id === selectedId)} ${evidenceClass}`}
              >
                {text}
              </a>
            );
          })}
        </p>
      ))}
    </div>
  );
}
