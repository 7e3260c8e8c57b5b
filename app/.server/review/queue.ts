import { and, asc, count, eq, inArray, isNull, lt, notInArray, or, type SQL, sql } from "drizzle-orm";
import type { AssignmentActor } from "~/domain/assignment-rules";
import { CLAIM_STATES, type ClaimState } from "~/domain/claim-states";
import { forbidden } from "~/domain/errors";
import { hasRole } from "~/domain/roles";
import {
  decodeQueueCursor,
  encodeQueueCursor,
  QUEUE_PAGE_SIZE,
  type QueueFilters,
  type QueueSort,
} from "~/domain/schemas/queue";
import { speakerChecked } from "../claims";
import { articles, claimEvents, claims, speakers, users, verdicts } from "../db/schema";
import type { Database } from "../db/types";
import { newsroomToday } from "../newsroom-today";

/** States with work still to do. */
const OPEN_STATES: ClaimState[] = ["candidate", "researching", "in_review", "approved"];
/** Accepted claims nobody holds: the work someone should pick up (candidates are triaged on their article). */
const PICK_UP_STATES: ClaimState[] = ["researching", "in_review"];
export const DONE_STATES: ClaimState[] = ["published", "dismissed"];

/** When the claim entered its current state: its latest state change, or its creation. */
const stateSince = sql<Date>`coalesce((select max(${claimEvents.createdAt}) from ${claimEvents} where ${claimEvents.claimId} = ${claims.id} and ${claimEvents.toState} is not null), ${claims.createdAt})`;

const currentVerdictAuthor = sql<
  string | null
>`(select ${verdicts.authorId} from ${verdicts} where ${verdicts.claimId} = ${claims.id} order by ${verdicts.number} desc limit 1)`;

/** Each order's key, its SQL type (to read a cursor back) and direction. A claim without a due date
 *  sorts after every dated one. */
const ORDERS: Record<QueueSort, { key: SQL; type: "timestamptz" | "date"; descending: boolean }> = {
  oldest: { key: sql`${claims.createdAt}`, type: "timestamptz", descending: false },
  newest: { key: sql`${claims.createdAt}`, type: "timestamptz", descending: true },
  waiting: { key: stateSince, type: "timestamptz", descending: false },
  due: { key: sql`coalesce(${claims.dueOn}, '9999-12-31'::date)`, type: "date", descending: false },
};

/** How many claims are in each state, newsroom-wide. */
export async function queueCounts(db: Database): Promise<Record<ClaimState, number>> {
  const rows = await db.select({ state: claims.state, total: count() }).from(claims).groupBy(claims.state);
  const counts = Object.fromEntries(CLAIM_STATES.map((state) => [state, 0])) as Record<ClaimState, number>;
  for (const row of rows) counts[row.state] = row.total;
  return counts;
}

/** Claims waiting for this editor's review: in review, with a verdict someone else wrote (two-person rule). */
export const reviewCondition = (viewer: AssignmentActor) =>
  and(eq(claims.state, "in_review"), sql`${currentVerdictAuthor} is distinct from ${viewer.id}`);

function tabCondition(viewer: AssignmentActor, filters: QueueFilters, today: string): SQL | undefined {
  switch (filters.tab) {
    case "mine":
      return and(eq(claims.assigneeId, viewer.id), inArray(claims.state, OPEN_STATES));
    case "review":
      if (!hasRole(viewer.role, "editor")) throw forbidden("Only editors review claims.");
      return reviewCondition(viewer);
    case "unassigned":
      return and(isNull(claims.assigneeId), inArray(claims.state, PICK_UP_STATES));
    case "overdue":
      return and(lt(claims.dueOn, today), notInArray(claims.state, DONE_STATES));
    case "all":
      return undefined;
  }
}

export type QueueRow = Awaited<ReturnType<typeof listQueue>>["rows"][number];

/** One page of the queue for a viewer: the tab and filters asked for, in the order asked for, after
 *  the cursor's row. `today` (YYYY-MM-DD) decides what is overdue. */
