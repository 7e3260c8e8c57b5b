/** The ledger's machine-readable outputs. CSV and JSON keep the list's filters (`search`, "" or
 *  "?verdict=…"); the Atom feed is always the latest verdicts of the whole ledger. */
export function ledgerDownloads(search: string) {
  return { csv: `/ledger.csv${search}`, json: `/ledger.json${search}`, feed: "/ledger/feed.xml" };
}

export function LedgerDownloads({ search, filtered }: { search: string; filtered: boolean }) {
  const links = ledgerDownloads(search);
  const linkClass = "text-sky-800 underline";
  return (
    <section aria-labelledby="downloads-heading">
      <h2 id="downloads-heading" className="font-serif text-xl font-bold">
        Data and feed
      </h2>
      <ul className="mt-3 space-y-1">
        <li>
          <a href={links.csv} className={linkClass} download>
            Spreadsheet (CSV)
          </a>
          {filtered ? <span className="text-stone-600"> of these filters</span> : null}
        </li>
        <li>
          <a href={links.json} className={linkClass} type="application/json">
            JSON
          </a>
          {filtered ? <span className="text-stone-600"> of these filters</span> : null}
        </li>
        <li>
          <a href={links.feed} className={linkClass} type="application/atom+xml">
            Atom feed of new verdicts
          </a>
        </li>
        <li>
          <a href="/ledger/about" className={linkClass}>
            About the ratings and our method
          </a>
        </li>
      </ul>
    </section>
  );
}
