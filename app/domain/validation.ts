import type { z } from "zod";
import { AppError, type FieldErrors } from "./errors";

function statusAskedFor(issue: z.core.$ZodIssue): number | undefined {
  const status = issue.code === "custom" ? issue.params?.status : undefined;
  return typeof status === "number" ? status : undefined;
}

const CODES: Record<number, string> = { 404: "not_found", 413: "too_large" };

/** Whether text holds a NUL character, which no text column can store (Postgres refuses it with an error). */
export const hasNulCharacter = (text: string) => text.includes("\u0000");

/** The message for a field whose text holds a NUL character. */
export const nulCharacterMessage = (field: string) =>
  `${field === "form" ? "The text" : `The field “${field}”`} contains a NUL character (\\u0000), which cannot be stored. Remove it and try again.`;

/** The paths ("title", "sources.0.url") of every string in a parsed value that holds a NUL character. */
function fieldsWithNul(value: unknown, path: string[] = []): string[] {
  if (typeof value === "string") return hasNulCharacter(value) ? [path.join(".") || "form"] : [];
  if (Array.isArray(value)) return value.flatMap((item, index) => fieldsWithNul(item, [...path, String(index)]));
  if (value !== null && typeof value === "object" && Object.getPrototypeOf(value) === Object.prototype)
    return Object.entries(value).flatMap(([key, item]) => fieldsWithNul(item, [...path, key]));
  return [];
}

/** Parses input with a schema shared by forms, actions and the API; a failure becomes an AppError
 *  listing a message per field (422, or a status a check asked for, such as 413 for a body too large
 *  or 404 for an id no row can have). Text a schema accepts with a NUL character in it is refused
 *  here, once for every form, address and JSON body, naming the field (422). */
export function parseInput<Schema extends z.ZodType>(schema: Schema, input: unknown): z.output<Schema> {
  const result = schema.safeParse(input);
  if (result.success) {
    const withNul = fieldsWithNul(result.data);
    if (withNul.length === 0) return result.data;
    const fields = Object.fromEntries(withNul.map((field) => [field, nulCharacterMessage(field)]));
    throw new AppError(422, "invalid", nulCharacterMessage(withNul[0] ?? "form"), fields);
  }
  const fields: FieldErrors = {};
  let status: number | undefined;
  for (const issue of result.error.issues) {
    const field = issue.path.join(".") || "form";
    fields[field] ??= issue.message;
    status ??= statusAskedFor(issue);
  }
  const first = Object.values(fields)[0] ?? "The input is not valid.";
  throw new AppError(status ?? 422, CODES[status ?? 422] ?? "invalid", first, fields);
}
