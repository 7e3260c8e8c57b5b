import { Link } from "@remix-run/react";
import { CLAIM_STATE_LABELS, type ClaimState } from "~/domain/claim-states";
import { QUEUE_TAB_LABELS, QUEUE_TABS, type QueueFilters, queueAddress } from "~/domain/schemas/queue";

/** The states in the order work flows through them, dismissed last. */
const COUNTED_STATES: ClaimState[] = ["candidate", "researching", "in_review", "approved", "published", "dismissed"];

/** How many claims are in each state, each a link to the claims in that state. */
export function QueueCounts({ counts, filters }: { counts: Record<ClaimState, number>; filters: QueueFilters }) {
  return (
    <ul aria-label="Claims by state" className="flex flex-wrap gap-2">
      {COUNTED_STATES.map((state) => {
        const current = filters.tab === "all" && filters.state === state;
        return (
          <li key={state}>
            <Link
              to={queueAddress({ tab: "all", state, sort: filters.sort })}
              aria-current={current ? "page" : undefined}
              className={`flex flex-col rounded border px-3 py-1.5 text-sm ${current ? "border-stone-900 bg-stone-900 text-white" : "border-stone-200 bg-white hover:bg-stone-100"}`}
            >
              <span className="text-lg font-semibold tabular-nums">{counts[state]}</span>
              <span>{CLAIM_STATE_LABELS[state]}</span>
            </Link>
          </li>
        );
      })}
    </ul>
  );
}

/** The queue's views; "Waiting for my review" only for those who review. Other filters are kept. */
export function QueueTabs({ filters, canReview }: { filters: QueueFilters; canReview: boolean }) {
  const tabs = QUEUE_TABS.filter((tab) => canReview || tab !== "review");
  return (
    <nav aria-label="Queue views" className="flex flex-wrap gap-1 border-b border-stone-200">
      {tabs.map((tab) => {
        const current = filters.tab === tab;
        return (
          <Link
            key={tab}
            to={queueAddress({ ...filters, tab })}
            aria-current={current ? "page" : undefined}
            className={`-mb-px rounded-t border px-3 py-1.5 text-sm font-medium ${current ? "border-stone-200 border-b-stone-50 bg-stone-50" : "border-transparent text-sky-900 hover:underline"}`}
          >
            {QUEUE_TAB_LABELS[tab]}
          </Link>
        );
      })}
    </nav>
  );
}
