import type { ActionFunctionArgs } from "@remix-run/node";
import { apiJson, handleApi, methodNotAllowed, readJsonBody } from "~/.server/api/api-route";
import { toApiSource } from "~/.server/api/api-shapes";
import { idParam } from "~/.server/http/params";
import { captureSource } from "~/.server/review/source-capture";
import { addSource } from "~/.server/review/source-records";
import { claimVersion, sourceInputSchema } from "~/domain/schemas/review";
import { parseInput } from "~/domain/validation";

// POST /api/v1/claims/:id/sources {url, title, publisher?, kind?, passage?, accessedOn?, archiveUrl?, version?}:
// attaches a source and captures its page; `version` is optional here (see docs/api.md).
export const loader = () => methodNotAllowed(["POST"]);

export async function action(args: ActionFunctionArgs) {
  if (args.request.method !== "POST") return methodNotAllowed(["POST"]);
  return handleApi(args, { role: "checker" }, async ({ db, user, params, request }) => {
    const claimId = idParam(params, "claimId", "That claim");
    const body = await readJsonBody(request);
    const fields = parseInput(sourceInputSchema, body);
    const version = body.version == null ? null : parseInput(claimVersion, body.version);
    const { source } = await addSource(db, user, claimId, { ...fields, version });
    const capture = await captureSource(db, source.id);
    return apiJson({ source: toApiSource({ ...source, ...capture }) }, 201);
  });
}
