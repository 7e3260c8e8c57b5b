import type { ActionFunctionArgs, LoaderFunctionArgs } from "@remix-run/node";
import { apiJson, handleApi, methodNotAllowed, readJsonBody } from "~/.server/api/api-route";
import { toApiClaim, toApiClaimListItem } from "~/.server/api/api-shapes";
import { getClaim, makeClaim } from "~/.server/claims/claims";
import { listClaims } from "~/.server/claims/list-claims";
import { claimListQuerySchema } from "~/domain/schemas/api";
import { newClaimSchema } from "~/domain/schemas/claim";
import { parseInput } from "~/domain/validation";

// GET /api/v1/claims?state=&assignee=&speaker=&article=&kind=&cursor=&limit=: claims a page at a time, oldest first.
export async function loader(args: LoaderFunctionArgs) {
  return handleApi(args, { role: "checker" }, async ({ db, user, request }) => {
    const query = parseInput(claimListQuerySchema, Object.fromEntries(new URL(request.url).searchParams));
    const { claims, nextCursor } = await listClaims(db, user, {
      state: query.state ?? null,
      assigneeId: query.assignee === "me" ? user.id : (query.assignee ?? null),
      speaker: query.speaker && /^\d{1,9}$/.test(query.speaker) ? Number(query.speaker) : (query.speaker ?? null),
      articleId: query.article ?? null,
      kind: query.kind ?? null,
      cursor: query.cursor ?? null,
      limit: query.limit,
    });
    return apiJson({ claims: claims.map(toApiClaimListItem), nextCursor });
  });
}

// POST /api/v1/claims {articleId, kind, start, end, speaker?}: a claim made by hand from the article's text.
export async function action(args: ActionFunctionArgs) {
  if (args.request.method !== "POST") return methodNotAllowed(["GET", "POST"]);
  return handleApi(args, { role: "checker" }, async ({ db, user, request }) => {
    // The same schema as the article page's form, so both give the same messages.
    const made = await makeClaim(db, user.id, parseInput(newClaimSchema, await readJsonBody(request)));
    return apiJson({ claim: toApiClaim(await getClaim(db, made.id)) }, 201);
  });
}
