import { readConfig } from "../config";
import type { Database } from "../db/database-types";
import { buildUpcomingDocument } from "../ledger/load-published-document";
import { renderMarkdown } from "../markdown";

/** The claim's public page as publishing now would put it on the ledger: the very document publication
 *  builds (buildUpcomingDocument), for the ledger's own claim component to render. */
export async function publicationPreview(db: Database, claimId: number) {
  const document = await buildUpcomingDocument(db, claimId, new Date());
  return {
    document,
    rationaleHtml: renderMarkdown(document.verdict.rationale),
    corrections: document.corrections.map((verdict) => ({ verdict, rationaleHtml: renderMarkdown(verdict.rationale) })),
    newsroomName: readConfig().NEWSROOM_NAME,
  };
}
