import { type LoaderFunctionArgs, type MetaFunction, redirect } from "@remix-run/node";
import { useLoaderData } from "@remix-run/react";
import { publicOrigin } from "~/.server/http/public-url";
import { throwAsResponse } from "~/.server/http/responses";
import { ledgerSpeakerPage } from "~/.server/ledger/ledger-pages";
import { speakerPageUrl } from "~/.server/ledger/sitemap";
import { LedgerClaimList } from "~/components/ledger-claim-list";
import { LedgerPageLinks } from "~/components/ledger-page-links";
import { LedgerVerdictChart } from "~/components/ledger-verdict-chart";
import { READ_ONLY_PAGE } from "~/components/read-only-page";

// Readers only read and follow links: no scripts needed.
export const handle = READ_ONLY_PAGE;

// Public: no sign-in. A speaker's published claims and how they were rated.
export async function loader({ request, params, context }: LoaderFunctionArgs) {
  try {
    const url = new URL(request.url);
    const page = await ledgerSpeakerPage(context.db, params.slug ?? "", url.searchParams);
    if (page.speaker.slug !== params.slug) throw redirect(`/ledger/speakers/${page.speaker.slug}${url.search}`, 301);
    return { ...page, pageUrl: speakerPageUrl(publicOrigin(request), page.speaker.slug) };
  } catch (error) {
    throwAsResponse(error);
  }
}

export const meta: MetaFunction<typeof loader> = ({ data }) => {
  if (!data) return [{ title: "Speaker not found · Claims ledger" }];
  const title = `${data.speaker.name} · Claims ledger`;
  const description = `Published fact-checks of claims by ${data.speaker.name}.`;
  return [
    { title },
    { name: "description", content: description },
    { tagName: "link", rel: "canonical", href: data.pageUrl },
    { property: "og:type", content: "profile" },
    { property: "og:title", content: title },
    { property: "og:description", content: description },
    { property: "og:url", content: data.pageUrl },
    { name: "twitter:card", content: "summary" },
    { name: "twitter:title", content: title },
    { name: "twitter:description", content: description },
  ];
};

export default function LedgerSpeakerPage() {
  const { speaker, page, counts, isFirstPage, links } = useLoaderData<typeof loader>();
  return (
    <div className="grid gap-8 lg:grid-cols-[1fr_20rem]">
      <section aria-labelledby="speaker-heading" className="min-w-0">
        <p className="text-sm">
          <a href="/ledger" className="text-sky-800 underline">
            ← Claims ledger
          </a>
        </p>
        <h1 id="speaker-heading" className="mt-2 font-serif text-3xl font-bold">
          {speaker.name}
        </h1>
        <p className="mt-2 text-stone-700">
          Their claims we have checked, newest first.{" "}
          <a href={`/ledger?speaker=${speaker.slug}`} className="text-sky-800 underline">
            Search and filter them
          </a>
        </p>
        <div className="mt-4">
          <LedgerClaimList items={page.items} />
        </div>
        <LedgerPageLinks links={links} isFirstPage={isFirstPage} firstLabel="Newest" />
      </section>
      <aside aria-labelledby="speaker-chart-heading">
        <h2 id="speaker-chart-heading" className="font-serif text-xl font-bold">
          Their verdicts
        </h2>
        <div className="mt-3">
          <LedgerVerdictChart counts={counts} title={`Published verdicts on claims by ${speaker.name}`} />
        </div>
      </aside>
    </div>
  );
}
