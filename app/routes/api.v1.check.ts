import type { ActionFunctionArgs } from "@remix-run/node";
import { apiJson, handleApi, methodNotAllowed, readJsonBody } from "~/.server/api/api-route";
import { checkDraft } from "~/.server/claims/check-draft";
import { parseDraft } from "~/domain/draft-check";

// POST /api/v1/check {text}: the draft's quotes and figures with the claims on record each repeats.
// Nothing is stored.
export async function action(args: ActionFunctionArgs) {
  if (args.request.method !== "POST") return methodNotAllowed(["POST"]);
  return handleApi(args, { role: "checker" }, async ({ db, request }) => {
    return apiJson(await checkDraft(db, parseDraft(await readJsonBody(request))));
  });
}

export const loader = () => methodNotAllowed(["POST"]);
