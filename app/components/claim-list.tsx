import { Form } from "@remix-run/react";
import { speakerNeedsCheck } from "~/domain/attribution-evidence";
import { CLAIM_KIND_LABELS, CLAIM_STATE_LABELS } from "~/domain/claim-states";
import { DISMISS_REASONS } from "~/domain/claim-workflow";
import { CheckSpeakerFlag } from "./attribution-evidence";
import { KIND_BADGE } from "./claim-style";
import { type ClaimView, claimRef, groupBySpeaker } from "./claim-view";

export const BULK_FORM_ID = "bulk-triage";

interface ClaimListProps {
  claims: ClaimView[];
  selectedId: number | null;
  ticked: Set<number>;
  onSelect: (id: number) => void;
  onTick: (id: number, ticked: boolean) => void;
}

/** The article's claims grouped by speaker, with boxes to tick for a bulk accept or dismiss. */
export function ClaimList({ claims, selectedId, ticked, onSelect, onTick }: ClaimListProps) {
  if (claims.length === 0)
    return <p className="text-sm text-stone-600">No claims yet. Select words in the text to make one.</p>;
  return (
    <div>
      <Form method="post" id={BULK_FORM_ID} className="mb-3 flex flex-wrap items-center gap-2 text-sm">
        <input type="hidden" name="intent" value="triage" />
        <input type="hidden" name="note" value={DISMISS_REASONS[0]} />
        <span className="text-stone-600">Ticked:</span>
        <button
          type="submit"
          name="action"
          value="accept"
          className="rounded border border-stone-300 bg-white px-2 py-1 hover:bg-stone-100"
        >
          Accept
        </button>
        <button
          type="submit"
          name="action"
          value="dismiss"
          className="rounded border border-stone-300 bg-white px-2 py-1 hover:bg-stone-100"
        >
          Dismiss
        </button>
      </Form>
      {groupBySpeaker(claims).map((group) => (
        <section key={group.speaker ?? "(none)"} className="mb-4">
          <h3 className="text-sm font-semibold text-stone-700">{group.speaker ?? "No speaker named"}</h3>
          <ul className="mt-1 space-y-1">
            {group.claims.map((claim) => (
              <li
                key={claim.id}
                id={`claim-${claim.id}`}
                className={`flex items-start gap-2 rounded border px-2 py-1.5 text-sm ${claim.id === selectedId ? "border-stone-900 bg-white shadow" : "border-transparent"}`}
              >
                <input
                  type="checkbox"
                  form={BULK_FORM_ID}
                  name="claim"
                  value={claimRef(claim)}
                  checked={ticked.has(claim.id)}
                  onChange={(event) => onTick(claim.id, event.target.checked)}
                  aria-label={`Tick “${claim.text.slice(0, 40)}”`}
                  className="mt-1"
                />
                <a
                  href={`?claim=${claim.id}#claim-${claim.id}`}
                  onClick={(event) => {
                    event.preventDefault();
                    onSelect(claim.id);
                  }}
                  aria-current={claim.id === selectedId ? "true" : undefined}
                  className={`min-w-0 flex-1 ${claim.state === "dismissed" ? "text-stone-500 line-through" : ""}`}
                >
                  <span className={`mr-1 rounded px-1 text-xs font-semibold ${KIND_BADGE[claim.kind]}`}>
                    {CLAIM_KIND_LABELS[claim.kind]}
                  </span>
                  <span className="mr-1 text-xs text-stone-500">{CLAIM_STATE_LABELS[claim.state]}</span>
                  {claim.anchorLost ? <span className="mr-1 text-xs font-semibold text-red-700">Text gone</span> : null}
                  {speakerNeedsCheck(claim) ? (
                    <span className="mr-1">
                      <CheckSpeakerFlag />
                    </span>
                  ) : null}
                  <span className="break-words">
                    {claim.text.length > 140 ? `${claim.text.slice(0, 140)}…` : claim.text}
                  </span>
                </a>
              </li>
            ))}
          </ul>
        </section>
      ))}
    </div>
  );
}
