import type { Database } from "~/.server/db/database-types";
import * as articlesRoute from "~/routes/api.v1.articles";
import * as articleRoute from "~/routes/api.v1.articles.$articleId";
import * as claimsRoute from "~/routes/api.v1.claims";
import * as claimRoute from "~/routes/api.v1.claims.$claimId";
import * as sourcesRoute from "~/routes/api.v1.claims.$claimId.sources";
import * as transitionsRoute from "~/routes/api.v1.claims.$claimId.transitions";
import * as verdictsRoute from "~/routes/api.v1.claims.$claimId.verdicts";
import * as ratingsRoute from "~/routes/api.v1.ratings";
import { requestAs } from "./requests";

// Calls the /api/v1 route modules as Remix would: the address picks the module and its params, GET
// goes to the loader and anything else to the action.

type RouteModule = { loader: (args: never) => Response | Promise<Response>; action: (args: never) => unknown };

const ROUTES: [RegExp, RouteModule, string?][] = [
  [/^\/api\/v1\/articles$/, articlesRoute],
  [/^\/api\/v1\/articles\/([^/]+)$/, articleRoute, "articleId"],
  [/^\/api\/v1\/claims$/, claimsRoute],
  [/^\/api\/v1\/claims\/([^/]+)$/, claimRoute, "claimId"],
  [/^\/api\/v1\/claims\/([^/]+)\/sources$/, sourcesRoute, "claimId"],
  [/^\/api\/v1\/claims\/([^/]+)\/verdicts$/, verdictsRoute, "claimId"],
  [/^\/api\/v1\/claims\/([^/]+)\/transitions$/, transitionsRoute, "claimId"],
  [/^\/api\/v1\/ratings$/, ratingsRoute],
];

export interface ApiCallOptions {
  /** Sends Authorization: Bearer <token>. */
  token?: string;
  /** Signs in with a session cookie as this user. */
  userId?: string;
  /** Sent as JSON. */
  json?: unknown;
  /** Sent as it is (with the headers given). */
  body?: BodyInit;
  headers?: Record<string, string>;
}

export async function callApi(db: Database, method: string, path: string, options: ApiCallOptions = {}) {
  const pathname = path.split("?")[0] ?? path;
  const found = ROUTES.map(([pattern, module, param]) => ({ match: pattern.exec(pathname), module, param })).find(
    (route) => route.match,
  );
  if (!found?.match) throw new Error(`No API route for ${path}`);
  const headers = new Headers(options.headers);
  if (options.token !== undefined) headers.set("Authorization", `Bearer ${options.token}`);
  let body = options.body;
  if (options.json !== undefined) {
    body = JSON.stringify(options.json);
    if (!headers.has("Content-Type")) headers.set("Content-Type", "application/json");
  }
  const { request, context } = await requestAs(db, options.userId ?? null, path, { method, headers, body });
  const params = found.param ? { [found.param]: found.match[1] } : {};
  const handler = method === "GET" || method === "HEAD" ? found.module.loader : found.module.action;
  const response = (await handler({ request, params, context } as never)) as Response;
  return { status: response.status, headers: response.headers, body: await response.json() };
}
