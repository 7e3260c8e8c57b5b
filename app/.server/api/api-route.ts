import type { AppLoadContext } from "@remix-run/node";
import type { Params } from "@remix-run/react";
import { AppError } from "~/domain/errors";
import { MAX_ARTICLE_BYTES } from "~/domain/limits";
import { hasRole, type Role } from "~/domain/roles";
import { formatMegabytes } from "~/domain/text-size";
import { ThrottledError } from "~/domain/throttling";
import type { Database } from "../db/database-types";
import { type ErrorBody, errorBody } from "../http/responses";
import { processLog } from "../log";
import { type ApiUser, authenticateApiRequest } from "./api-auth";

// The one wrapper of every /api/v1 route: authenticate, check the role, run, and answer JSON, with
// every failure in the same shape as the forms' errors: {error: {code, message, fields?}}.

/** A request body may hold an article of the largest size even with every character escaped
 *  (\uXXXX), plus its other fields; the article text itself is then held to MAX_ARTICLE_BYTES. */
export const MAX_API_BODY_BYTES = 3 * MAX_ARTICLE_BYTES;

interface ApiArgs {
  request: Request;
  params: Params;
  context: AppLoadContext;
}

export interface ApiCall {
  db: Database;
  user: ApiUser;
  request: Request;
  params: Params;
}

const JSON_HEADERS = { "Cache-Control": "no-store" };

export function apiJson(body: unknown, status = 200): Response {
  return Response.json(body, { status, headers: JSON_HEADERS });
}

/** An AppError as the API answers it; `extra` adds fields to the error object (such as the id of a duplicate). */
export function apiErrorResponse(error: AppError, extra: Record<string, unknown> = {}): Response {
  const body: ErrorBody = errorBody(error);
  const headers: Record<string, string> = { ...JSON_HEADERS };
  if (error.status === 401) headers["WWW-Authenticate"] = 'Bearer realm="claimdesk"';
  if (error instanceof ThrottledError) headers["Retry-After"] = String(error.retryAfterSeconds);
  return Response.json({ error: { ...body.error, ...extra } }, { status: error.status, headers });
}

/** Runs one API call for a signed-in user with at least `role` (every user is at least a checker). */
export async function handleApi(
  args: ApiArgs,
  options: { role: Role },
  run: (call: ApiCall) => Promise<Response>,
): Promise<Response> {
  try {
    const { db } = args.context;
    const user = await authenticateApiRequest(args);
    if (!hasRole(user.role, options.role)) {
      throw new AppError(403, "forbidden", `This is for ${options.role}s; you are signed in as a ${user.role}.`);
    }
    return await run({ db, user, request: args.request, params: args.params });
  } catch (error) {
    if (error instanceof AppError) return apiErrorResponse(error);
    const path = new URL(args.request.url).pathname;
    (args.context.log ?? processLog()).error({ err: error, method: args.request.method, path }, "API request failed");
    return apiErrorResponse(new AppError(500, "server_error", "Something went wrong on the server. Try again later."));
  }
}

/** The answer to a method a route does not serve: 405, naming the ones it does. */
export function methodNotAllowed(allowed: string[]): Response {
  return Response.json(
    { error: { code: "method_not_allowed", message: `This address answers ${allowed.join(" and ")} only.` } },
    { status: 405, headers: { ...JSON_HEADERS, Allow: allowed.join(", ") } },
  );
}

const tooLarge = () =>
  new AppError(
    413,
    "too_large",
    `The request body is larger than ${formatMegabytes(MAX_API_BODY_BYTES)}, the limit for API requests.`,
  );

async function readCapped(request: Request, maxBytes: number): Promise<string> {
  if (Number(request.headers.get("Content-Length") ?? 0) > maxBytes) throw tooLarge();
  if (!request.body) return "";
  const chunks: Uint8Array[] = [];
  let size = 0;
  const reader = request.body.getReader();
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    size += value.byteLength;
    if (size > maxBytes) {
      await reader.cancel();
      throw tooLarge();
    }
    chunks.push(value);
  }
  return Buffer.concat(chunks, size).toString("utf8");
}

/** The JSON object a client posted. Only JSON is accepted (415 otherwise), which a form on another
 *  site cannot send without the browser asking first; malformed JSON is a 400, a body too big a 413. */
export async function readJsonBody(request: Request): Promise<Record<string, unknown>> {
  const type = request.headers.get("Content-Type") ?? "";
  if (!/^application\/(?:[\w.+-]+\+)?json\s*(?:;|$)/i.test(type)) {
    throw new AppError(
      415,
      "unsupported_media_type",
      "Send the request body as JSON, with the header Content-Type: application/json.",
    );
  }
  const text = await readCapped(request, MAX_API_BODY_BYTES);
  let body: unknown;
  try {
    body = JSON.parse(text);
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    throw new AppError(400, "bad_request", `The request body is not valid JSON (${reason}).`);
  }
  if (typeof body !== "object" || body === null || Array.isArray(body)) {
    throw new AppError(400, "bad_request", "The request body must be a JSON object.");
  }
  return body as Record<string, unknown>;
}
