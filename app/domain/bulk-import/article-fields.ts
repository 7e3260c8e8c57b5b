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

/** How a file names its fields: the columns of a CSV header, the keys of a JSON object. */
export type FieldHolder = "column" | "key";

const REQUIRED_FIELDS = ["title", "body"] as const;

const quotedNames = (field: ArticleField) =>
  FIELD_NAMES[field].length > 1
    ? `"${FIELD_NAMES[field][0]}" (or "${FIELD_NAMES[field].slice(1).join('", "')}")`
    : `"${FIELD_NAMES[field][0]}"`;

/** What a row without a title or a body lacks, in the file's words ("The "body" column is empty."),
 *  not the paste form's ("Paste the article text."). */
function missingFieldsReason(missing: { field: ArticleField; name: string | undefined }[], holder: FieldHolder) {
  const absent = missing.filter((each) => each.name === undefined).map((each) => quotedNames(each.field));
  const empty = missing.flatMap((each) => (each.name === undefined ? [] : [`"${each.name}"`]));
  const plural = (names: string[]) => (names.length > 1 ? `${holder}s are` : `${holder} is`);
  return [
    empty.length > 0 ? `The ${empty.join(" and ")} ${plural(empty)} empty.` : "",
    absent.length > 0 ? `The ${absent.join(" and ")} ${plural(absent)} missing.` : "",
  ]
    .filter(Boolean)
    .join(" ");
}

/** An article form input from the named values of a JSON object or CSV record (names compared
 *  case-insensitively, aliases accepted). A row without a title or a body is refused here, in the
 *  file's words; the other values are checked later by the article schema. */
export function articleInputFromFields(fields: Record<string, unknown>, holder: FieldHolder): FieldsResult {
  const byName = new Map(Object.entries(fields).map(([name, value]) => [name.trim().toLowerCase(), value]));
  const input: Partial<Record<ArticleField, string>> = {};
  const namesUsed: Partial<Record<ArticleField, string>> = {};
  for (const [field, names] of Object.entries(FIELD_NAMES) as [ArticleField, readonly string[]][]) {
    const name = names.find((candidate) => byName.get(candidate) != null);
    if (name === undefined) continue;
    const value = byName.get(name);
    if (typeof value !== "string") return { reason: `"${name}" must be text, not ${describeType(value)}.` };
    input[field] = field === "publishedOn" ? (TIMESTAMP.exec(value.trim())?.[1] ?? value) : value;
    namesUsed[field] = name;
  }
  const missing = REQUIRED_FIELDS.filter((field) => !input[field]?.trim()).map((field) => ({
    field,
    name: namesUsed[field],
  }));
  if (missing.length > 0) return { reason: missingFieldsReason(missing, holder) };
  return { input: { ...input, title: input.title ?? "", body: input.body ?? "" } };
}

/** Whether a CSV header names the columns every article needs. */
export function missingRequiredColumns(header: readonly string[]): string[] {
  const names = new Set(header.map((name) => name.trim().toLowerCase()));
  return REQUIRED_FIELDS.filter((field) => !FIELD_NAMES[field].some((name) => names.has(name))).map(quotedNames);
}
