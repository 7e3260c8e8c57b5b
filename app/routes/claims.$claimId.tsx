import { type LoaderFunctionArgs, redirect } from "@remix-run/node";
import { z } from "zod";
import { requireUser } from "~/.server/auth/session";
import { getClaim } from "~/.server/claims";
import { getDb } from "~/.server/db/connection";
import { throwAsResponse } from "~/.server/http/responses";
import { notFound } from "~/domain/errors";

// A stable address for a claim: it opens the claim selected in its article.
export async function loader(args: LoaderFunctionArgs) {
  await requireUser(args);
  try {
    const parsed = z.coerce.number().int().positive().safeParse(args.params.claimId);
    if (!parsed.success) throw notFound("That claim");
    const claim = await getClaim(await getDb(), parsed.data);
    return redirect(`/articles/${claim.articleId}?claim=${claim.id}#claim-${claim.id}`);
  } catch (error) {
    throwAsResponse(error);
  }
}
