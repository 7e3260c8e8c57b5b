import { and, eq, inArray, ne } from "drizzle-orm";
import { type AnchoredSpan, reanchor, reanchorSome } from "~/domain/anchoring";
import { conflict, invalid, notFound } from "~/domain/errors";
import { changedParts, describeParts } from "~/domain/ledger/public-record";
import type { ArticleEdit } from "~/domain/schemas/article";
import { recordAudit } from "../audit";
import { type ClaimEventInput, recordClaimEvents } from "../claims/claim-events";
import { storeExtractedClaims } from "../claims/extracted-claims";
import type { Database } from "../db/database-types";
import { articles, claims } from "../db/schema/all-tables";
import { isUniqueViolation } from "../db/sql-errors";
import { type HashedRecord, upcomingPublicRecord } from "../ledger/pending-public-record";
import { type RecordChange, reopenForCorrection, withdrawApprovals } from "../review/approval";
import { bodyFingerprint } from "./articles";
import { type ClaimPlace, storeClaimPlaces } from "./claim-anchors";

export interface ArticleEditResult {
  moved: number;
  lost: number;
  added: number;
  /** Approved claims whose public record the edit changed: sent back to review. */
  sentBack: number;
  /** Published claims whose public record the edit changed: reopened for a correction. */
  reopened: number;
}

const spanOf = (body: string, start: number | null, end: number | null): AnchoredSpan | null =>
  start === null || end === null ? null : { start, end, text: body.slice(start, end) };

/** Saves an edited article. Existing claims follow their words to where they now are; a claim whose
 *  words are gone is flagged (not moved elsewhere); new text is searched for new candidates. An edit
 *  that changes what readers would see of approved or published claims (their words, their paragraph,
 *  the article's public fields) needs a note: approved ones go back to review, published ones are
 *  reopened for a correction. */
export async function updateArticle(
  db: Database,
  actorId: string,
  articleId: number,
  version: number,
  { note, ...valid }: ArticleEdit,
): Promise<ArticleEditResult> {
  const duplicate = (id: number | string) => conflict(`Another article (${id}) already has exactly this text.`);
  try {
    return await db.transaction(async (tx) => {
      const [article] = await tx.select().from(articles).where(eq(articles.id, articleId)).for("update");
      if (!article) throw notFound("That article");
      if (article.version !== version) {
        throw conflict(
          "Someone else edited this article since you opened it. Reload to see their changes; copy your text first.",
        );
      }
      const bodySha256 = bodyFingerprint(valid.body);
      const [twin] = await tx
        .select({ id: articles.id })
        .from(articles)
        .where(and(eq(articles.bodySha256, bodySha256), ne(articles.id, articleId)));
      if (twin) throw duplicate(twin.id);
      const guarded = await approvedOrPublished(tx, articleId);
      const before = await publicRecords(tx, guarded);
      await tx
        .update(articles)
        .set({ ...valid, bodySha256, version: article.version + 1, updatedAt: new Date() })
        .where(eq(articles.id, articleId));
      const edited =
        valid.body === article.body
          ? { moved: 0, lost: 0, added: 0 }
          : {
              ...(await reanchorClaims(tx, actorId, articleId, article.body, valid.body)),
              added: await addNewCandidates(tx, articleId, valid.body),
            };
      const affected = await recordChanges(tx, guarded, before);
      if (affected.length > 0 && !note) throw noteNeeded(affected);
      const cause = { note, details: { cause: "article_edited", articleId } };
      const sentBack = affected.filter((claim) => claim.state === "approved");
      const reopened = affected.filter((claim) => claim.state === "published");
      await withdrawApprovals(tx, actorId, sentBack, cause);
      await reopenForCorrection(tx, actorId, reopened, cause);
      await recordAudit(tx, {
        actorId,
        action: "article.edited",
        subjectType: "article",
        subjectId: articleId,
        details: {
          ...(note ? { note } : {}),
          ...(sentBack.length > 0 ? { sentBackToReview: sentBack.map((claim) => claim.claimId) } : {}),
          ...(reopened.length > 0 ? { reopenedForCorrection: reopened.map((claim) => claim.claimId) } : {}),
        },
      });
      return { ...edited, sentBack: sentBack.length, reopened: reopened.length };
    });
  } catch (error) {
    // Another article saved with the same text at the same moment: the unique index decides.
    if (isUniqueViolation(error)) throw duplicate("saved just now");
    throw error;
  }
}

interface GuardedClaim {
  id: number;
  text: string;
  state: "approved" | "published";
}

