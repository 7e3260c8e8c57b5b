import { pick } from "./pick";

// What kind of evidence a source is: readers weigh a primary document differently from a news report.
export const SOURCE_KINDS = ["primary", "official_data", "expert", "news", "other"] as const;
export type SourceKind = (typeof SOURCE_KINDS)[number];

export const SOURCE_KIND_LABELS: Record<SourceKind, string> = {
  primary: "Primary document",
  official_data: "Official data",
  expert: "Expert",
  news: "News report",
  other: "Other",
};

/** What a person records about a source: its form's fields, what readers see of it and what the ledger
 *  hashes, in this order. What Claimdesk found itself (capture, re-check) is not among them. */
export const SOURCE_FIELDS = ["url", "title", "publisher", "kind", "passage", "accessedOn", "archiveUrl"] as const;

export interface SourceFields {
  url: string;
  title: string;
  publisher: string | null;
  kind: SourceKind;
  passage: string | null;
  /** A day, YYYY-MM-DD. */
  accessedOn: string | null;
  archiveUrl: string | null;
}

/** Only the source's own fields (SOURCE_FIELDS), in their order. */
export const sourceFieldsOf = (source: SourceFields): SourceFields => pick(source, SOURCE_FIELDS);

/** Whether the page a source points at could be read and stored when it was added. */
export const CAPTURE_STATUSES = ["pending", "captured", "failed"] as const;
export type CaptureStatus = (typeof CAPTURE_STATUSES)[number];

/** A transcript source's text came from a paste or a plain-text file, or from WebVTT or SubRip
 *  captions whose timestamps are kept; null for a web page. */
export const TRANSCRIPT_FORMATS = ["text", "vtt", "srt"] as const;
export type TranscriptFormat = (typeof TRANSCRIPT_FORMATS)[number];

/** What a later re-check of a captured source found. */
export const RECHECK_STATUSES = ["unchanged", "changed", "gone"] as const;
export type RecheckStatus = (typeof RECHECK_STATUSES)[number];

/** Sources with no captured copy of their page (it could not be read, or is still being fetched):
 *  if the page changes or goes, nothing shows what it said. */
export function uncapturedSources<Source extends { captureStatus: CaptureStatus }>(
  sources: readonly Source[],
): Source[] {
  return sources.filter((source) => source.captureStatus !== "captured");
}

const titleList = new Intl.ListFormat("en-GB", { style: "long", type: "conjunction" });

/** What approving or publishing warns about before it goes on, or null when every source was captured. */
export function uncapturedSourcesWarning(
  sources: readonly { title: string; captureStatus: CaptureStatus }[],
): string | null {
  const missing = uncapturedSources(sources);
  if (missing.length === 0) return null;
  const which = titleList.format(missing.map((source) => `“${source.title}”`));
  const count =
    missing.length === 1 ? "1 source could not be captured" : `${missing.length} sources could not be captured`;
  return `${count} (${which}): no copy of the page is kept if it changes or goes. Confirm to go on anyway.`;
}
