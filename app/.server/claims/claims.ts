import { and, asc, eq, lt, ne, type SQLWrapper, sql } from "drizzle-orm";
import { MIN_WORDS_ALIKE, similarityReason, toleranceRange } from "~/domain/claim-similarity";
import { speakerLockedReason } from "~/domain/claim-workflow";
import { AppError, conflict, invalid, notFound } from "~/domain/errors";
import { findNumbers } from "~/domain/extraction/numbers";
import { findSentences, sentenceIndexAt } from "~/domain/extraction/sentences";
import { isNormalisedUnit, sameCountedThing } from "~/domain/figure-match";
import type { ClaimSpeaker, NewClaim } from "~/domain/schemas/claim";
import type { Database } from "../db/database-types";
import { articles, claims, countedHead, speakers, users } from "../db/schema/all-tables";
import { speakerForName } from "../speakers/speaker-records";
import { claimReferenceColumns } from "./claim-columns";
import { recordClaimEvents } from "./claim-events";

export type ClaimRow = typeof claims.$inferSelect;

/** Whether a person confirmed or set the claim's speaker. */
export const speakerChecked = sql<boolean>`${claims.speakerCheckedBy} is not null`;

// What the article page needs of each claim, and no more: an article can have thousands of candidates,
// all sent to the browser so that selecting one needs no request.
const articlePageColumns = {
  id: claims.id,
  kind: claims.kind,
  text: claims.text,
  start: claims.startOffset,
  end: claims.endOffset,
  anchorLost: claims.anchorLost,
  speakerName: speakers.displayName,
  speakerTitle: claims.speakerTitle,
  speakerStart: claims.speakerStart,
  speakerEnd: claims.speakerEnd,
  cueStart: claims.cueStart,
  cueEnd: claims.cueEnd,
  antecedentStart: claims.antecedentStart,
  antecedentEnd: claims.antecedentEnd,
  attributionRule: claims.attributionRule,
  attributionConfidence: claims.attributionConfidence,
  speakerDescription: claims.speakerDescription,
  speakerChecked,
  value: claims.value,
  unit: claims.unit,
  qualifier: claims.qualifier,
  state: claims.state,
  version: claims.version,
  assigneeName: users.displayName,
  repeatOfId: claims.repeatOfId,
};

/** Everything about a claim, for its page, the API and the data functions. */
const claimColumns = {
  ...articlePageColumns,
  articleId: claims.articleId,
  speakerId: claims.speakerId,
  sentence: claims.sentence,
  assigneeId: claims.assigneeId,
  dueOn: claims.dueOn,
  ...claimReferenceColumns,
  publishedVerdictId: claims.publishedVerdictId,
  firstPublishedAt: claims.firstPublishedAt,
  createdBy: claims.createdBy,
  createdAt: claims.createdAt,
  updatedAt: claims.updatedAt,
};

function selectClaims(db: Database) {
  return db
    .select(claimColumns)
    .from(claims)
    .leftJoin(speakers, eq(speakers.id, claims.speakerId))
    .leftJoin(users, eq(users.id, claims.assigneeId));
}

export type ArticleClaim = Awaited<ReturnType<typeof listArticleClaims>>[number];

/** An article's claims in reading order. */
export function listArticleClaims(db: Database, articleId: number) {
  return selectClaims(db)
    .where(eq(claims.articleId, articleId))
    .orderBy(asc(claims.startOffset), asc(claims.endOffset), asc(claims.id));
}

/** An article's claims in reading order, as its page shows them. */
export function listArticlePageClaims(db: Database, articleId: number) {
  return db
    .select(articlePageColumns)
    .from(claims)
    .leftJoin(speakers, eq(speakers.id, claims.speakerId))
    .leftJoin(users, eq(users.id, claims.assigneeId))
    .where(eq(claims.articleId, articleId))
    .orderBy(asc(claims.startOffset), asc(claims.endOffset), asc(claims.id));
}

export async function getClaim(db: Database, id: number) {
  const [claim] = await selectClaims(db).where(eq(claims.id, id));
  if (!claim) throw notFound("That claim");
  return claim;
}

/** A claim as the user saw it: its id, its version then and, from an article's page, that article. */
export interface ClaimRef {
  id: number;
  version: number;
  articleId?: number;
}