/** The article's claims whose public record an editor approved: approved and published ones, locked. */
async function approvedOrPublished(tx: Database, articleId: number): Promise<GuardedClaim[]> {
  const rows = await tx
    .select({ id: claims.id, text: claims.text, state: claims.state })
    .from(claims)
    .where(and(eq(claims.articleId, articleId), inArray(claims.state, ["approved", "published"])))
    .orderBy(claims.id)
    .for("update");
  return rows.flatMap((row) =>
    row.state === "approved" || row.state === "published" ? [{ ...row, state: row.state }] : [],
  );
}

async function publicRecords(tx: Database, guarded: GuardedClaim[]): Promise<Map<number, HashedRecord>> {
  const records = new Map<number, HashedRecord>();
  for (const claim of guarded) records.set(claim.id, await upcomingPublicRecord(tx, claim.id));
  return records;
}

type AffectedClaim = GuardedClaim & RecordChange;

/** The guarded claims whose public record differs now from before the edit, with the parts that did. */
async function recordChanges(
  tx: Database,
  guarded: GuardedClaim[],
  before: Map<number, HashedRecord>,
): Promise<AffectedClaim[]> {
  const after = await publicRecords(tx, guarded);
  return guarded.flatMap((claim) => {
    const earlier = before.get(claim.id);
    const now = after.get(claim.id);
    if (!earlier || !now || earlier.sha256 === now.sha256) return [];
    return [{ ...claim, claimId: claim.id, changed: changedParts(earlier.record, now.record) }];
  });
}

function noteNeeded(affected: AffectedClaim[]) {
  const listed = affected
    .map((claim) => `claim ${claim.id} “${shortened(claim.text)}” (${claim.state}: ${describeParts(claim.changed)})`)
    .join("; ");
  return invalid(
    `This edit changes what readers would see of ${affected.length === 1 ? "an approved or published claim" : `${affected.length} approved or published claims`}: ${listed}. Write a note saying why: approved claims go back to review, published ones are reopened for a correction.`,
    { note: "Say why this edit changes approved or published claims." },
  );
}

const shortened = (text: string) => (text.length > 60 ? `${text.slice(0, 59)}…` : text);

async function reanchorClaims(tx: Database, actorId: string, articleId: number, oldBody: string, newBody: string) {
  const existing = await tx
    .select()
    .from(claims)
    .where(and(eq(claims.articleId, articleId), eq(claims.anchorLost, false)));
  const places = reanchor(
    oldBody,
    newBody,
    existing.map((claim) => ({ start: claim.startOffset, end: claim.endOffset, text: claim.text })),
  );
  // The words that attribute each claim (speaker mention, cue, the name a pronoun was read as) move with the text too.
  const evidence = reanchorSome(
    oldBody,
    newBody,
    existing.flatMap((claim) => [
      spanOf(oldBody, claim.speakerStart, claim.speakerEnd),
      spanOf(oldBody, claim.cueStart, claim.cueEnd),
      spanOf(oldBody, claim.antecedentStart, claim.antecedentEnd),
    ]),
  );
  const events: ClaimEventInput[] = [];
  const placed: ClaimPlace[] = [];
  const lostIds: number[] = [];
  for (const [index, claim] of existing.entries()) {
    const place = places[index] ?? null;
    if (place && place.start === claim.startOffset && place.end === claim.endOffset) continue;
    const [speaker, cue, antecedent] = evidence.slice(index * 3, index * 3 + 3);
    if (place) {
      placed.push({
        claimId: claim.id,
        start: place.start,
        end: place.end,
        speakerStart: speaker?.start ?? null,
        speakerEnd: speaker?.end ?? null,
        cueStart: cue?.start ?? null,
        cueEnd: cue?.end ?? null,
        antecedentStart: antecedent?.start ?? null,
        antecedentEnd: antecedent?.end ?? null,
      });
    } else lostIds.push(claim.id);
    events.push(
      place
        ? {
            claimId: claim.id,
            actorId,
            action: "re_anchored",
            details: { from: [claim.startOffset, claim.endOffset], to: [place.start, place.end] },
          }
        : {
            claimId: claim.id,
            actorId,
            action: "anchor_lost",
            note: "The article was edited and these words are no longer in it.",
          },
    );
  }
  await storeClaimPlaces(tx, placed, lostIds);
  await recordClaimEvents(tx, events);
  return { moved: placed.length, lost: lostIds.length };
}

async function addNewCandidates(tx: Database, articleId: number, body: string) {
  const kept = await tx
    .select({ start: claims.startOffset, end: claims.endOffset })
    .from(claims)
    .where(and(eq(claims.articleId, articleId), eq(claims.anchorLost, false)));
  return storeExtractedClaims(tx, articleId, body, kept);
}
