import { articleInputFromFields } from "./article-fields";
import { isBlank, normaliseLineEndings, type SourceRow } from "./source-rows";

function rowFromJson(line: number, text: string): SourceRow {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (error) {
    return { line, kind: "invalid", reason: `Not valid JSON: ${(error as Error).message}.` };
  }
  if (typeof value !== "object" || value === null || Array.isArray(value)) {
    return { line, kind: "invalid", reason: "Each line must be a JSON object with a title and a body." };
  }
  const result = articleInputFromFields(value as Record<string, unknown>, "key");
  return "reason" in result ? { line, kind: "invalid", ...result } : { line, kind: "article", ...result };
}

/** JSON Lines: one article object per line; blank lines are skipped. */
export function parseJsonlRows(text: string): SourceRow[] {
  return normaliseLineEndings(text)
    .split("\n")
    .flatMap((content, index) => (isBlank(content) ? [] : [rowFromJson(index + 1, content)]));
}