/** Locks a claim for the rest of the transaction, refusing (409) when it changed since the user saw it. */
export async function lockClaim(tx: Database, ref: ClaimRef) {
  const [claim] = await tx.select().from(claims).where(eq(claims.id, ref.id)).for("update");
  if (!claim || (ref.articleId !== undefined && claim.articleId !== ref.articleId)) throw notFound("That claim");
  const { version } = ref;
  if (claim.version !== version) {
    throw conflict(
      "Someone else changed this claim since you opened it. Its current state is shown; your input is kept.",
      {
        version: String(claim.version),
      },
    );
  }
  return claim;
}

/** A claim made by hand from a selection of the article's text, stored with its exact offsets. */
export async function makeClaim(db: Database, actorId: string, valid: NewClaim) {
  return db.transaction(async (tx) => {
    const [article] = await tx.select({ body: articles.body }).from(articles).where(eq(articles.id, valid.articleId));
    if (!article) throw notFound("That article");
    if (valid.end > article.body.length)
      throw invalid("The selection is outside the article; reload the page and select again.");
    const text = article.body.slice(valid.start, valid.end);
    if (!text.trim()) throw invalid("Select some words first.");
    // The selection was made on the text as the user saw it; if the article changed since, the same
    // offsets would point at other words.
    if (valid.expectedText !== null && valid.expectedText !== text) {
      throw conflict("The article was edited since you selected those words. Select them again.");
    }
    const sentences = findSentences(article.body);
    const sentence = sentences[sentenceIndexAt(sentences, valid.start)];
    // A number selected by hand gets its value read the same way extraction reads one.
    const figure = valid.kind === "numeric" ? findNumbers(text)[0] : undefined;
    const speaker = valid.speaker ? await speakerForName(tx, valid.speaker, valid.speakerTitle) : null;
    const [claim] = await tx
      .insert(claims)
      .values({
        articleId: valid.articleId,
        kind: valid.kind,
        text,
        startOffset: valid.start,
        endOffset: valid.end,
        speakerId: speaker?.id ?? null,
        speakerTitle: valid.speakerTitle,
        speakerCheckedBy: speaker ? actorId : null,
        value: figure?.value ?? null,
        unit: figure?.unit ?? null,
        qualifier: figure?.qualifier ?? null,
        sentence: sentence ? article.body.slice(sentence.start, sentence.end) : null,
        createdBy: actorId,
      })
      .returning();
    if (!claim) throw new Error("Insert returned no claim");
    await recordClaimEvents(tx, [{ claimId: claim.id, actorId, action: "created", toState: "candidate" }]);
    return claim;
  });
}

/** Corrects who said a claim; the speaker is found or created by name. Not once the claim is approved
 *  or published: who said it is part of what the editor approved and readers see. */
export async function setClaimSpeaker(db: Database, actorId: string, ref: ClaimRef, valid: ClaimSpeaker) {
  const claimId = ref.id;
  return db.transaction(async (tx) => {
    const claim = await lockClaim(tx, ref);
    const locked = speakerLockedReason(claim.state);
    if (locked) throw new AppError(409, "refused", locked);
    const speaker = valid.speaker ? await speakerForName(tx, valid.speaker, valid.speakerTitle) : null;
    const unchanged = (speaker?.id ?? null) === claim.speakerId && valid.speakerTitle === claim.speakerTitle;
    await tx
      .update(claims)
      .set({
        speakerId: speaker?.id ?? null,
        speakerTitle: valid.speakerTitle,
        speakerCheckedBy: actorId,
        version: claim.version + 1,
        updatedAt: new Date(),
      })
      .where(eq(claims.id, claimId));
    await recordClaimEvents(tx, [
      {
        claimId,
        actorId,
        action: unchanged ? "speaker_checked" : "speaker_changed",
        note: speakerNote(unchanged, speaker?.displayName ?? null),
        details: { fromSpeakerId: claim.speakerId, toSpeakerId: speaker?.id ?? null },
      },
    ]);
  });
}

function speakerNote(unchanged: boolean, name: string | null): string {
  if (unchanged) return name ? `Speaker checked: ${name}` : "Checked: nobody is named as the speaker";
  return name ? `Speaker set to ${name}` : "Speaker removed";
}

const SAME_SPEAKER_BOOST = 0.15;

/** The parts of a claim that finding its earlier twins needs (callers already hold the claim). */
export type SimilarityProbe = Pick<
  ArticleClaim,
  "id" | "text" | "kind" | "speakerId" | "articleId" | "value" | "unit" | "sentence"
>;

