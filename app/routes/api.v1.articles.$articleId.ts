import type { LoaderFunctionArgs } from "@remix-run/node";
import { apiJson, handleApi, methodNotAllowed } from "~/.server/api/api-route";
import { toApiArticle, toApiClaim } from "~/.server/api/api-shapes";
import { getArticle } from "~/.server/articles/articles";
import { listArticleClaims } from "~/.server/claims/claims";
import { idParam } from "~/.server/http/params";

// GET /api/v1/articles/:id: the article and its claims in reading order.
export async function loader(args: LoaderFunctionArgs) {
  return handleApi(args, { role: "checker" }, async ({ db, params }) => {
    const articleId = idParam(params, "articleId", "That article");
    const [article, claims] = await Promise.all([getArticle(db, articleId), listArticleClaims(db, articleId)]);
    return apiJson({ article: toApiArticle(article), claims: claims.map(toApiClaim) });
  });
}

export const action = () => methodNotAllowed(["GET"]);
