/** "Back to the start" and "Next page" of a keyset-paged ledger list (no page numbers: a cursor only
 *  knows what comes next). */
export function LedgerPageLinks({
  links,
  isFirstPage,
  firstLabel,
}: {
  links: { first: string; next: string | null };
  isFirstPage: boolean;
  firstLabel: string;
}) {
  return (
    <nav aria-label="Pages" className="mt-4 flex flex-wrap justify-between gap-3">
      {isFirstPage ? (
        <span />
      ) : (
        <a href={links.first} className="text-sky-800 underline">
          ← {firstLabel}
        </a>
      )}
      {links.next ? (
        <a href={links.next} className="text-sky-800 underline" rel="next">
          Next page →
        </a>
      ) : null}
    </nav>
  );
}
