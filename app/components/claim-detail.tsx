import { Form, Link } from "@remix-run/react";
import { useRef } from "react";
import { type AttributionView, attributionView } from "~/domain/attribution-evidence";
import { CLAIM_KIND_LABELS, CLAIM_STATE_LABELS } from "~/domain/claim-states";
import { DISMISS_REASONS, speakerLockedReason } from "~/domain/claim-workflow";
import { formatFigure } from "~/domain/format";
import { AttributionEvidence } from "./attribution-evidence";
import { KIND_BADGE } from "./claim-style";
import { type ClaimView, claimRef } from "./claim-view";
import { ClaimWords } from "./claim-words";
import { secondaryButtonClass } from "./form-field";
import { SaidBefore, type SimilarClaimView } from "./said-before";
import { useClaimSentences } from "./use-claim-sentences";
import { useFocusAboveCard } from "./use-focus-above-card";

interface ClaimDetailProps {
  claim: ClaimView;
  body: string;
  similar: SimilarClaimView[] | null;
  /** Closes the card (on a phone it covers the lower part of the screen). */
  onClose: () => void;
}

/** Who said the claim, as approved: no form, and the reason why. */
function LockedSpeaker({
  claim,
  attribution,
  reason,
}: {
  claim: ClaimView;
  attribution: AttributionView;
  reason: string;
}) {
  return (
    <div className="mt-3 space-y-2">
      <p className="text-sm">
        Said by <strong>{claim.speakerName ?? "nobody named"}</strong>
        {claim.speakerTitle ? `, ${claim.speakerTitle}` : ""}
      </p>
      <AttributionEvidence view={attribution} />
      <p className="text-sm text-stone-600">{reason}</p>
    </div>
  );
}

/** The selected claim: who said it (editable until approved, with the words that say so), its state
 *  and actions, and earlier claims that say nearly the same thing. */
export function ClaimDetail({ claim, body, similar, onClose }: ClaimDetailProps) {
  const ref = claimRef(claim);
  const speakerLocked = speakerLockedReason(claim.state);
  const attribution = attributionView(body, claim);
  const sentenceOf = useClaimSentences(body);
  const cardRef = useRef<HTMLElement>(null);
  useFocusAboveCard(cardRef);
  return (
    // On a phone the card sits over the lower part of the screen, so the claim just tapped and its
    // actions are in view together; beside the text on a wide screen.
    <section
      ref={cardRef}
      aria-labelledby="selected-claim"
      className="fixed inset-x-0 bottom-0 z-20 max-h-[70vh] overflow-y-auto rounded-t-lg border border-stone-300 bg-white p-3 shadow-2xl lg:static lg:z-auto lg:max-h-none lg:overflow-visible lg:rounded lg:shadow-none"
    >
      <h2 id="selected-claim" className="flex flex-wrap items-center gap-2 text-sm">
        <span className={`rounded px-1 text-xs font-semibold ${KIND_BADGE[claim.kind]}`}>
          {CLAIM_KIND_LABELS[claim.kind]}
        </span>
        <span className="font-semibold">{CLAIM_STATE_LABELS[claim.state]}</span>
        {claim.assigneeName ? <span className="text-stone-600">· assigned to {claim.assigneeName}</span> : null}
        <button
          type="button"
          onClick={onClose}
          className="ml-auto rounded border border-stone-300 px-2 py-0.5 text-xs lg:hidden"
        >
          Close
        </button>
      </h2>
      <blockquote className="mt-2 border-l-4 border-stone-300 pl-3 font-serif">
        <ClaimWords claim={{ ...claim, sentence: sentenceOf(claim) }} />
      </blockquote>
      <p className="mt-2 text-sm">
        <Link to={`/claims/${claim.id}`} className="text-sky-800 underline">
          Open claim page
        </Link>{" "}
        <span className="text-stone-600">for sources, verdict, comments and timeline</span>
      </p>
      {claim.anchorLost ? (
        <p className="mt-2 text-sm font-semibold text-red-700">
          These words are no longer in the article since it was edited.
        </p>
      ) : null}
      {claim.kind === "numeric" && claim.value !== null ? (
        <p className="mt-2 text-sm">
          Figure: {claim.qualifier ? `${claim.qualifier} ` : ""}
          <strong>{formatFigure(claim.value)}</strong>
          {claim.unit ? ` ${claim.unit}` : ""}
        </p>
      ) : null}
      <div className="mt-3 flex flex-wrap items-end gap-2 border-t border-stone-200 pt-3">
        {claim.state === "candidate" ? (
          <>
            <Form method="post">
              <input type="hidden" name="intent" value="triage" />
              <input type="hidden" name="claim" value={ref} />
              <button type="submit" name="action" value="accept" className={secondaryButtonClass}>
                Accept for checking <kbd className="ml-1 text-xs text-stone-500">a</kbd>
              </button>
            </Form>
            <Form method="post" className="flex flex-wrap items-end gap-2">
              <input type="hidden" name="intent" value="triage" />
              <input type="hidden" name="claim" value={ref} />
              <label className="text-sm">
                Reason
                <select name="note" className="mt-0.5 block rounded border border-stone-300 px-2 py-1">
                  {DISMISS_REASONS.map((reason) => (
                    <option key={reason}>{reason}</option>
                  ))}
                </select>
              </label>
              <label className="text-sm">
                Note (optional)
                <input
                  name="detail"
                  maxLength={500}
                  className="mt-0.5 block w-40 rounded border border-stone-300 px-2 py-1"
                />
              </label>
              <button type="submit" name="action" value="dismiss" className={secondaryButtonClass}>
                Dismiss <kbd className="ml-1 text-xs text-stone-500">d</kbd>
              </button>
            </Form>
          </>
        ) : null}
        {claim.state === "dismissed" ? (
          <Form method="post">
            <input type="hidden" name="intent" value="triage" />
            <input type="hidden" name="claim" value={ref} />
            <button type="submit" name="action" value="restore" className={secondaryButtonClass}>
              Restore as candidate
            </button>
          </Form>
        ) : null}
      </div>
      {speakerLocked ? (
        <LockedSpeaker claim={claim} attribution={attribution} reason={speakerLocked} />
      ) : (
        <Form method="post" className="mt-3 space-y-2" key={`speaker-${ref}`}>
          <input type="hidden" name="intent" value="speaker" />
          <input type="hidden" name="claim" value={ref} />
          <div className="grid grid-cols-2 gap-2">
            <label className="text-sm">
              Said by
              <input
                name="speaker"
                defaultValue={claim.speakerName ?? ""}
                className="mt-0.5 block w-full rounded border border-stone-300 px-2 py-1"
              />
            </label>
            <label className="text-sm">
              Title
              <input
                name="speakerTitle"
                defaultValue={claim.speakerTitle ?? ""}
                className="mt-0.5 block w-full rounded border border-stone-300 px-2 py-1"
              />
            </label>
          </div>
          <AttributionEvidence view={attribution} />
          <button type="submit" className={secondaryButtonClass}>
            {attribution.needsCheck ? "Save speaker as checked" : "Save speaker"}
          </button>
        </Form>
      )}
      <div className="mt-3 border-t border-stone-200 pt-3">
        <h3 className="text-sm font-semibold">Said before?</h3>
        <SaidBefore
          similar={similar}
          repeatOfId={claim.repeatOfId}
          repeatFields={<input type="hidden" name="claim" value={ref} />}
        />
      </div>
    </section>
  );
}
