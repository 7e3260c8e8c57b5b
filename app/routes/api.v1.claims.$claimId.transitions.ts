import type { ActionFunctionArgs } from "@remix-run/node";
import { apiJson, handleApi, methodNotAllowed, readJsonBody } from "~/.server/api/api-route";
import { toApiClaim } from "~/.server/api/api-shapes";
import { getClaim } from "~/.server/claims/claims";
import { transitionClaim } from "~/.server/claims/transitions";
import { idParam } from "~/.server/http/params";
import { transitionInputSchema } from "~/domain/schemas/review";
import { parseInput } from "~/domain/validation";

// POST /api/v1/claims/:id/transitions {to, version, note?, assigneeId?}: moves the claim to another state,
// by the same rules as the claim page (app/domain/claim-workflow.ts).
export const loader = () => methodNotAllowed(["POST"]);

export async function action(args: ActionFunctionArgs) {
  if (args.request.method !== "POST") return methodNotAllowed(["POST"]);
  return handleApi(args, { role: "checker" }, async ({ db, user, params, request }) => {
    const claimId = idParam(params, "claimId", "That claim");
    await transitionClaim(db, user, claimId, parseInput(transitionInputSchema, await readJsonBody(request)));
    return apiJson({ claim: toApiClaim(await getClaim(db, claimId)) });
  });
}
