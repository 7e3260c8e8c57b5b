import type { ActionFunctionArgs } from "@remix-run/node";
import { apiJson, handleApi, methodNotAllowed, readJsonBody } from "~/.server/api/api-route";
import { toApiClaim, toApiVerdict } from "~/.server/api/api-shapes";
import { getClaim } from "~/.server/claims/claims";
import { idParam } from "~/.server/http/params";
import { proposeVerdict } from "~/.server/review/verdicts";
import { verdictInputSchema } from "~/domain/schemas/review";
import { parseInput } from "~/domain/validation";

// POST /api/v1/claims/:id/verdicts {rating, summary, rationale, version}: a new version of the verdict.
export const loader = () => methodNotAllowed(["POST"]);

export async function action(args: ActionFunctionArgs) {
  if (args.request.method !== "POST") return methodNotAllowed(["POST"]);
  return handleApi(args, { role: "checker" }, async ({ db, user, params, request }) => {
    const claimId = idParam(params, "claimId", "That claim");
    const { verdict } = await proposeVerdict(
      db,
      user,
      claimId,
      parseInput(verdictInputSchema, await readJsonBody(request)),
    );
    return apiJson(
      {
        verdict: toApiVerdict({ ...verdict, authorName: user.displayName, approvedByName: null }),
        claim: toApiClaim(await getClaim(db, claimId)),
      },
      201,
    );
  });
}
