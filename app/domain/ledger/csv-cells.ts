import { claimDisplay } from "../claim-display";
import { publishedClaimWords } from "./claim-wording";
import type { PublishedDocument } from "./published-document";

// The ledger as a spreadsheet: one row per published claim. Cells come from staff and from quoted
// speakers, so text that a spreadsheet would run as a formula is neutralised; quoting of commas,
// quotes and line breaks is left to the CSV writer.

const FORMULA_START = /^[=+\-@\t\r]/;

/** A cell's text, with a leading single quote when the text would otherwise start a formula. Numbers
 *  are written as numbers: a negative figure is data, not a formula. */
export function csvCell(value: string | number | boolean | null): string {
  if (value === null) return "";
  if (typeof value !== "string") return String(value);
  return FORMULA_START.test(value) ? `'${value}` : value;
}

export const LEDGER_CSV_COLUMNS = [
  "claim_id",
  "url",
  "claim",
  "kind",
  "speaker",
  "said_on",
  "outlet",
  "article_title",
  "article_url",
  "rating",
  "rating_value",
  "best_rating",
  "worst_rating",
  "summary",
  "published_at",
  "updated_at",
  "under_review",
  "corrections",
  "latest_correction_note",
  "source_urls",
] as const;

export interface LedgerCsvInput {
  document: PublishedDocument;
  underReview: boolean;
  /** The claim's public page. */
  url: string;
}

/** One claim's row, in the order of LEDGER_CSV_COLUMNS, every cell neutralised. */
export function ledgerCsvRow({ document, underReview, url }: LedgerCsvInput): string[] {
  const { verdict } = document;
  const cells: (string | number | boolean | null)[] = [
    document.claimId,
    url,
    claimDisplay(publishedClaimWords(document)).text,
    document.kind,
    document.speaker?.name ?? null,
    document.dates.said,
    document.article.outlet,
    document.article.title,
    document.article.url,
    verdict.rating.label,
    verdict.rating.ratingValue,
    verdict.rating.bestRating,
    verdict.rating.worstRating,
    verdict.summary,
    document.dates.published,
    document.dates.updated,
    underReview,
    document.corrections.length,
    verdict.correctionNote,
    document.sources.map((source) => source.url).join(" "),
  ];
  return cells.map(csvCell);
}
