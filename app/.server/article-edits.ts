import { and, eq, ne } from "drizzle-orm";
import { type AnchoredSpan, reanchor, reanchorSome } from "~/domain/anchoring";
import { conflict, notFound } from "~/domain/errors";
import { type ArticleFormInput, articleInputSchema } from "~/domain/schemas/article";
import { parseInput } from "~/domain/validation";
import { bodyFingerprint } from "./articles";
import { recordAudit } from "./audit";
import { type ClaimPlace, storeClaimPlaces } from "./claim-anchors";
import { type ClaimEventInput, recordClaimEvents } from "./claim-events";
import { isUniqueViolation } from "./db/errors";
import { articles, claims } from "./db/schema";
import type { Database } from "./db/types";
import { storeExtractedClaims } from "./extracted-claims";

export interface ArticleEditResult {
  moved: number;
  lost: number;
  added: number;
}

const spanOf = (body: string, start: number | null, end: number | null): AnchoredSpan | null =>
  start === null || end === null ? null : { start, end, text: body.slice(start, end) };

/** Saves an edited article. Existing claims follow their words to where they now are; a claim whose
 *  words are gone is flagged (not moved elsewhere); new text is searched for new candidates. */
export async function updateArticle(
  db: Database,
  actorId: string,
  articleId: number,
  version: number,
  input: ArticleFormInput,
): Promise<ArticleEditResult> {
  const valid = parseInput(articleInputSchema, input);
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
      await tx
        .update(articles)
        .set({ ...valid, bodySha256, version: article.version + 1, updatedAt: new Date() })
        .where(eq(articles.id, articleId));
      await recordAudit(tx, { actorId, action: "article.edited", subjectType: "article", subjectId: articleId });
      if (valid.body === article.body) return { moved: 0, lost: 0, added: 0 };
      return {
        ...(await reanchorClaims(tx, actorId, articleId, article.body, valid.body)),
        added: await addNewCandidates(tx, articleId, valid.body),
      };
    });
  } catch (error) {
    // Another article saved with the same text at the same moment: the unique index decides.
    if (isUniqueViolation(error)) throw duplicate("saved just now");
    throw error;
  }
}

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
  // The words that attribute each claim (speaker mention, cue) move with the text too.
  const evidence = reanchorSome(
    oldBody,
    newBody,
    existing.flatMap((claim) => [
      spanOf(oldBody, claim.speakerStart, claim.speakerEnd),
      spanOf(oldBody, claim.cueStart, claim.cueEnd),
    ]),
  );
  const events: ClaimEventInput[] = [];
  const placed: ClaimPlace[] = [];
  const lostIds: number[] = [];
  for (const [index, claim] of existing.entries()) {
    const place = places[index] ?? null;
    if (place && place.start === claim.startOffset && place.end === claim.endOffset) continue;
    const speaker = evidence[index * 2] ?? null;
    const cue = evidence[index * 2 + 1] ?? null;
    if (place) {
      placed.push({
        claimId: claim.id,
        start: place.start,
        end: place.end,
        speakerStart: speaker?.start ?? null,
        speakerEnd: speaker?.end ?? null,
        cueStart: cue?.start ?? null,
        cueEnd: cue?.end ?? null,
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
