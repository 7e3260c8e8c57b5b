import type { ClaimPageData } from "~/.server/claims/claim-page";
import { CLAIM_STATE_LABELS } from "~/domain/claim-states";
import { describeParts, PUBLIC_RECORD_PARTS, type PublicRecordPart } from "~/domain/ledger/public-record";
import { DateText } from "./date-text";

type ClaimEvent = ClaimPageData["events"][number];

const stateLabel = (state: string) => (CLAIM_STATE_LABELS as Record<string, string>)[state] ?? state;

const ACTION_WORDS: Record<string, string> = {
  extracted: "found it in the article",
  created: "made the claim",
  accept: "accepted it for checking",
  dismiss: "dismissed it",
  restore: "restored it as a candidate",
  submit: "sent it for review",
  approve: "approved the verdict",
  send_back: "sent it back to research",
  withdraw_approval: "withdrew the approval",
  publish: "published the verdict",
  reopen: "reopened it for a correction",
  verdict_proposed: "proposed a verdict",
  source_added: "added a source",
  source_edited: "edited a source",
  source_removed: "removed a source",
  sources_rechecked: "re-checked the sources",
  quote_checked: "checked the quote against a source",
  reference_set: "set the reference figure",
  commented: "commented",
  speaker_changed: "changed the speaker",
  speaker_checked: "checked the speaker",
  speaker_merged: "merged the speaker",
  linked_repeat: "marked it as a repeat",
  unlinked_repeat: "unmarked it as a repeat",
  re_anchored: "followed its words after an edit",
  anchor_lost: "lost its words in an edit",
};

const isRecordPart = (part: unknown): part is PublicRecordPart =>
  typeof part === "string" && Object.hasOwn(PUBLIC_RECORD_PARTS, part);

/** What readers would see that changed, when that is why a claim went back to review or was reopened. */
function changedDetail(changed: unknown[]): string {
  const parts = changed.filter(isRecordPart);
  return parts.length > 0 ? `changed: ${describeParts(parts)}` : "approved before approvals covered what readers see";
}

/** A few details worth reading in the timeline: the verdict's version and rating, the source's address,
 *  what changed in what readers would see. */
function detailOf(event: ClaimEvent): string | null {
  const details = (event.details ?? {}) as Record<string, unknown>;
  if (Array.isArray(details.changed)) return changedDetail(details.changed);
  if (event.action === "verdict_proposed") return `version ${details.verdictNumber}: ${details.rating}`;
  if (event.action.startsWith("source_") && typeof details.url === "string") return details.url;
  return null;
}

/** Everything that happened to the claim, oldest first, with who did it and when. */
export function ClaimTimeline({ events }: { events: ClaimPageData["events"] }) {
  return (
    <section id="timeline" aria-labelledby="timeline-heading" className="rounded border border-stone-200 bg-white p-4">
      <h2 id="timeline-heading" className="font-semibold">
        Timeline
      </h2>
      <ol className="mt-2 space-y-2 border-l-2 border-stone-200 pl-3">
        {events.map((event) => {
          const detail = detailOf(event);
          return (
            <li key={event.id} className="text-sm" data-event={event.action}>
              <p className="text-stone-500">
                <DateText value={event.createdAt} withTime />
              </p>
              <p>
                <span className="font-medium">{event.actorName ?? "Claimdesk"}</span>{" "}
                {ACTION_WORDS[event.action] ?? event.action.replaceAll("_", " ")}
                {event.fromState && event.toState && event.fromState !== event.toState ? (
                  <span className="text-stone-600">
                    {" "}
                    ({stateLabel(event.fromState)} → {stateLabel(event.toState)})
                  </span>
                ) : null}
                {detail ? <span className="text-stone-600 wrap-anywhere"> · {detail}</span> : null}
              </p>
              {event.note ? <p className="mt-0.5 whitespace-pre-line text-stone-700">“{event.note}”</p> : null}
            </li>
          );
        })}
      </ol>
    </section>
  );
}
