import { formatCount } from "~/domain/format";
import { type LedgerOrder, RANKED_MATCHES } from "~/domain/schemas/ledger";

/** Tells the reader how a search's matches are ordered, with a link to the other order (see
 *  docs/decisions/0007-search-order.md). */
export function LedgerSearchOrder({ order, otherOrder }: { order: LedgerOrder; otherOrder: string }) {
  return (
    <p className="mt-2 text-sm text-stone-700">
      {order === "relevance" ? (
        <>
          <span className="font-medium">Best matches first</span> among the newest {formatCount(RANKED_MATCHES)}{" "}
          matches.{" "}
          <a href={otherOrder} className="text-sky-800 underline">
            Show newest first
          </a>
        </>
      ) : (
        <>
          <span className="font-medium">Newest first.</span>{" "}
          <a href={otherOrder} className="text-sky-800 underline">
            Show best matches first
          </a>
        </>
      )}
    </p>
  );
}
