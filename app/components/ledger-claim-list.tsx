import { claimDisplay } from "~/domain/claim-display";
import { formatDay } from "~/domain/format";
import { publishedClaimWords } from "~/domain/ledger/claim-wording";
import type { HighlightPart } from "~/domain/ledger/highlight";
import type { ListedDocument } from "~/domain/ledger/listed-document";
import { ClaimDisplayParts } from "./claim-words";
import { LedgerVerdictBadge } from "./ledger-verdict-badge";
import { useTimeZone } from "./use-time-zone";

export interface LedgerListEntry {
  claimId: number;
  slug: string;
  underReview: boolean;
  ratingColour: string;
  document: ListedDocument;
  highlights: { text: HighlightPart[]; summary: HighlightPart[] } | null;
}

/** Text with search matches marked; the parts are plain text, so nothing is parsed as HTML. */
export function Highlighted({ parts, fallback }: { parts: HighlightPart[] | undefined; fallback: string }) {
  if (!parts) return <>{fallback}</>;
  return (
    <>
      {parts.map((part, index) =>
        part.match ? (
          // biome-ignore lint/suspicious/noArrayIndexKey: the parts never move
          <mark key={index} className="rounded-sm bg-yellow-200 px-0.5 text-inherit">
            {part.text}
          </mark>
        ) : (
          part.text
        ),
      )}
    </>
  );
}

/** A listed claim as shown everywhere (claimDisplay); a search's matches, when there are any, are
 *  marked in its published text instead of the figure. */
function LedgerClaimWords({ document, searchParts }: { document: ListedDocument; searchParts?: HighlightPart[] }) {
  const display = claimDisplay(publishedClaimWords(document));
  return (
    <>
      {display.quoted ? "“" : null}
      {searchParts ? (
        <Highlighted parts={searchParts} fallback={document.text} />
      ) : (
        <ClaimDisplayParts display={display} />
      )}
      {display.quoted ? "”" : null}
    </>
  );
}

export function LedgerClaimList({ items }: { items: LedgerListEntry[] }) {
  const timeZone = useTimeZone();
  return (
    <ol className="divide-y divide-stone-200 rounded border border-stone-200 bg-white">
      {items.map(({ claimId, slug, underReview, ratingColour, document, highlights }) => (
        <li key={claimId} className="px-4 py-4">
          <div className="flex flex-wrap items-center gap-2">
            <LedgerVerdictBadge label={document.verdict.rating.label} colour={ratingColour} />
            {underReview ? (
              <span className="rounded border border-amber-400 bg-amber-50 px-2 py-0.5 text-sm text-amber-900">
                Under review
              </span>
            ) : null}
          </div>
          <p className="mt-2 font-serif text-lg">
            <a href={`/ledger/${slug}`} className="text-stone-900 hover:underline">
              <LedgerClaimWords document={document} searchParts={highlights?.text} />
            </a>
          </p>
          <p className="mt-1 text-sm text-stone-600">
            {document.speaker ? (
              <a
                href={`/ledger/speakers/${document.speaker.slug}`}
                className="font-medium text-sky-800 hover:underline"
              >
                {document.speaker.name}
              </a>
            ) : (
              "Unattributed"
            )}
            {document.dates.said ? <> · said {formatDay(document.dates.said, timeZone)}</> : null}
            {/* When this verdict was published: a correction moves it on. */}
            {` · checked ${formatDay(document.verdict.publishedAt, timeZone)}`}
            {document.article.outlet ? (
              <>
                {" · "}
                <a href={`/ledger?outlet=${encodeURIComponent(document.article.outlet)}`} className="hover:underline">
                  {document.article.outlet}
                </a>
              </>
            ) : null}
          </p>
          <p className="mt-2 text-stone-800">
            <Highlighted parts={highlights?.summary} fallback={document.verdict.summary} />
          </p>
        </li>
      ))}
    </ol>
  );
}
