import { eq, sql } from "drizzle-orm";
import type { JsonValue } from "~/domain/ledger/canonical-json";
import {
  ApprovalOutdatedError,
  outdatedParts,
  publicRecordOf,
  type StoredApproval,
} from "~/domain/ledger/public-record";
import type { PublishedDocument } from "~/domain/ledger/published-document";
import type { Database } from "../db/database-types";
import { claims, ledgerClaims, verdicts } from "../db/schema/all-tables";
import { appendLedgerEntry } from "./chain";
import { buildPublishedDocument } from "./load-published-document";
import { hashRecord } from "./pending-public-record";

/** The public row for a published document; ids that readers never see are the filters' keys. */
export function ledgerClaimRow(document: PublishedDocument, ids: { ratingId: number; speakerId: number | null }) {
  return {
    claimId: document.claimId,
    slug: document.slug,
    ratingId: ids.ratingId,
    speakerId: document.speaker ? ids.speakerId : null,
    speakerName: document.speaker?.name ?? null,
    kind: document.kind,
    saidOn: document.dates.said,
    outlet: document.article.outlet,
    publishedAt: new Date(document.verdict.publishedAt),
    firstPublishedAt: new Date(document.dates.published),
    underReview: false,
    document,
  } satisfies typeof ledgerClaims.$inferInsert;
}

export const asJson = (document: PublishedDocument) => document as unknown as JsonValue;

/** Records a claim's newly published verdict on the public ledger: a hash-chain entry and the row
 *  public pages read. Call inside the publish transaction, after the verdict and claim are updated.
 *  Throws ApprovalOutdatedError, before writing anything, when the document's public record is not
 *  the one the editor approved. */
export async function publishToLedger(
  tx: Database,
  claimId: number,
  approval: StoredApproval & { verdictId: number },
): Promise<void> {
  const document = await buildPublishedDocument(tx, claimId);
  const changed = outdatedParts(approval, hashRecord(publicRecordOf(document)));
  if (changed) throw new ApprovalOutdatedError(claimId, approval.verdictId, changed);
  const [published] = await tx
    .select({ speakerId: claims.speakerId, ratingId: verdicts.ratingId, listed: ledgerClaims.claimId })
    .from(claims)
    .innerJoin(verdicts, eq(verdicts.id, claims.publishedVerdictId))
    .leftJoin(ledgerClaims, eq(ledgerClaims.claimId, claims.id))
    .where(eq(claims.id, claimId));
  if (!published) throw new Error(`Claim ${claimId} has no published verdict.`);
  await appendLedgerEntry(tx, {
    claimId,
    kind: published.listed === null ? "publication" : "correction",
    document: asJson(document),
  });
  const row = ledgerClaimRow(document, published);
  await tx
    .insert(ledgerClaims)
    .values(row)
    .onConflictDoUpdate({ target: ledgerClaims.claimId, set: { ...row, slug: sql`${ledgerClaims.slug}` } });
}

/** A correction is being researched: the ledger keeps the published verdict, marked under review. */
export async function markUnderReview(tx: Database, claimId: number): Promise<void> {
  await tx.update(ledgerClaims).set({ underReview: true }).where(eq(ledgerClaims.claimId, claimId));
}
