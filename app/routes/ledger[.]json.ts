import type { LoaderFunctionArgs } from "@remix-run/node";
import { publicLedgerOutput } from "~/.server/http/public-ledger-output";
import { ledgerListOutput, publicLedgerItem } from "~/.server/ledger/ledger-export";

// GET /ledger.json?verdict=&speaker=&kind=&from=&to=&outlet=&q=&cursor=&limit=: the published claims
// /ledger lists, as JSON, a page at a time (see docs/ledger-data.md).
export async function loader({ request, context }: LoaderFunctionArgs) {
  return publicLedgerOutput({ request, context }, async ({ db, origin, headers }) => {
    const output = await ledgerListOutput(db, new URL(request.url), origin, (item) => publicLedgerItem(item, origin));
    return Response.json(output, { headers: headers() });
  });
}
