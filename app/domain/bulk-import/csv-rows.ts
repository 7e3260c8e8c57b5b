import { CsvError, parse } from "csv-parse/sync";
import { invalid } from "../errors";
import { articleInputFromFields, missingRequiredColumns } from "./article-fields";
import { isBlank, normaliseLineEndings, type SourceRow } from "./source-rows";

type ParsedRecord = { record: string[]; raw: string; info: { lines: number } };

/** csv-parse reports the line a record ends on; a quoted field can span lines, and its raw text also
 *  carries the blank lines skipped before it, so the start is counted back from the end. */
function startLine({ raw, info }: ParsedRecord): number {
  const content = raw.replace(/^\n+/, "").replace(/\n$/, "");
  return info.lines - (content.match(/\n/g)?.length ?? 0);
}

function firstContentLineAfter(lines: string[], line: number): number {
  let index = line;
  while (index < lines.length && isBlank(lines[index] ?? "")) index++;
  return index + 1;
}

function parseRecords(text: string): ParsedRecord[] {
  let lastEndLine = 0;
  try {
    return parse(text, {
      info: true,
      raw: true,
      bom: true,
      relax_quotes: true,
      relax_column_count: true,
      skip_empty_lines: true,
      on_record: (record, context) => {
        lastEndLine = context.lines;
        return record;
      },
    }) as unknown as ParsedRecord[];
  } catch (error) {
    if (!(error instanceof CsvError) || error.code !== "CSV_QUOTE_NOT_CLOSED") throw error;
    const line = firstContentLineAfter(text.split("\n"), lastEndLine);
    throw invalid(
      `Line ${line}: a quoted field starts on this line and is never closed. Check the quotes in the file.`,
    );
  }
}

function rowFromRecord(header: string[], parsed: ParsedRecord): SourceRow | null {
  const line = startLine(parsed);
  const { record } = parsed;
  if (record.every(isBlank)) return null;
  if (record.length !== header.length) {
    return {
      line,
      kind: "invalid",
      reason: `This row has ${record.length} fields but the header has ${header.length}. Put double quotes around text that contains commas.`,
    };
  }
  const result = articleInputFromFields(
    Object.fromEntries(header.map((name, index) => [name, record[index]])),
    "column",
  );
  return "reason" in result ? { line, kind: "invalid", ...result } : { line, kind: "article", ...result };
}

/** CSV with a header row naming the article fields (any letter case); each row is one article. */
export function parseCsvRows(text: string): SourceRow[] {
  const [headerRecord, ...records] = parseRecords(normaliseLineEndings(text));
  if (!headerRecord) return [];
  const header = headerRecord.record.map((name) => name.trim());
  const missing = missingRequiredColumns(header);
  if (missing.length > 0) {
    throw invalid(
      `The first line of a CSV file must name the columns; ${missing.join(" and ")} ${missing.length > 1 ? "are" : "is"} missing.`,
    );
  }
  return records.flatMap((record) => rowFromRecord(header, record) ?? []);
}
