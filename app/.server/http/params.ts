import type { Params } from "@remix-run/react";
import { notFound } from "~/domain/errors";
import { isDatabaseId } from "~/domain/schemas/database-id";
import { throwAsResponse } from "./responses";

/** A numeric id from the URL (/articles/:articleId); anything else, or a number no row can have, is
 *  a 404 for `what`. */
export function idParam(params: Params, name: string, what: string): number {
  const raw = params[name] ?? "";
  const id = /^\d{1,10}$/.test(raw) ? Number(raw) : 0;
  if (!isDatabaseId(id)) throw notFound(what);
  return id;
}

/** The user id in an admin page's URL (/admin/users/:userId), as the app makes them (UUIDs: letters,
 *  digits and dashes); anything else is the 404 page, thrown as a response so that an action can read
 *  it before its own error handling. */
export function userIdParam(params: Params): string {
  const id = params.userId ?? "";
  if (!/^[\w-]{1,100}$/.test(id)) throwAsResponse(notFound("That user"));
  return id;
}
