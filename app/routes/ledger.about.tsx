import type { LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { useLoaderData } from "@remix-run/react";
import { throwAsResponse } from "~/.server/http/responses";
import { listRatings } from "~/.server/review/ratings";
import { LedgerVerdictBadge } from "~/components/ledger-verdict-badge";
import { READ_ONLY_PAGE } from "~/components/read-only-page";

// Readers only read and follow links: no scripts needed.
export const handle = READ_ONLY_PAGE;

export const meta: MetaFunction = () => [
  { title: "About the ledger: ratings and method · Claimdesk" },
  {
    name: "description",
    content: "What each rating means, and how a claim is checked, reviewed, published and corrected.",
  },
];

// Public: the rating scale is what every published verdict is given on, so nothing here is a draft.
export async function loader({ context }: LoaderFunctionArgs) {
  try {
    const scale = await listRatings(context.db);
    return { ratings: scale.map(({ id, label, colour, description }) => ({ id, label, colour, description })) };
  } catch (error) {
    throwAsResponse(error);
  }
}

export default function LedgerAbout() {
  const { ratings } = useLoaderData<typeof loader>();
  return (
    <article className="mx-auto max-w-3xl space-y-8">
      <header>
        <p>
          <a href="/ledger" className="text-sky-800 underline">
            ← Claims ledger
          </a>
        </p>
        <h1 className="mt-2 font-serif text-3xl font-bold">About the ledger</h1>
        <p className="mt-2 text-stone-700">
          What our ratings mean, and how a claim gets from a news story to this ledger.
        </p>
      </header>

      <section aria-labelledby="ratings-heading">
        <h2 id="ratings-heading" className="font-serif text-2xl font-bold">
          The ratings
        </h2>
        <p className="mt-2 text-stone-700">Every verdict gives the claim one of these ratings, best first.</p>
        <dl className="mt-4 divide-y divide-stone-200 rounded border border-stone-200 bg-white">
          {ratings.map((rating) => (
            <div key={rating.id} className="grid gap-2 px-4 py-3 sm:grid-cols-[12rem_1fr]">
              <dt>
                <LedgerVerdictBadge label={rating.label} colour={rating.colour} />
              </dt>
              <dd className="text-stone-800">{rating.description || "No description yet."}</dd>
            </div>
          ))}
        </dl>
      </section>

      <section aria-labelledby="method-heading" className="space-y-3 text-stone-800">
        <h2 id="method-heading" className="font-serif text-2xl font-bold">
          How we check a claim
        </h2>
        <p>
          A fact-checker picks a quote or a figure from a published story and researches it. Each source they rely on is
          saved when they cite it, with a fingerprint of the page as it was, so it can be checked again later if the
          page changes or disappears. For a quote, we compare the words with what the source records and say whether
          they match word for word, differ slightly, were changed, had words left out, or could not be found. For a
          figure, we compare it with the figure in the sources.
        </p>
        <p>
          The fact-checker then writes a verdict: a rating, a short summary and the reasoning.{" "}
          <strong>Two people</strong> check every verdict: an editor who did not write it must approve it, or send it
          back with a note, before it can be published.
        </p>
      </section>

      <section aria-labelledby="corrections-heading" className="space-y-3 text-stone-800">
        <h2 id="corrections-heading" className="font-serif text-2xl font-bold">
          Corrections
        </h2>
        <p>
          If we learn something that changes a verdict, we reopen the claim. While it is reviewed again, its page keeps
          the published verdict and says it is <em>under review</em>. The corrected verdict is published with a note
          saying what changed, and every earlier verdict stays listed on the claim's page: we never quietly rewrite one.
        </p>
      </section>

      <section aria-labelledby="chain-heading" className="space-y-3 text-stone-800">
        <h2 id="chain-heading" className="font-serif text-2xl font-bold">
          Checking that nothing was changed
        </h2>
        <p>
          Every publication and correction is added to a chain of records, each sealed with a fingerprint (SHA-256) of
          the record and of the one before it. Anyone can download the chain from{" "}
          <a href="/ledger/chain.json" className="text-sky-800 underline">
            /ledger/chain.json
          </a>{" "}
          and recompute it, for example with <code>npx claimdesk ledger verify</code>: if a published verdict had been
          edited or removed without a correction, the fingerprints would no longer match.
        </p>
      </section>

      <section aria-labelledby="data-heading" className="space-y-3 text-stone-800">
        <h2 id="data-heading" className="font-serif text-2xl font-bold">
          Our data
        </h2>
        <p>
          The whole ledger can be downloaded as a{" "}
          <a href="/ledger.csv" className="text-sky-800 underline">
            spreadsheet (CSV)
          </a>{" "}
          or as{" "}
          <a href="/ledger.json" className="text-sky-800 underline">
            JSON
          </a>
          , and new verdicts can be followed in a feed reader with the{" "}
          <a href="/ledger/feed.xml" className="text-sky-800 underline">
            Atom feed
          </a>
          .
        </p>
      </section>
    </article>
  );
}
