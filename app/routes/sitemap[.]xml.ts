import type { LoaderFunctionArgs } from "@remix-run/node";
import { publicLedgerOutput } from "~/.server/http/public-ledger-output";
import { sitemapIndex } from "~/.server/ledger/sitemap";

// GET /sitemap.xml: the index of the ledger's sitemap parts (published claims, speakers, the ledger pages).
export async function loader({ request, context }: LoaderFunctionArgs) {
  return publicLedgerOutput({ request, context }, async ({ db, origin, headers }) => {
    const xml = await sitemapIndex(db, origin);
    return new Response(xml, { headers: headers({ "Content-Type": "application/xml; charset=utf-8" }) });
  });
}
