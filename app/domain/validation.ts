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

const EXPECTED: Record<string, string> = {
  string: "text",
  number: "a number",
  int: "a whole number",
  boolean: "true or false",
  array: "a list",
  object: "an object",
};

const fieldName = (path: PropertyKey[]) => (path.length > 0 ? `“${path.join(".")}”` : "The input");

/** Messages for what a schema left to zod's own wording ("Invalid input: expected string, received
 *  undefined"): a field left out of a JSON body, or of the wrong type. A field left out is marked so
 *  that parseInput can ask the schema what it says to the field left empty ("Give the article a title."). */
const MISSING = "\u0000missing";
const plainMessages: z.core.$ZodErrorMap = (issue) => {
  const field = fieldName(issue.path ?? []);
  switch (issue.code) {
    case "invalid_type":
      if (issue.input === undefined || issue.input === null) return MISSING;
      return `${field} must be ${EXPECTED[issue.expected] ?? issue.expected}.`;
    case "invalid_value":
      return `${field} must be one of: ${issue.values.map(String).join(", ")}.`;
    case "too_small":
      return `${field} is too ${issue.origin === "string" || issue.origin === "array" ? "short" : "small"}.`;
    case "too_big":
      return `${field} is too ${issue.origin === "string" || issue.origin === "array" ? "long" : "large"}.`;
    case "unrecognized_keys":
      return `Unknown field: ${issue.keys.join(", ")}.`;
    default:
      return `${field} is not a value it takes.`;
  }
};

const isPlainObject = (value: unknown): value is Record<string, unknown> =>
  value !== null && typeof value === "object" && Object.getPrototypeOf(value) === Object.prototype;

/** A copy of input with "" at path (objects copied along the way), or undefined if the path leads
 *  through something that is not an object. */
function withEmptyAt(input: unknown, path: PropertyKey[]): unknown {
  const [key, ...rest] = path;
  if (key === undefined) return "";
  if (!isPlainObject(input) || typeof key !== "string") return undefined;
  const inner = withEmptyAt(input[key], rest);
  return inner === undefined ? undefined : { ...input, [key]: inner };
}

/** What the schema says to a field left empty, for a field left out; a plain request for it otherwise. */
function missingFieldMessage(schema: z.ZodType, input: unknown, path: PropertyKey[]): string {
  const asked = `Give ${fieldName(path)}.`;
  const filled = withEmptyAt(input, path);
  if (filled === undefined) return asked;
  const retried = schema.safeParse(filled, { error: plainMessages });
  const key = path.join(".");
  const said = retried.success ? undefined : retried.error.issues.find((issue) => issue.path.join(".") === key);
  return said && said.message !== MISSING ? said.message : asked;
}

/** Parses input with a schema shared by forms, actions and the API; a failure becomes an AppError
 *  listing a message per field (422, or a status a check asked for, such as 413 for a body too large
 *  or 404 for an id no row can have), each written for a person even where the schema gave none.
 *  Text a schema accepts with a NUL character in it is refused here, once for every form, address
 *  and JSON body, naming the field (422). */
export function parseInput<Schema extends z.ZodType>(schema: Schema, input: unknown): z.output<Schema> {
  const result = schema.safeParse(input, { error: plainMessages });
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
    fields[field] ??= issue.message === MISSING ? missingFieldMessage(schema, input, issue.path) : issue.message;
    status ??= statusAskedFor(issue);
  }
  const first = Object.values(fields)[0] ?? "The input is not valid.";
  throw new AppError(status ?? 422, CODES[status ?? 422] ?? "invalid", first, fields);
}
