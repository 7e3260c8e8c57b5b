import type { LoaderFunctionArgs } from "@remix-run/node";
import { readConfig } from "~/.server/config";
import { publicLedgerOutput } from "~/.server/http/public-ledger-output";
import { ledgerFeed } from "~/.server/ledger/feed";

// GET /ledger/feed.xml: Atom feed of the latest published verdicts and corrections.
export async function loader({ request, context }: LoaderFunctionArgs) {
  return publicLedgerOutput({ request, context }, async ({ db, origin, headers }) => {
    const xml = await ledgerFeed(db, { origin, newsroomName: readConfig().NEWSROOM_NAME });
    return new Response(xml, { headers: headers({ "Content-Type": "application/atom+xml; charset=utf-8" }) });
  });
}
