import type { SourceRow } from "~/domain/bulk-import/source-rows";
import type { ArticleFormInput } from "~/domain/schemas/article";
import { isoPublicationDate } from "../published-date";
import { articleFromUrl } from "../url-import";

/** A row ready to be stored: the article it holds, or why it cannot be. */
export type ReadyRow = { line: number; input: ArticleFormInput } | { line: number; reason: string };

export interface RowFetchOptions {
  /** Internal "host:port" pairs that URL rows may fetch (FETCH_ALLOW_INTERNAL). */
  allowInternal?: string[];
  signal?: AbortSignal;
}

async function articleInputFromUrl(url: string, options: RowFetchOptions): Promise<ArticleFormInput> {
  const page = await articleFromUrl(url, options);
  const published = page.publishedAt ? isoPublicationDate(page.publishedAt) : null;
  return {
    // A page without a title still gets a name the list can show: its address.
    title: page.title ?? page.url,
    body: page.text,
    url: page.url,
    outlet: page.outlet,
    byline: page.byline,
    publishedOn: published?.slice(0, 10) ?? null,
  };
}

/** Turns a source row into article input, fetching the page for a URL row; this happens outside any
 *  transaction, so no database connection waits on the network. A fetch refusal becomes the row's reason. */
export async function readyRow(row: SourceRow, options: RowFetchOptions): Promise<ReadyRow> {
  if (row.kind === "invalid") return { line: row.line, reason: row.reason };
  if (row.kind === "article") return { line: row.line, input: row.input };
  try {
    return { line: row.line, input: await articleInputFromUrl(row.url, options) };
  } catch (error) {
    if (options.signal?.aborted) throw error;
    return { line: row.line, reason: error instanceof Error ? error.message : String(error) };
  }
}
