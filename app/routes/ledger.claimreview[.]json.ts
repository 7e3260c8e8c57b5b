import type { LoaderFunctionArgs } from "@remix-run/node";
import { readConfig } from "~/.server/config";
import { claimPageUrl, ledgerListOutput } from "~/.server/ledger/ledger-export";
import { publicLedgerOutput } from "~/.server/ledger/public-output";
import { claimReview } from "~/domain/ledger/claim-review";

// GET /ledger/claimreview.json?<the /ledger filters>&cursor=&limit=: schema.org ClaimReview objects
// for fact-check aggregators, newest first, a page at a time.
export async function loader({ request }: LoaderFunctionArgs) {
  return publicLedgerOutput(request, async ({ db, origin, headers }) => {
    const newsroom = { name: readConfig().NEWSROOM_NAME, url: origin };
    const output = await ledgerListOutput(db, new URL(request.url), origin, (item) =>
      claimReview(item.document, { pageUrl: claimPageUrl(origin, item.slug), newsroom }),
    );
    return Response.json(output, { headers: headers() });
  });
}
