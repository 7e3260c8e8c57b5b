import type { AttributionView, EvidenceRole } from "~/domain/attribution-evidence";

export const EVIDENCE_MARK_CLASS: Record<EvidenceRole, string> = {
  mention: "bg-violet-200 underline decoration-violet-700 decoration-2",
  cue: "bg-violet-100",
  antecedent: "bg-sky-200 underline decoration-sky-700 decoration-2",
};

const MARK_TITLE: Record<EvidenceRole, string> = {
  mention: "read as the speaker",
  cue: "the words that attribute the quote",
  antecedent: "the name it was resolved to",
};

function withoutEvidence(view: AttributionView): string {
  if (view.checked) return "The speaker was set by hand.";
  if (view.description)
    return `The article says “${view.description}”: a description, not a named speaker. Check who said it.`;
  return "No attribution found in the text: check who said it.";
}

/** The flag a medium or low attribution carries until a person confirms or corrects the speaker. */
export function CheckSpeakerFlag() {
  return <span className="rounded bg-amber-200 px-1 text-xs font-semibold text-amber-950">Check the speaker</span>;
}

/** How extraction found the speaker: the rule, how sure it is, and the article's words it rests on, with
 *  the pronoun or surname and the name it was read as marked. */
export function AttributionEvidence({ view }: { view: AttributionView }) {
  if (view.passages.length === 0) {
    return <p className="text-sm text-stone-600">{withoutEvidence(view)}</p>;
  }
  return (
    <div className="space-y-2 text-sm" data-attribution={view.confidence ?? "none"}>
      {view.needsCheck ? (
        <p className="rounded border border-amber-300 bg-amber-50 p-2">
          <CheckSpeakerFlag />{" "}
          {view.mention && view.resolvedName && view.mention !== view.resolvedName ? (
            <>
              The machine read <mark className={EVIDENCE_MARK_CLASS.mention}>{view.mention}</mark> as{" "}
              <mark className={EVIDENCE_MARK_CLASS.antecedent}>{view.resolvedName}</mark>.{" "}
            </>
          ) : null}
          It is less sure of this speaker than of a name written beside the quote.
        </p>
      ) : null}
      {view.rule ? (
        <p className="text-stone-600">
          Rule: {view.rule}
          {view.confidenceLabel ? <> · Confidence: {view.confidenceLabel}</> : null}
          {view.checked ? <> · Checked by a person</> : null}
        </p>
      ) : null}
      {view.description ? (
        <p className="text-stone-600">
          “{view.description}” describes the source rather than naming it, so the machine set no speaker.
        </p>
      ) : null}
      {view.passages.map((passage) => (
        <blockquote key={passage.parts[0]?.start} className="border-l-4 border-violet-200 pl-2 font-serif">
          {passage.cutBefore ? "… " : null}
          {passage.parts.map((part) =>
            part.role ? (
              <mark
                key={part.start}
                className={EVIDENCE_MARK_CLASS[part.role]}
                title={MARK_TITLE[part.role]}
                data-evidence={part.role}
              >
                {part.text}
              </mark>
            ) : (
              <span key={part.start}>{part.text}</span>
            ),
          )}
          {passage.cutAfter ? " …" : null}
        </blockquote>
      ))}
    </div>
  );
}
