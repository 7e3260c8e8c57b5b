import { type LoaderFunctionArgs, redirect } from "@remix-run/node";
import { requireUser } from "~/.server/auth/session";
import { getClaim } from "~/.server/claims";
import { getDb } from "~/.server/db/connection";
import { idParam } from "~/.server/http/params";
import { throwAsResponse } from "~/.server/http/responses";

// A stable address for a claim: it opens the claim selected in its article.
export async function loader(args: LoaderFunctionArgs) {
  await requireUser(args);
  try {
    const claim = await getClaim(await getDb(), idParam(args.params, "claimId", "That claim"));
    return redirect(`/articles/${claim.articleId}?claim=${claim.id}#claim-${claim.id}`);
  } catch (error) {
    throwAsResponse(error);
  }
}
