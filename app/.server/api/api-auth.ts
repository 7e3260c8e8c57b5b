import type { AppLoadContext } from "@remix-run/node";
import { AppError } from "~/domain/errors";
import { API_TOKEN_REQUESTS } from "~/domain/throttling";
import { type TokenUser, userForToken } from "../auth/api-tokens";
import { apiTokenCounter, enforceLimit } from "../auth/throttles";
import { getOptionalUser } from "../http/guards";

export type ApiUser = TokenUser;

/** The token in an Authorization header: undefined when there is no such header, null when it is
 *  there but not `Bearer <token>` (it must not fall back to the cookie). */
export function bearerTokenOf(header: string | null): string | null | undefined {
  if (header === null) return undefined;
  const match = /^Bearer[ \t]+([\x21-\x7e]{1,512})[ \t]*$/i.exec(header);
  return match?.[1] ?? null;
}

export const unauthorized = (message: string) => new AppError(401, "unauthorized", message);

/** Who calls the API: the bearer token's user when the request has an Authorization header (cookies
 *  are then ignored, which is why such calls need no origin check, see csrf.ts), otherwise the
 *  signed-in user of the session cookie. Nobody → 401; a token over its request limit → 429. */
export async function authenticateApiRequest(args: { request: Request; context: AppLoadContext }): Promise<ApiUser> {
  const { db } = args.context;
  const token = bearerTokenOf(args.request.headers.get("Authorization"));
  if (token === undefined) {
    const user = await getOptionalUser(args);
    if (user) return user;
    throw unauthorized("Sign in, or send an API token as the header Authorization: Bearer <token>.");
  }
  const caller = token ? await userForToken(db, token) : null;
  if (!caller)
    throw unauthorized("The API token is not valid: it was mistyped or revoked, or its account is disabled.");
  await enforceLimit(
    db,
    apiTokenCounter(caller.tokenId),
    `Too many requests with this API token: at most ${API_TOKEN_REQUESTS.limit} a minute.`,
  );
  return caller.user;
}
