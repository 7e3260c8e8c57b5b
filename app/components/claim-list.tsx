import { Form } from "@remix-run/react";
import { memo, useMemo } from "react";
import { speakerNeedsCheck } from "~/domain/attribution-evidence";
import { CLAIM_KIND_LABELS, CLAIM_STATE_LABELS } from "~/domain/claim-states";
import { DISMISS_REASONS } from "~/domain/claim-workflow";
import { formatCount } from "~/domain/format";
import { listWindow } from "~/domain/list-window";
import { CheckSpeakerFlag } from "./attribution-evidence";
import { KIND_BADGE } from "./claim-style";
import { type ClaimView, claimRef, groupBySpeaker } from "./claim-view";
import { ClaimWords } from "./claim-words";
import { useClaimSentences } from "./use-claim-sentences";

export const BULK_FORM_ID = "bulk-triage";

/** How many claims the list shows at once: an article can have thousands of candidates. */
const LIST_WINDOW = 100;

interface ClaimListProps {
  /** The article's text, which the claims' offsets point into. */
  body: string;
  /** The article's claims grouped by speaker (see groupBySpeaker), in that order. */
  ordered: ClaimView[];
  /** Show every claim rather than the part around the selection. */
  showAll: boolean;
  onShowAll: () => void;
  selectedId: number | null;
  ticked: Set<number>;
  onSelect: (id: number) => void;
  onTick: (id: number, ticked: boolean) => void;
}

/** The article's claims grouped by speaker, with boxes to tick for a bulk accept or dismiss. A long list
 *  shows the part around the selected claim, and all of it on request. */
export function ClaimList({ body, ordered, showAll, onShowAll, selectedId, ticked, onSelect, onTick }: ClaimListProps) {
  const sentenceOf = useClaimSentences(body);
  const selectedIndex = ordered.findIndex((claim) => claim.id === selectedId);
  const { from, to } = showAll
    ? { from: 0, to: ordered.length }
    : listWindow(ordered.length, Math.max(0, selectedIndex), LIST_WINDOW);
  const groups = useMemo(() => groupBySpeaker(ordered.slice(from, to)), [ordered, from, to]);
  if (ordered.length === 0)
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
      {to - from < ordered.length ? (
        <p className="mb-3 text-sm text-stone-600">
          Claims {from + 1}–{to} of {formatCount(ordered.length)}, around the selected one.{" "}
          <a
            href={`?all=1${selectedId === null ? "" : `&claim=${selectedId}`}`}
            onClick={(event) => {
              event.preventDefault();
              onShowAll();
            }}
            className="text-sky-800 underline"
          >
            Show all
          </a>
        </p>
      ) : null}
      {groups.map((group) => (
        <section key={group.speaker ?? "(none)"} className="mb-4">
          <h3 className="text-sm font-semibold text-stone-700">{group.speaker ?? "No speaker named"}</h3>
          <ul className="mt-1 space-y-1">
            {group.claims.map((claim) => (
              <ClaimRow
                key={claim.id}
                claim={claim}
                sentence={sentenceOf(claim)}
                selected={claim.id === selectedId}
                ticked={ticked.has(claim.id)}
                onSelect={onSelect}
                onTick={onTick}
              />
            ))}
          </ul>
        </section>
      ))}
    </div>
  );
}

interface ClaimRowProps {
  claim: ClaimView;
  /** A numeric claim's sentence, to show it in (useClaimSentences). */
  sentence: string | null;
  selected: boolean;
  ticked: boolean;
  onSelect: (id: number) => void;
  onTick: (id: number, ticked: boolean) => void;
}

/** One claim of the list; re-rendered only when its own selection or tick changes. */
const ClaimRow = memo(function ClaimRow({ claim, sentence, selected, ticked, onSelect, onTick }: ClaimRowProps) {
  return (
    <li id={`claim-${claim.id}`} className={selected ? "claim-row claim-row-selected" : "claim-row"}>
      <input
        type="checkbox"
        form={BULK_FORM_ID}
        name="claim"
        value={claimRef(claim)}
        checked={ticked}
        onChange={(event) => onTick(claim.id, event.target.checked)}
        aria-label={`Tick “${claim.text.slice(0, 40)}”`}
        className="mt-1"
      />
      <a
        href={`?claim=${claim.id}#claim-${claim.id}`}
        onClick={(event) => {
          if (event.metaKey || event.ctrlKey || event.shiftKey) return;
          event.preventDefault();
          onSelect(claim.id);
        }}
        aria-current={selected ? "true" : undefined}
        className={claim.state === "dismissed" ? "min-w-0 flex-1 text-stone-500 line-through" : "min-w-0 flex-1"}
      >
        <span className={`claim-tag ${KIND_BADGE[claim.kind]}`}>{CLAIM_KIND_LABELS[claim.kind]}</span>
        <span className="mr-1 text-xs text-stone-500">{CLAIM_STATE_LABELS[claim.state]}</span>
        {claim.anchorLost ? <span className="mr-1 text-xs font-semibold text-red-700">Text gone</span> : null}
        {speakerNeedsCheck(claim) ? (
          <span className="mr-1">
            <CheckSpeakerFlag />
          </span>
        ) : null}
        <span className="line-clamp-3 break-words">
          <ClaimWords claim={{ ...claim, sentence }} />
        </span>
      </a>
    </li>
  );
});
