import type { LoaderFunctionArgs } from "@remix-run/node";
import { publicLedgerOutput } from "~/.server/http/public-ledger-output";
import { chainHead, chainPage } from "~/.server/ledger/ledger-export";
import { chainPageSchema } from "~/domain/schemas/ledger-outputs";
import { parseInput } from "~/domain/validation";

// GET /ledger/chain.json?cursor=&limit=: the ledger's hash chain, oldest entry first, with the
// current head; `claimdesk ledger verify URL` recomputes it.
export async function loader({ request, context }: LoaderFunctionArgs) {
  return publicLedgerOutput({ request, context }, async ({ db, origin, headers }) => {
    const { cursor, limit } = parseInput(chainPageSchema, Object.fromEntries(new URL(request.url).searchParams));
    const head = await chainHead(db);
    const page = await chainPage(db, cursor, limit);
    return Response.json(
      {
        head,
        items: page.entries,
        nextCursor: page.nextCursor,
        next: page.nextCursor ? `${origin}/ledger/chain.json?cursor=${page.nextCursor}&limit=${limit}` : null,
      },
      { headers: headers() },
    );
  });
}
