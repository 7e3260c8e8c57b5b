import { Link } from "@remix-run/react";
import type { QueueRow } from "~/.server/review/review-queue";
import { speakerNeedsCheck } from "~/domain/attribution-evidence";
import { CLAIM_KIND_LABELS, CLAIM_STATE_LABELS } from "~/domain/claim-states";
import type { Role } from "~/domain/roles";
import { CheckSpeakerFlag } from "./attribution-evidence";
import { KIND_BADGE } from "./claim-style";
import { ClaimWords } from "./claim-words";
import { DateText } from "./date-text";
import { type AssignmentFailure, QueueAssignment } from "./queue-assignment";
import { QUEUE_LINK_ATTRIBUTE, useQueueKeys } from "./queue-keys";

const LIST_ID = "queue-claims";
const DAY = 24 * 60 * 60 * 1000;

/** "3 days", or null within the first day. */
function daysSince(then: Date | string, now: Date): string | null {
  const days = Math.floor((now.getTime() - new Date(then).getTime()) / DAY);
  if (days <= 0) return null;
  return days === 1 ? "1 day" : `${days} days`;
}

function Age({ row, now }: { row: Pick<QueueRow, "createdAt" | "stateSince" | "state">; now: Date }) {
  const age = daysSince(row.createdAt, now);
  const inState = daysSince(row.stateSince, now);
  const state = CLAIM_STATE_LABELS[row.state].toLowerCase();
  return (
    <span>
      {age ? `${age} old` : "New today"} · {inState ? `${state} for ${inState}` : `${state} since today`}
    </span>
  );
}

interface QueueListProps {
  rows: QueueRow[];
  /** The time the page was made, so ages read the same on the server and in the browser. */
  now: Date;
  viewer: { id: string; role: Role };
  people: { id: string; name: string }[];
  /** The address of this view, where assignment forms post and come back to. */
  formAction: string;
  failure: (AssignmentFailure & { claimId: number }) | null;
}

/** The claims of one queue page. j / k move between them; Enter opens the focused one. */
export function QueueList({ rows, now, viewer, people, formAction, failure }: QueueListProps) {
  useQueueKeys(LIST_ID);
  if (rows.length === 0) return <p className="text-stone-600">No claims in this view.</p>;
  return (
    <ul id={LIST_ID} className="divide-y divide-stone-200 rounded border border-stone-200 bg-white">
      {rows.map((row) => (
        <li
          key={row.id}
          id={`queue-claim-${row.id}`}
          className="grid gap-2 px-3 py-3 focus-within:bg-sky-50 focus-within:ring-2 focus-within:ring-sky-700 lg:grid-cols-[minmax(0,1fr)_auto]"
        >
          <div className="min-w-0">
            <Link
              to={`/claims/${row.id}`}
              {...{ [QUEUE_LINK_ATTRIBUTE]: "" }}
              className="line-clamp-2 font-medium text-stone-900 hover:underline"
            >
              <ClaimWords claim={row} />
            </Link>
            <p className="mt-1 flex flex-wrap items-center gap-x-2 gap-y-1 text-sm text-stone-600">
              <span className={`rounded px-1.5 text-xs font-semibold ${KIND_BADGE[row.kind]}`}>
                {CLAIM_KIND_LABELS[row.kind]}
              </span>
              <span>{row.speakerName ?? "No speaker named"}</span>
              {speakerNeedsCheck(row) ? <CheckSpeakerFlag /> : null}
              <span aria-hidden="true">·</span>
              <Link to={`/articles/${row.articleId}`} className="text-sky-800 underline">
                {row.articleTitle}
              </Link>
              <span aria-hidden="true">·</span>
              <span className="rounded bg-stone-100 px-1.5 font-medium text-stone-800">
                {CLAIM_STATE_LABELS[row.state]}
              </span>
              <span>{row.assigneeName ? `Assigned to ${row.assigneeName}` : "Unassigned"}</span>
              {row.dueOn ? (
                <span className={row.overdue ? "font-semibold text-red-700" : undefined}>
                  {row.overdue ? "Overdue: due " : "Due "}
                  <DateText value={row.dueOn} />
                </span>
              ) : null}
              <Age row={row} now={now} />
            </p>
          </div>
          <QueueAssignment
            key={`${row.id}-${row.version}`}
            claim={row}
            viewer={viewer}
            people={people}
            action={formAction}
            failure={failure?.claimId === row.id ? failure : null}
          />
        </li>
      ))}
    </ul>
  );
}
