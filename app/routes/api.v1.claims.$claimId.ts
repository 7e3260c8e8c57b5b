import type { LoaderFunctionArgs } from "@remix-run/node";
import { apiJson, handleApi, methodNotAllowed } from "~/.server/api/api-route";
import { toApiClaimDetail } from "~/.server/api/api-shapes";
import { getClaimRecord } from "~/.server/claims/claim-record";
import { idParam } from "~/.server/http/params";

// GET /api/v1/claims/:id: the claim with its sources, verdict versions, reference figure and events.
export async function loader(args: LoaderFunctionArgs) {
  return handleApi(args, { role: "checker" }, async ({ db, params }) => {
    const record = await getClaimRecord(db, idParam(params, "claimId", "That claim"));
    return apiJson({ claim: toApiClaimDetail(record) });
  });
}

export const action = () => methodNotAllowed(["GET"]);
