import { eq, sql } from "drizzle-orm";
import type { JsonValue } from "~/domain/ledger/canonical-json";
import { claims, ledgerClaims, verdicts } from "../db/schema";
import type { Database } from "../db/types";
import { appendLedgerEntry } from "./chain";
import { buildPublishedDocument } from "./published-document";

/** Records a claim's newly published verdict on the public ledger: a hash-chain entry and the row
 *  public pages read. Call inside the publish transaction, after the verdict and claim are updated. */
export async function publishToLedger(tx: Database, claimId: number): Promise<void> {
  const document = await buildPublishedDocument(tx, claimId);
  const [existing] = await tx
    .select({ claimId: ledgerClaims.claimId })
    .from(ledgerClaims)
    .where(eq(ledgerClaims.claimId, claimId));
  await appendLedgerEntry(tx, {
    claimId,
    kind: existing ? "correction" : "publication",
    document: document as unknown as JsonValue,
  });
  const [published] = await tx
    .select({ speakerId: claims.speakerId, ratingId: verdicts.ratingId })
    .from(claims)
    .innerJoin(verdicts, eq(verdicts.id, claims.publishedVerdictId))
    .where(eq(claims.id, claimId));
  if (!published) throw new Error(`Claim ${claimId} has no published verdict.`);
  const row = {
    slug: document.slug,
    ratingId: published.ratingId,
    speakerId: document.speaker ? published.speakerId : null,
    speakerName: document.speaker?.name ?? null,
    kind: document.kind,
    saidOn: document.dates.said,
    outlet: document.article.outlet,
    publishedAt: new Date(document.verdict.publishedAt),
    firstPublishedAt: new Date(document.dates.published),
    underReview: false,
    document,
  };
  await tx
    .insert(ledgerClaims)
    .values({ claimId, ...row })
    .onConflictDoUpdate({ target: ledgerClaims.claimId, set: { ...row, slug: sql`${ledgerClaims.slug}` } });
}

/** A correction is being researched: the ledger keeps the published verdict, marked under review. */
export async function markUnderReview(tx: Database, claimId: number): Promise<void> {
  await tx.update(ledgerClaims).set({ underReview: true }).where(eq(ledgerClaims.claimId, claimId));
}
