import type { LoaderFunctionArgs } from "@remix-run/node";
import { publicLedgerOutput } from "~/.server/http/public-ledger-output";
import { ledgerListOutput, publicLedgerItem } from "~/.server/ledger/ledger-export";
import { ledgerFiltersSchema, ledgerPageSchema } from "~/domain/schemas/ledger";
import { parseInput } from "~/domain/validation";

// GET /ledger.json?verdict=&speaker=&kind=&from=&to=&outlet=&q=&order=&cursor=&limit=: the published
// claims /ledger lists, as JSON, a page at a time (see docs/ledger-data.md).
export async function loader({ request, context }: LoaderFunctionArgs) {
  return publicLedgerOutput({ request, context }, async ({ db, origin, headers }) => {
    const address = new URL(request.url);
    const query = Object.fromEntries(address.searchParams);
    const filters = parseInput(ledgerFiltersSchema, query);
    const page = parseInput(ledgerPageSchema, query);
    const output = await ledgerListOutput(db, filters, page, { origin, path: address.pathname }, (item) =>
      publicLedgerItem(item, origin),
    );
    return Response.json(output, { headers: headers() });
  });
}
