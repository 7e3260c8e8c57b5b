import { type ActionFunctionArgs, type LoaderFunctionArgs, redirect } from "@remix-run/node";
import { requireUser } from "~/.server/http/guards";
import { idParam } from "~/.server/http/params";
import { throwAsResponse } from "~/.server/http/responses";
import { recheckSources } from "~/.server/review/source-recheck";

// The claim page's "Re-check sources" button: fetches this claim's sources again (published or not)
// and goes back to the claim, where each source shows what the check found.

const claimIdOf = (params: LoaderFunctionArgs["params"]) => idParam(params, "claimId", "That claim");

/** Someone who lands here by address (e.g. after signing in) is sent to the claim itself. */
export function loader({ params }: LoaderFunctionArgs) {
  try {
    return redirect(`/claims/${claimIdOf(params)}`);
  } catch (error) {
    throwAsResponse(error);
  }
}

export async function action(args: ActionFunctionArgs) {
  const editor = await requireUser(args, { role: "editor" });
  try {
    const claimId = claimIdOf(args.params);
    await recheckSources(args.context.db, { claimId, actorId: editor.id });
    return redirect(`/claims/${claimId}?rechecked=1`);
  } catch (error) {
    throwAsResponse(error);
  }
}
