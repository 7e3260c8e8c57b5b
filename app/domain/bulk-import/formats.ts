/** The kinds of file a bulk import reads. */
export const IMPORT_FORMATS = ["jsonl", "csv", "urls"] as const;
export type ImportFormat = (typeof IMPORT_FORMATS)[number];

// Kept apart from the parsers so that the upload form does not ship them to the browser.
export const IMPORT_FORMAT_LABELS: Record<ImportFormat, string> = {
  jsonl: "JSON Lines",
  csv: "CSV",
  urls: "List of web addresses",
};
