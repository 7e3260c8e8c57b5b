import { invalid } from "../errors";
import { parseCsvRows } from "./csv-rows";
import type { ImportFormat } from "./formats";
import { parseJsonlRows } from "./jsonl-rows";
import { isBlank, type SourceRow } from "./source-rows";
import { parseUrlRows } from "./url-rows";

const FORMAT_BY_EXTENSION: Record<string, ImportFormat> = { jsonl: "jsonl", ndjson: "jsonl", csv: "csv" };

/** The format named by the file's extension, or else the one its first non-blank line looks like. */
export function detectImportFormat(fileName: string, text: string): ImportFormat {
  const extension = /\.([a-z0-9]+)$/i.exec(fileName)?.[1]?.toLowerCase();
  const byExtension = extension ? FORMAT_BY_EXTENSION[extension] : undefined;
  if (byExtension) return byExtension;
  const firstLine =
    text
      .replace(/^\uFEFF/, "")
      .split(/\r?\n/)
      .find((line) => !isBlank(line))
      ?.trim() ?? "";
  if (firstLine.startsWith("{")) return "jsonl";
  if (/^https?:\/\//i.test(firstLine)) return "urls";
  if (firstLine.includes(",")) return "csv";
  throw invalid(
    `Claimdesk cannot tell what kind of list ${fileName} is. Choose the format, or upload a .jsonl, .csv or .txt file of web addresses.`,
  );
}

const PARSERS: Record<ImportFormat, (text: string) => SourceRow[]> = {
  jsonl: parseJsonlRows,
  csv: parseCsvRows,
  urls: parseUrlRows,
};

/** Every non-blank row of an upload, in file order; a problem with the whole file is an AppError. */
export function parseImportRows(format: ImportFormat, text: string): SourceRow[] {
  return PARSERS[format](text);
}
