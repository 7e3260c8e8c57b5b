import type { LedgerSearchSummary } from "~/.server/ledger/ledger-query";
import { formatCount } from "~/domain/format";

/** Tells the reader how a search's matches are ordered: ranked when few enough to rank them all,
 *  newest first otherwise (see docs/decisions/0007-search-order.md). */
export function LedgerSearchOrder({ search }: { search: LedgerSearchSummary }) {
  const count = `${formatCount(search.matches)}${search.more ? "+" : ""}`;
  const noun = search.matches === 1 && !search.more ? "match" : "matches";
  return (
    <p className="mt-2 text-sm text-stone-700">
      {search.order === "relevance" ? (
        <>
          <span className="font-medium">Best matches first</span> — {count} {noun}.
        </>
      ) : (
        <>
          <span className="font-medium">Newest first</span> — {count} {noun}, too many to rank; add words or filters to
          see the best matches first.
        </>
      )}
    </p>
  );
}
