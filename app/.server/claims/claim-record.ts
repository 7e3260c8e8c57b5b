import { asc, eq, sql } from "drizzle-orm";
import { attributionView } from "~/domain/attribution-evidence";
import { claimInParagraph } from "~/domain/claim-context";
import { compareFigures } from "~/domain/figure-comparison";
import { getArticle } from "../articles/articles";
import type { Database } from "../db/database-types";
import { claimEvents, ratings, users, verdicts } from "../db/schema/all-tables";
import { listComments } from "../review/comments";
import { verdictVersionColumns } from "../review/review-columns";
import { listSources } from "../review/source-records";
import { getClaim, similarClaims } from "./claims";

// A subquery rather than a second join of users: drizzle types a select joining a table twice as never.
const approverName = sql<
  string | null
>`(select ${users.displayName} from ${users} where ${users.id} = ${verdicts.approvedById})`;

/** Every version of a claim's verdict, oldest first, with its rating, author and approver. */
function verdictHistory(db: Database, claimId: number) {
  return db
    .select({
      ...verdictVersionColumns,
      createdAt: verdicts.createdAt,
      authorId: verdicts.authorId,
      authorName: users.displayName,
      approvedById: verdicts.approvedById,
      approvedByName: approverName,
      rating: { id: ratings.id, label: ratings.label, colour: ratings.colour },
    })
    .from(verdicts)
    .innerJoin(ratings, eq(ratings.id, verdicts.ratingId))
    .innerJoin(users, eq(users.id, verdicts.authorId))
    .where(eq(verdicts.claimId, claimId))
    .orderBy(asc(verdicts.number));
}

/** Every event of a claim, oldest first, with who did it. */
function timeline(db: Database, claimId: number) {
  return db
    .select({
      id: claimEvents.id,
      action: claimEvents.action,
      fromState: claimEvents.fromState,
      toState: claimEvents.toState,
      note: claimEvents.note,
      details: claimEvents.details,
      createdAt: claimEvents.createdAt,
      actorName: users.displayName,
    })
    .from(claimEvents)
    .leftJoin(users, eq(users.id, claimEvents.actorId))
    .where(eq(claimEvents.claimId, claimId))
    .orderBy(asc(claimEvents.id));
}

export type ClaimRecord = Awaited<ReturnType<typeof getClaimRecord>>;

/** Everything the claim page and the API show about one claim, for the people working on it. */
export async function getClaimRecord(db: Database, claimId: number) {
  const claim = await getClaim(db, claimId);
  const [article, sources, verdictVersions, comments, events, similar] = await Promise.all([
    getArticle(db, claim.articleId),
    listSources(db, claimId),
    verdictHistory(db, claimId),
    listComments(db, claimId),
    timeline(db, claimId),
    similarClaims(db, claim),
  ]);
  const reference =
    claim.referenceValue === null
      ? null
      : {
          value: claim.referenceValue,
          unit: claim.referenceUnit,
          asOf: claim.referenceAsOf,
          passage: claim.referencePassage,
          source: sources.find((source) => source.id === claim.referenceSourceId) ?? null,
          comparison: claim.value === null ? null : compareFigures(claim.value, claim.referenceValue),
        };
  return {
    claim,
    article: {
      id: article.id,
      title: article.title,
      url: article.url,
      outlet: article.outlet,
      publishedOn: article.publishedOn,
    },
    context: claim.anchorLost ? null : claimInParagraph(article.body, claim.start, claim.end),
    attribution: attributionView(article.body, claim),
    sources,
    verdicts: verdictVersions,
    currentVerdict: verdictVersions.at(-1) ?? null,
    reference,
    comments,
    events,
    similar,
  };
}
