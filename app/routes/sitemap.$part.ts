import type { LoaderFunctionArgs } from "@remix-run/node";
import { publicLedgerOutput } from "~/.server/http/public-ledger-output";
import { parseSitemapPart, sitemapPart } from "~/.server/ledger/sitemap";

// GET /sitemap/pages.xml, /sitemap/claims-<n>.xml, /sitemap/speakers-<n>.xml: one part of /sitemap.xml.
export async function loader({ request, params, context }: LoaderFunctionArgs) {
  return publicLedgerOutput({ request, context }, async ({ db, origin, headers }) => {
    const xml = await sitemapPart(db, origin, parseSitemapPart(params.part ?? ""));
    return new Response(xml, { headers: headers({ "Content-Type": "application/xml; charset=utf-8" }) });
  });
}
