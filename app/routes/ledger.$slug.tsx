import { type LoaderFunctionArgs, type MetaFunction, redirect } from "@remix-run/node";
import { useLoaderData } from "@remix-run/react";
import { publicOrigin } from "~/.server/http/public-url";
import { throwAsResponse } from "~/.server/http/responses";
import { ledgerClaimPage } from "~/.server/ledger/ledger-pages";
import { LedgerClaimRecord } from "~/components/ledger-claim-record";
import { READ_ONLY_PAGE } from "~/components/read-only-page";
import { claimDisplayText } from "~/domain/claim-display";
import { publishedClaimWords } from "~/domain/ledger/claim-wording";

// Readers only read and follow links: no scripts needed.
export const handle = READ_ONLY_PAGE;

// Public: no sign-in. One published claim, with ClaimReview JSON-LD for search engines.
export async function loader({ request, params, context }: LoaderFunctionArgs) {
  try {
    const page = await ledgerClaimPage(context.db, params.slug ?? "", publicOrigin(request));
    if (page.slug !== params.slug) throw redirect(`/ledger/${page.slug}`, 301);
    return page;
  } catch (error) {
    throwAsResponse(error);
  }
}

export const meta: MetaFunction<typeof loader> = ({ data }) => {
  if (!data) return [{ title: "Claim not found · Claims ledger" }];
  const { document, pageUrl, newsroom } = data;
  const title = `${claimDisplayText(publishedClaimWords(document))} — ${document.verdict.rating.label}`;
  const description = `${document.speaker ? `${document.speaker.name}: ` : ""}${document.verdict.summary}`;
  return [
    { title: `${title} · ${newsroom.name}` },
    { name: "description", content: description },
    { tagName: "link", rel: "canonical", href: pageUrl },
    { property: "og:type", content: "article" },
    { property: "og:site_name", content: newsroom.name },
    { property: "og:title", content: title },
    { property: "og:description", content: description },
    { property: "og:url", content: pageUrl },
    { property: "article:published_time", content: document.dates.published },
    { property: "article:modified_time", content: document.dates.updated },
    { name: "twitter:card", content: "summary" },
    { name: "twitter:title", content: title },
    { name: "twitter:description", content: description },
  ];
};

export default function LedgerClaim() {
  const data = useLoaderData<typeof loader>();
  return (
    <article className="mx-auto max-w-3xl">
      {/* JSON-LD is escaped by jsonLdScript ("<" as \u003c), so no text can end the script early. */}
      {/* biome-ignore lint/security/noDangerouslySetInnerHtml: escaped JSON, not HTML */}
      <script type="application/ld+json" dangerouslySetInnerHTML={{ __html: data.jsonLd }} />
      <p className="text-sm">
        <a href="/ledger" className="text-sky-800 underline">
          ← Claims ledger
        </a>
      </p>
      <LedgerClaimRecord
        document={data.document}
        underReview={data.underReview}
        ratingColour={data.ratingColour}
        rationaleHtml={data.rationaleHtml}
        corrections={data.corrections}
        newsroomName={data.newsroom.name}
      />
    </article>
  );
}
