import type { LoaderFunctionArgs } from "@remix-run/node";
import { publicLedgerOutput } from "~/.server/http/public-ledger-output";
import { ledgerListOutput } from "~/.server/ledger/ledger-export";
import { publicClaimReview } from "~/.server/ledger/newsroom-claim-review";

// GET /ledger/claimreview.json?<the /ledger filters>&cursor=&limit=: schema.org ClaimReview objects
// for fact-check aggregators, newest first, a page at a time.
export async function loader({ request, context }: LoaderFunctionArgs) {
  return publicLedgerOutput({ request, context }, async ({ db, origin, headers }) => {
    const output = await ledgerListOutput(
      db,
      new URL(request.url),
      origin,
      (item) => publicClaimReview(item, origin).claimReview,
    );
    return Response.json(output, { headers: headers() });
  });
}
