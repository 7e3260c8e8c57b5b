import type { LoaderFunctionArgs } from "@remix-run/node";
import { apiJson, handleApi, methodNotAllowed } from "~/.server/api/api-route";
import { toApiRating } from "~/.server/api/api-shapes";
import { listRatings } from "~/.server/review/ratings";

// GET /api/v1/ratings: the newsroom's verdict scale, best first.
export async function loader(args: LoaderFunctionArgs) {
  return handleApi(args, { role: "checker" }, async ({ db }) => {
    return apiJson({ ratings: (await listRatings(db)).map(toApiRating) });
  });
}

export const action = () => methodNotAllowed(["GET"]);
