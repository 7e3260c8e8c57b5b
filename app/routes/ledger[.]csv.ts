import type { LoaderFunctionArgs } from "@remix-run/node";
import { publicLedgerOutput } from "~/.server/http/public-ledger-output";
import { ledgerCsvStream } from "~/.server/ledger/ledger-export";
import { ledgerFiltersSchema } from "~/domain/schemas/ledger";
import { parseInput } from "~/domain/validation";

// GET /ledger.csv?verdict=&speaker=&kind=&from=&to=&outlet=&q=: every published claim the filters
// match, newest first (an `order` is not used: a ranked list is cut to 1,000), as a spreadsheet, streamed.
export async function loader({ request, context }: LoaderFunctionArgs) {
  return publicLedgerOutput({ request, context }, async ({ db, origin, headers }) => {
    const filters = parseInput(ledgerFiltersSchema, Object.fromEntries(new URL(request.url).searchParams));
    return new Response(await ledgerCsvStream(db, filters, origin), {
      headers: headers({
        "Content-Type": "text/csv; charset=utf-8",
        "Content-Disposition": 'attachment; filename="claims-ledger.csv"',
      }),
    });
  });
}
