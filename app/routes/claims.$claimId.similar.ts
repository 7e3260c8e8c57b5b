import type { LoaderFunctionArgs } from "@remix-run/node";
import { getClaim, similarClaims } from "~/.server/claims/claims";
import { requireUser } from "~/.server/http/guards";
import { idParam } from "~/.server/http/params";
import { throwAsResponse } from "~/.server/http/responses";

// Earlier claims saying the same thing, fetched by the article page when a claim is selected there
// (selection happens in the browser; the rest of the page needs no request).
export async function loader(args: LoaderFunctionArgs) {
  await requireUser(args);
  try {
    const db = args.context.db;
    const claim = await getClaim(db, idParam(args.params, "claimId", "That claim"));
    return { claimId: claim.id, similar: await similarClaims(db, claim) };
  } catch (error) {
    throwAsResponse(error);
  }
}
