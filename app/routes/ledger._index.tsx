import { data, type LinksFunction, type LoaderFunctionArgs, type MetaFunction } from "@remix-run/node";
import { useLoaderData } from "@remix-run/react";
import { throwAsResponse } from "~/.server/http/responses";
import { ledgerIndexPage } from "~/.server/ledger/ledger-pages";
import { LedgerClaimList } from "~/components/ledger-claim-list";
import { LedgerDownloads, ledgerDownloads } from "~/components/ledger-downloads";
import { LedgerFilters } from "~/components/ledger-filters";
import { LedgerPageLinks } from "~/components/ledger-page-links";
import { LedgerSearchOrder } from "~/components/ledger-search-order";
import { LedgerVerdictChart } from "~/components/ledger-verdict-chart";
import { READ_ONLY_PAGE } from "~/components/read-only-page";
import { formatCount } from "~/domain/format";

// Readers only read and follow links: no scripts needed.
export const handle = READ_ONLY_PAGE;

export const meta: MetaFunction = () => [
  { title: "Claims ledger · Claimdesk" },
  { name: "description", content: "Every claim our fact-checkers have published a verdict on, newest first." },
];

// Feed readers and browsers find the outputs from the page itself.
export const links: LinksFunction = () => {
  const outputs = ledgerDownloads("");
  return [
    { rel: "alternate", type: "application/atom+xml", href: outputs.feed, title: "Claims ledger: new verdicts" },
    { rel: "alternate", type: "application/json", href: outputs.json, title: "Claims ledger as JSON" },
    { rel: "alternate", type: "text/csv", href: outputs.csv, title: "Claims ledger as CSV" },
  ];
};

// Public: no sign-in. Reads only the published ledger.
export async function loader({ request, context }: LoaderFunctionArgs) {
  try {
    const ledger = await ledgerIndexPage(context.db, new URL(request.url).searchParams);
    // Filters that cannot be used still render the page, with the form and its messages.
    return data(ledger, { status: ledger.problems ? 422 : 200 });
  } catch (error) {
    throwAsResponse(error);
  }
}

export default function Ledger() {
  const { page, filters, problems, filtered, isFirstPage, links, counts, topSpeakers, speakerChoices, ratings } =
    useLoaderData<typeof loader>();
  return (
    <div className="grid gap-8 lg:grid-cols-[1fr_20rem]">
      <section aria-labelledby="ledger-heading" className="min-w-0">
        <h1 id="ledger-heading" className="font-serif text-3xl font-bold">
          Claims ledger
        </h1>
        <p className="mt-2 text-stone-700">
          Every claim our fact-checkers have published a verdict on{page.order ? "" : ", newest first"}.
        </p>
        {page.order && links.otherOrder && page.items.length > 0 ? (
          <LedgerSearchOrder order={page.order} otherOrder={links.otherOrder} />
        ) : null}
        <div className="mt-4">
          <LedgerFilters values={filters} problems={problems} ratings={ratings} speakers={speakerChoices} />
        </div>
        <h2 className="sr-only">Claims</h2>
        <div className="mt-4">
          {page.items.length === 0 ? (
            <p className="rounded border border-stone-200 bg-white p-4 text-stone-700">
              {problems
                ? "No claims are listed until the filters above are corrected."
                : filtered
                  ? "No published claims match these filters."
                  : "Nothing has been published yet."}
            </p>
          ) : (
            <LedgerClaimList items={page.items} />
          )}
        </div>
        <LedgerPageLinks
          links={links}
          isFirstPage={isFirstPage}
          firstLabel={page.order === "relevance" ? "Best matches" : "Newest"}
        />
      </section>
      <aside className="space-y-8">
        <LedgerDownloads search={links.downloads} filtered={filtered && !problems} />
        <section aria-labelledby="chart-heading">
          <h2 id="chart-heading" className="font-serif text-xl font-bold">
            All verdicts
          </h2>
          <div className="mt-3">
            <LedgerVerdictChart counts={counts} title="Published verdicts by rating, whole ledger" />
          </div>
        </section>
        {topSpeakers.length > 0 ? (
          <section aria-labelledby="speakers-heading">
            <h2 id="speakers-heading" className="font-serif text-xl font-bold">
              Most checked speakers
            </h2>
            <ol className="mt-3 space-y-1">
              {topSpeakers.map((speaker) => (
                <li key={speaker.id} className="flex justify-between gap-3">
                  <a href={`/ledger/speakers/${speaker.slug}`} className="text-sky-800 hover:underline">
                    {speaker.name}
                  </a>
                  <span className="text-stone-600">{formatCount(speaker.count)}</span>
                </li>
              ))}
            </ol>
          </section>
        ) : null}
      </aside>
    </div>
  );
}
