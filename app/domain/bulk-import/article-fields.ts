import type { ArticleFormInput } from "../schemas/article";

type ArticleField = keyof ArticleFormInput;

// Column or key names, lower-cased, that mean each article field; the first one present wins.
const FIELD_NAMES: Record<ArticleField, readonly string[]> = {
  title: ["title"],
  body: ["body", "text"],
  url: ["url"],
  outlet: ["outlet"],
  byline: ["byline"],
  publishedOn: ["publishedon", "published_at", "publishedat"],
};

// Files exported from other systems often carry a full timestamp; the article keeps its date.
const TIMESTAMP = /^(\d{4}-\d{2}-\d{2})[T ]\d{2}:\d{2}/;

export type FieldsResult = { input: ArticleFormInput } | { reason: string };

function describeType(value: unknown): string {
  if (Array.isArray(value)) return "a list";
  return typeof value === "object" ? "an object" : `a ${typeof value}`;
}

/** An article form input from the named values of a JSON object or CSV record (names compared
 *  case-insensitively, aliases accepted); the values themselves are checked later by the article schema. */
export function articleInputFromFields(fields: Record<string, unknown>): FieldsResult {
  const byName = new Map(Object.entries(fields).map(([name, value]) => [name.trim().toLowerCase(), value]));
  const input: Partial<Record<ArticleField, string>> = {};
  for (const [field, names] of Object.entries(FIELD_NAMES) as [ArticleField, readonly string[]][]) {
    const name = names.find((candidate) => byName.get(candidate) != null);
    if (name === undefined) continue;
    const value = byName.get(name);
    if (typeof value !== "string") return { reason: `"${name}" must be text, not ${describeType(value)}.` };
    input[field] = field === "publishedOn" ? (TIMESTAMP.exec(value.trim())?.[1] ?? value) : value;
  }
  return { input: { ...input, title: input.title ?? "", body: input.body ?? "" } };
}

/** Whether a CSV header names the columns every article needs. */
export function missingRequiredColumns(header: readonly string[]): string[] {
  const names = new Set(header.map((name) => name.trim().toLowerCase()));
  return (["title", "body"] as const)
    .filter((field) => !FIELD_NAMES[field].some((name) => names.has(name)))
    .map((field) => (field === "body" ? `"body" (or "text")` : `"${field}"`));
}
