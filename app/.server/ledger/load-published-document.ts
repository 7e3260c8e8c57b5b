import { and, asc, desc, eq, isNotNull, ne, or } from "drizzle-orm";
import { notFound } from "~/domain/errors";
import {
  claimSlug,
  type PublishedAppearance,
  type PublishedClaimFacts,
  type PublishedDocument,
  type PublishedSource,
  shapePublishedDocument,
} from "~/domain/ledger/published-document";
import { publishedQuoteCheck } from "~/domain/quote-fidelity/check";
import { sourceFieldsOf } from "~/domain/sources";
import { claimReferenceColumns } from "../claims/claim-columns";
import type { Database } from "../db/database-types";
import { articles, claims, ledgerClaims, ratings, sources, speakers, verdicts } from "../db/schema/all-tables";
import { verdictVersionColumns } from "../review/review-columns";

// Reads only columns readers may see: never the assignee, comments, events, notes or authors, and
// verdict versions that were not published only for the upcoming document an editor approves.

async function loadClaim(db: Database, claimId: number) {
  const [row] = await db
    .select({
      id: claims.id,
      text: claims.text,
      kind: claims.kind,
      sentence: claims.sentence,
      startOffset: claims.startOffset,
      endOffset: claims.endOffset,
      anchorLost: claims.anchorLost,
      value: claims.value,
      unit: claims.unit,
      ...claimReferenceColumns,
      publishedVerdictId: claims.publishedVerdictId,
      firstPublishedAt: claims.firstPublishedAt,
      repeatOfId: claims.repeatOfId,
      speakerId: speakers.id,
      speakerName: speakers.displayName,
      speakerTitle: claims.speakerTitle,
      articleTitle: articles.title,
      articleUrl: articles.url,
      articleOutlet: articles.outlet,
      articlePublishedOn: articles.publishedOn,
      articleBody: articles.body,
      slug: ledgerClaims.slug,
    })
    .from(claims)
    .innerJoin(articles, eq(articles.id, claims.articleId))
    .leftJoin(speakers, eq(speakers.id, claims.speakerId))
    .leftJoin(ledgerClaims, eq(ledgerClaims.claimId, claims.id))
    .where(eq(claims.id, claimId));
  if (!row) throw notFound("The claim");
  return row;
}

/** Every verdict version of the claim, newest first; the callers keep only what the document may show. */
function loadVerdicts(db: Database, claimId: number) {
  return db
    .select({ ...verdictVersionColumns, ratingId: verdicts.ratingId })
    .from(verdicts)
    .where(eq(verdicts.claimId, claimId))
    .orderBy(desc(verdicts.number));
}

type ShownVerdict = PublishedClaimFacts["publishedVerdicts"][number];

const publishedOnly = (rows: Awaited<ReturnType<typeof loadVerdicts>>): ShownVerdict[] =>
  rows.flatMap(({ publishedAt, ...row }) => (publishedAt ? [{ ...row, publishedAt }] : []));

async function loadSources(db: Database, claimId: number): Promise<PublishedSource[]> {
  const rows = await db.select().from(sources).where(eq(sources.claimId, claimId)).orderBy(asc(sources.id));
  return rows.map((row) => {
    const captured = row.captureStatus === "captured";
    return {
      ...sourceFieldsOf(row),
      capturedAt: captured ? (row.capturedAt?.toISOString() ?? null) : null,
      capturedSha256: captured ? row.capturedSha256 : null,
      ...(row.quoteCheck ? { quoteCheck: publishedQuoteCheck(row.quoteCheck) } : {}),
    };
  });
}

/** Claims linked as the same talking point: the first one said and every claim linked to it, as
 *  far as they are published (one still in research is not public, and neither is its existence). */
async function loadRepeats(db: Database, claimId: number, repeatOfId: number | null) {
  const rootId = repeatOfId ?? claimId;
  const family = and(or(eq(claims.id, rootId), eq(claims.repeatOfId, rootId)), ne(claims.id, claimId));
  const published = await db
    .select({
      claimId: claims.id,
      text: claims.text,
      slug: ledgerClaims.slug,
      speakerName: speakers.displayName,
      saidOn: articles.publishedOn,
      outlet: articles.outlet,
      articleTitle: articles.title,
      articleUrl: articles.url,
    })
    .from(claims)
    .innerJoin(articles, eq(articles.id, claims.articleId))
    .leftJoin(speakers, eq(speakers.id, claims.speakerId))
    .leftJoin(ledgerClaims, eq(ledgerClaims.claimId, claims.id))
    .where(and(family, isNotNull(claims.publishedVerdictId)))
    .orderBy(asc(articles.publishedOn), asc(claims.id));
  const appearances: PublishedAppearance[] = published.map((row) => ({
    saidOn: row.saidOn,
    speakerName: row.speakerName,
    outlet: row.outlet,
    articleTitle: row.articleTitle,
    articleUrl: row.articleUrl,
    slug: row.slug ?? claimSlug(row.claimId, row.text),
  }));
  return { count: appearances.length, appearances };
}

async function shapeDocument(
  db: Database,
  claim: Awaited<ReturnType<typeof loadClaim>>,
  shown: { verdicts: ShownVerdict[]; currentVerdictId: number },
): Promise<PublishedDocument> {
  const [referenceSource] =
    claim.referenceSourceId === null
      ? []
      : await db
          .select({ title: sources.title, url: sources.url })
          .from(sources)
          .where(and(eq(sources.id, claim.referenceSourceId), eq(sources.claimId, claim.id)));
  const facts: PublishedClaimFacts = {
    claim,
    speaker:
      claim.speakerId !== null && claim.speakerName !== null ? { id: claim.speakerId, name: claim.speakerName } : null,
    article: {
      title: claim.articleTitle,
      url: claim.articleUrl,
      outlet: claim.articleOutlet,
      publishedOn: claim.articlePublishedOn,
      body: claim.articleBody,
    },
    publishedVerdicts: shown.verdicts,
    currentVerdictId: shown.currentVerdictId,
    scale: await db.select().from(ratings),
    sources: await loadSources(db, claim.id),
    referenceSource: referenceSource ?? null,
    repeats: await loadRepeats(db, claim.id, claim.repeatOfId),
  };
  return shapePublishedDocument(facts);
}

/** The document readers see for a published claim, from published data only. */
export async function buildPublishedDocument(db: Database, claimId: number): Promise<PublishedDocument> {
  const claim = await loadClaim(db, claimId);
  if (claim.publishedVerdictId === null) throw new Error(`Claim ${claimId} has no published verdict.`);
  const verdicts = publishedOnly(await loadVerdicts(db, claimId));
  return shapeDocument(db, claim, { verdicts, currentVerdictId: claim.publishedVerdictId });
}

/** The document that publishing the claim's latest verdict version at `at` would put on the ledger
 *  (for a published latest version, the document as it would be republished from today's data). Built
 *  for approving and checking an approval, never stored where readers look. */
export async function buildUpcomingDocument(db: Database, claimId: number, at: Date): Promise<PublishedDocument> {
  const claim = await loadClaim(db, claimId);
  const rows = await loadVerdicts(db, claimId);
  const [latest] = rows;
  if (!latest) throw new Error(`Claim ${claimId} has no verdict.`);
  const upcoming = latest.publishedAt ? [] : [{ ...latest, approvedAt: latest.approvedAt ?? at, publishedAt: at }];
  return shapeDocument(db, claim, { verdicts: [...upcoming, ...publishedOnly(rows)], currentVerdictId: latest.id });
}