/** A claim's words with its figures taken out, in SQL: numbers alone never make two claims alike. */
const withoutFigures = (text: SQLWrapper | string) => sql`regexp_replace(${text}, '[0-9][0-9,.]*%?', ' ', 'g')`;

/** Earlier claims from other articles that say the same thing, the same speaker's first, each with why it
 *  matched. Quotes and statements: words alike without their figures (found through the trigram index).
 *  Numeric claims: a figure of the same counted thing within a tolerance (found through the figure index),
 *  with alike sentences when the unit says only "percent" or a currency. */
export async function similarClaims(db: Database, claim: SimilarityProbe, limit = 5) {
  const sameSpeaker = sql<boolean>`coalesce(${claims.speakerId} = ${claim.speakerId ?? -1}, false)`;
  const figure = claim.kind === "numeric" && claim.value !== null && claim.unit ? claim : null;
  const alike = figure
    ? sql<number>`similarity(coalesce(${claims.sentence}, ''), ${figure.sentence ?? ""})`
    : sql<number>`similarity(${withoutFigures(claims.text)}, ${withoutFigures(claim.text)})`;
  const window = figure ? toleranceRange(figure.value ?? 0) : null;
  const matches = figure
    ? and(
        eq(claims.kind, "numeric"),
        sql`${countedHead(claims.unit)} = ${countedHead(sql`${figure.unit}::text`)}`,
        sql`${claims.value} between ${window?.low} and ${window?.high}`,
        isNormalisedUnit(figure.unit ?? "") ? sql`${alike} >= ${MIN_WORDS_ALIKE}` : undefined,
      )
    : and(
        eq(claims.kind, claim.kind),
        // `%` is pg_trgm's "similar enough" (similarity ≥ 0.3), the operator its GIN index serves.
        sql`${claims.text} % ${claim.text}`,
        sql`${alike} >= ${MIN_WORDS_ALIKE}`,
      );
  const rows = await db
    .select({
      id: claims.id,
      text: claims.text,
      kind: claims.kind,
      sentence: claims.sentence,
      value: claims.value,
      unit: claims.unit,
      articleId: claims.articleId,
      articleTitle: articles.title,
      speakerName: speakers.displayName,
      state: claims.state,
      alike,
      sameSpeaker,
    })
    .from(claims)
    .innerJoin(articles, eq(articles.id, claims.articleId))
    .leftJoin(speakers, eq(speakers.id, claims.speakerId))
    .where(and(lt(claims.id, claim.id), ne(claims.articleId, claim.articleId), matches))
    .orderBy(
      sql`${alike} + case when ${sameSpeaker} then ${SAME_SPEAKER_BOOST}::float8 else 0 end desc`,
      asc(claims.id),
    )
    .limit(limit);
  // The index finds figures whose unit ends in the same word; the counted-thing rule decides.
  const alikeRows = figure ? rows.filter((row) => sameCountedThing(figure.unit, row.unit)) : rows;
  return alikeRows.map(({ alike: score, sameSpeaker: speakerMatches, value, unit, ...row }) => ({
    ...row,
    reason: similarityReason({
      sameSpeaker: speakerMatches,
      alike: score,
      figure:
        figure && value !== null
          ? { value: figure.value ?? 0, earlierValue: value, unit: unit ?? figure.unit ?? "" }
          : undefined,
    }),
  }));
}

/** Links a claim as a repeat of an earlier one (or unlinks it with repeatOfId null). Only an earlier
 *  claim can be the original, so links always point back in time and never form a loop. */
export async function setRepeatOf(db: Database, actorId: string, ref: ClaimRef, repeatOfId: number | null) {
  const claimId = ref.id;
  if (repeatOfId !== null && repeatOfId >= claimId) throw invalid("Only an earlier claim can be the one this repeats.");
  return db.transaction(async (tx) => {
    const claim = await lockClaim(tx, ref);
    if (repeatOfId !== null) {
      const [original] = await tx.select({ id: claims.id }).from(claims).where(eq(claims.id, repeatOfId));
      if (!original) throw notFound("The earlier claim");
    }
    await tx
      .update(claims)
      .set({ repeatOfId, version: claim.version + 1, updatedAt: new Date() })
      .where(eq(claims.id, claimId));
    await recordClaimEvents(tx, [
      {
        claimId,
        actorId,
        action: repeatOfId ? "linked_repeat" : "unlinked_repeat",
        details: { repeatOfId: repeatOfId ?? claim.repeatOfId },
      },
    ]);
  });
}
