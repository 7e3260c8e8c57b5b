import type { ActionFunctionArgs } from "@remix-run/node";
import { apiErrorResponse, apiJson, handleApi, methodNotAllowed, readJsonBody } from "~/.server/api/api-route";
import { toApiArticle, toApiClaim } from "~/.server/api/api-shapes";
import { createArticle, DuplicateArticleError } from "~/.server/articles/articles";
import { listArticleClaims } from "~/.server/claims/claims";
import { apiArticleSchema } from "~/domain/schemas/api";
import { parseInput } from "~/domain/validation";

// POST /api/v1/articles: stores an article and runs extraction; answers the article and its candidates.
export const loader = () => methodNotAllowed(["POST"]);

export async function action(args: ActionFunctionArgs) {
  if (args.request.method !== "POST") return methodNotAllowed(["POST"]);
  return handleApi(args, { role: "checker" }, async ({ db, user, request }) => {
    const input = parseInput(apiArticleSchema, await readJsonBody(request));
    try {
      const article = await createArticle(db, user.id, input);
      const claims = await listArticleClaims(db, article.id);
      return apiJson({ article: toApiArticle(article), claims: claims.map(toApiClaim) }, 201);
    } catch (error) {
      if (!(error instanceof DuplicateArticleError)) throw error;
      return apiErrorResponse(error, { existingArticleId: error.existingArticleId });
    }
  });
}
