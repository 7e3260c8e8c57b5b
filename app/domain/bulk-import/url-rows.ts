import { isBlank, normaliseLineEndings, type SourceRow } from "./source-rows";

/** A plain list of web addresses, one per line; blank lines are skipped. Each address is checked
 *  when it is fetched, so that the fetcher's own message explains a refusal. */
export function parseUrlRows(text: string): SourceRow[] {
  return normaliseLineEndings(text)
    .split("\n")
    .flatMap((content, index) => (isBlank(content) ? [] : [{ line: index + 1, kind: "url", url: content.trim() }]));
}
