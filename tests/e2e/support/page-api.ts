import type { APIRequestContext } from "playwright-core";

/** A JSON API call made with the signed-in page's cookies, from the app's own origin. */
export async function api(request: APIRequestContext, origin: string, path: string, body?: object) {
  const response = body
    ? await request.post(path, { data: body, headers: { Origin: origin } })
    : await request.get(path);
  const json = await response.json();
  if (!response.ok()) throw new Error(`${path}: ${response.status()} ${JSON.stringify(json)}`);
  return json;
}

/** Moves a claim one step of the workflow through the API, at its current version. */
export async function move(request: APIRequestContext, origin: string, claimId: number, to: string) {
  const { claim } = await api(request, origin, `/api/v1/claims/${claimId}`);
  return api(request, origin, `/api/v1/claims/${claimId}/transitions`, { to, version: claim.version });
}
