import type { Params } from "@remix-run/react";
import { notFound } from "~/domain/errors";

/** A numeric id from the URL (/articles/:articleId); anything else is a 404 for `what`. */
export function idParam(params: Params, name: string, what: string): number {
  const raw = params[name] ?? "";
  const id = /^\d{1,9}$/.test(raw) ? Number(raw) : 0;
  if (id <= 0) throw notFound(what);
  return id;
}