export async function listQueue(
  db: Database,
  viewer: AssignmentActor,
  filters: QueueFilters,
  cursor: string | null,
  today: string = newsroomToday(),
  pageSize: number = QUEUE_PAGE_SIZE,
) {
  const order = ORDERS[filters.sort];
  const after = cursor ? decodeQueueCursor(cursor, filters.sort) : null;
  const afterCursor = after
    ? sql`(${order.key}, ${claims.id}) ${sql.raw(order.descending ? "<" : ">")} (${after.key}::${sql.raw(order.type)}, ${after.claimId})`
    : undefined;
  const rows = await db
    .select({
      id: claims.id,
      text: claims.text,
      sentence: claims.sentence,
      kind: claims.kind,
      state: claims.state,
      version: claims.version,
      speakerId: claims.speakerId,
      speakerName: speakers.displayName,
      attributionConfidence: claims.attributionConfidence,
      speakerChecked,
      articleId: claims.articleId,
      articleTitle: articles.title,
      assigneeId: claims.assigneeId,
      assigneeName: users.displayName,
      dueOn: claims.dueOn,
      createdAt: claims.createdAt,
      stateSince: sql<Date>`${stateSince}`.mapWith(claims.createdAt),
      sortKey: sql<string>`${order.key}::text`,
    })
    .from(claims)
    .innerJoin(articles, eq(articles.id, claims.articleId))
    .leftJoin(speakers, eq(speakers.id, claims.speakerId))
    .leftJoin(users, eq(users.id, claims.assigneeId))
    .where(
      and(
        tabCondition(viewer, filters, today),
        filters.state ? eq(claims.state, filters.state) : undefined,
        filters.assignee ? eq(claims.assigneeId, filters.assignee) : undefined,
        filters.speaker ? eq(claims.speakerId, filters.speaker) : undefined,
        filters.article ? eq(claims.articleId, filters.article) : undefined,
        filters.kind ? eq(claims.kind, filters.kind) : undefined,
        afterCursor,
      ),
    )
    .orderBy(
      order.descending ? sql`${order.key} desc` : sql`${order.key} asc`,
      order.descending ? sql`${claims.id} desc` : asc(claims.id),
    )
    .limit(pageSize + 1);
  const page = rows.slice(0, pageSize);
  const last = page.at(-1);
  const nextCursor =
    rows.length > pageSize && last
      ? encodeQueueCursor({ sort: filters.sort, key: last.sortKey, claimId: last.id })
      : null;
  return {
    rows: page.map(({ sortKey: _sortKey, ...row }) => ({ ...row, overdue: isOverdue(row, today) })),
    nextCursor,
  };
}

const isOverdue = (row: { dueOn: string | null; state: ClaimState }, today: string) =>
  row.dueOn !== null && row.dueOn < today && !DONE_STATES.includes(row.state);

/** What the queue's filters offer: everyone who can sign in, and the speakers and articles with
 *  claims past triage (plus the ones filtered by, whatever their claims). */
export async function queueFilterOptions(db: Database, filters: Pick<QueueFilters, "speaker" | "article">) {
  const reviewed = notInArray(claims.state, ["candidate", "dismissed"]);
  const [people, speakerOptions, articleOptions] = await Promise.all([
    db
      .select({ id: users.id, name: users.displayName, role: users.role })
      .from(users)
      .where(isNull(users.disabledAt))
      .orderBy(asc(users.displayName)),
    db
      .selectDistinct({ id: speakers.id, name: speakers.displayName })
      .from(speakers)
      .leftJoin(claims, and(eq(claims.speakerId, speakers.id), reviewed))
      .where(or(sql`${claims.id} is not null`, filters.speaker ? eq(speakers.id, filters.speaker) : undefined))
      .orderBy(asc(speakers.displayName), asc(speakers.id))
      .limit(500),
    db
      .selectDistinct({ id: articles.id, name: articles.title })
      .from(articles)
      .leftJoin(claims, and(eq(claims.articleId, articles.id), reviewed))
      .where(or(sql`${claims.id} is not null`, filters.article ? eq(articles.id, filters.article) : undefined))
      .orderBy(asc(articles.title), asc(articles.id))
      .limit(500),
  ]);
  return { people, speakers: speakerOptions, articles: articleOptions };
}
