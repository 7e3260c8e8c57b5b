import { and, asc, eq, inArray, isNull, lt, type SQL, sql } from "drizzle-orm";
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
import { speakerChecked } from "../claims/claims";
import type { Database } from "../db/database-types";
import { articles, claimStateCounts, claims, dueKey, speakers, users, verdicts } from "../db/schema/all-tables";
import { newsroomToday } from "../newsroom-today";

/** States with work still to do (every state but DONE_STATES; the claims schema's open-work indexes). */
const OPEN_STATES: ClaimState[] = ["candidate", "researching", "in_review", "approved"];
/** Accepted claims nobody holds: the work someone should pick up (candidates are triaged on their article). */
const PICK_UP_STATES: ClaimState[] = ["researching", "in_review"];
export const DONE_STATES: ClaimState[] = ["published", "dismissed"];
/** Accepted claims not yet published (the states of the claims schema's open-work indexes). */
export const OPEN_WORK_STATES: ClaimState[] = ["researching", "in_review", "approved"];

/** What a page of the queue is listed by: speakers and articles by id, names typed for them being looked
 *  up before (see queue-name-filters). */
type ListedBy = Omit<QueueFilters, "speakerName" | "articleTitle">;

const currentVerdictAuthor = sql<
  string | null
>`(select ${verdicts.authorId} from ${verdicts} where ${verdicts.claimId} = ${claims.id} order by ${verdicts.number} desc limit 1)`;

/** Each order's key, its SQL type (to read a cursor back) and direction; each key with the claim id
 *  has an index (see the claims schema), so a page reads its rows in order and stops. A claim without
 *  a due date sorts after every dated one. */
const ORDERS: Record<QueueSort, { key: SQL; type: "timestamptz" | "date"; descending: boolean }> = {
  oldest: { key: sql`${claims.createdAt}`, type: "timestamptz", descending: false },
  newest: { key: sql`${claims.createdAt}`, type: "timestamptz", descending: true },
  waiting: { key: sql`${claims.stateChangedAt}`, type: "timestamptz", descending: false },
  due: { key: dueKey(claims.dueOn), type: "date", descending: false },
};

/** How many claims are in each state, newsroom-wide (kept by a trigger, not counted). */
export async function queueCounts(db: Database): Promise<Record<ClaimState, number>> {
  const rows = await db.select().from(claimStateCounts);
  const counts = Object.fromEntries(CLAIM_STATES.map((state) => [state, 0])) as Record<ClaimState, number>;
  for (const row of rows) counts[row.state] = row.claims;
  return counts;
}

/** Claims waiting for this editor's review: in review, with a verdict someone else wrote (two-person rule). */
export const reviewCondition = (viewer: AssignmentActor) =>
  and(eq(claims.state, "in_review"), sql`${currentVerdictAuthor} is distinct from ${viewer.id}`);

function tabCondition(viewer: AssignmentActor, filters: ListedBy, today: string): SQL | undefined {
  switch (filters.tab) {
    case "mine":
      return and(eq(claims.assigneeId, viewer.id), inArray(claims.state, OPEN_STATES));
    case "review":
      if (!hasRole(viewer.role, "editor")) throw forbidden("Only editors review claims.");
      return reviewCondition(viewer);
    case "unassigned":
      return and(isNull(claims.assigneeId), inArray(claims.state, PICK_UP_STATES));
    case "overdue":
      return and(lt(claims.dueOn, today), inArray(claims.state, OPEN_STATES));
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
  filters: ListedBy,
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
      stateSince: claims.stateChangedAt,
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

/** Everyone who can sign in: whom the queue filters by and assigns claims to. */
export async function queuePeople(db: Database) {
  return db
    .select({ id: users.id, name: users.displayName, role: users.role })
    .from(users)
    .where(isNull(users.disabledAt))
    .orderBy(asc(users.displayName));
}
