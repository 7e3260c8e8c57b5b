import type { LoaderFunctionArgs } from "@remix-run/node";
import { publicLedgerOutput } from "~/.server/http/public-ledger-output";
import { ledgerListOutput } from "~/.server/ledger/ledger-export";
import { publicClaimReview } from "~/.server/ledger/newsroom-claim-review";
import { ledgerFiltersSchema, ledgerPageSchema } from "~/domain/schemas/ledger";
import { parseInput } from "~/domain/validation";

// GET /ledger/claimreview.json?<the /ledger filters>&cursor=&limit=: schema.org ClaimReview objects
// for fact-check aggregators, newest first (a search with order=relevance: best matches first), a page
// at a time.
export async function loader({ request, context }: LoaderFunctionArgs) {
  return publicLedgerOutput({ request, context }, async ({ db, origin, headers }) => {
    const address = new URL(request.url);
    const query = Object.fromEntries(address.searchParams);
    const filters = parseInput(ledgerFiltersSchema, query);
    const page = parseInput(ledgerPageSchema, query);
    const output = await ledgerListOutput(
      db,
      filters,
      page,
      { origin, path: address.pathname },
      (item) => publicClaimReview(item, origin).claimReview,
    );
    return Response.json(output, { headers: headers() });
  });
}
