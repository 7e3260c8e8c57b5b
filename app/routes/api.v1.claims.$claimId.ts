import type { LoaderFunctionArgs } from "@remix-run/node";
import { apiJson, handleApi, methodNotAllowed } from "~/.server/http/api";
import { toApiClaimDetail } from "~/.server/http/api-shapes";
import { idParam } from "~/.server/http/params";
import { getClaimRecord } from "~/.server/review/claim-record";

// GET /api/v1/claims/:id: the claim with its sources, verdict versions, reference figure and events.
export async function loader(args: LoaderFunctionArgs) {
  return handleApi(args, { role: "checker" }, async ({ db, params }) => {
    const record = await getClaimRecord(db, idParam(params, "claimId", "That claim"));
    return apiJson({ claim: toApiClaimDetail(record) });
  });
}

export const action = () => methodNotAllowed(["GET"]);
