import type { z } from "zod";
import { AppError, type FieldErrors } from "./errors";

function statusAskedFor(issue: z.core.$ZodIssue): number | undefined {
  const status = issue.code === "custom" ? issue.params?.status : undefined;
  return typeof status === "number" ? status : undefined;
}

/** Parses input with a schema shared by forms, actions and the API; a failure becomes an AppError
 *  listing a message per field (422, or a status a check asked for, such as 413 for a body too large). */
export function parseInput<Schema extends z.ZodType>(schema: Schema, input: unknown): z.output<Schema> {
  const result = schema.safeParse(input);
  if (result.success) return result.data;
  const fields: FieldErrors = {};
  let status: number | undefined;
  for (const issue of result.error.issues) {
    const field = issue.path.join(".") || "form";
    fields[field] ??= issue.message;
    status ??= statusAskedFor(issue);
  }
  const first = Object.values(fields)[0] ?? "The input is not valid.";
  throw new AppError(status ?? 422, status === 413 ? "too_large" : "invalid", first, fields);
}
