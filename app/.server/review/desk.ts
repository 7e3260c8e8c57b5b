import { and, count, desc, eq, isNotNull, lte, notInArray, sql } from "drizzle-orm";
import type { AssignmentActor } from "~/domain/assignment-rules";
import { hasRole } from "~/domain/roles";
import { addDays } from "~/domain/schemas/calendar-day";
import { type QueueTab, queueFiltersSchema } from "~/domain/schemas/queue";
import type { Database } from "../db/database-types";
import { articles, claimEvents, claims, speakers, users } from "../db/schema/all-tables";
import { DONE_STATES, listQueue, reviewCondition } from "./review-queue";

const DESK_LIST_SIZE = 8;
/** "Due soon" reaches this many days ahead. */
const DUE_SOON_DAYS = 3;

/** What a desk list shows of a claim: its words (a figure in its sentence). */
const claimWords = { id: claims.id, text: claims.text, kind: claims.kind, sentence: claims.sentence };

/** The latest state change of each claim, as the id of its event. */
const latestStateEvent = sql`(select max(${claimEvents.id}) from ${claimEvents} where ${claimEvents.claimId} = ${claims.id} and ${claimEvents.toState} is not null)`;

/** Claims assigned to someone that an editor sent back to research and that have not moved since. */
const sentBackTo = (userId: string) =>
  and(
    eq(claims.assigneeId, userId),
    eq(claims.state, "researching"),
    eq(claimEvents.action, "send_back"),
    sql`${claimEvents.id} = ${latestStateEvent}`,
  );

/** How much work is waiting for someone to act on it: claims waiting for their review (editors) and
 *  claims sent back to them. Cheap enough for every page's navigation. */
export async function waitingForMe(db: Database, viewer: AssignmentActor): Promise<number> {
  const [review, sentBack] = await Promise.all([
    hasRole(viewer.role, "editor")
      ? db
          .select({ total: count() })
          .from(claims)
          .where(reviewCondition(viewer))
          .then(([row]) => row?.total ?? 0)
      : 0,
    db
      .select({ total: count() })
      .from(claimEvents)
      .innerJoin(claims, eq(claims.id, claimEvents.claimId))
      .where(sentBackTo(viewer.id))
      .then(([row]) => row?.total ?? 0),
  ]);
  return review + sentBack;
}

function sentBackClaims(db: Database, viewer: AssignmentActor) {
  return db
    .select({
      ...claimWords,
      articleTitle: articles.title,
      note: claimEvents.note,
      sentBackAt: claimEvents.createdAt,
      sentBackBy: users.displayName,
    })
    .from(claimEvents)
    .innerJoin(claims, eq(claims.id, claimEvents.claimId))
    .innerJoin(articles, eq(articles.id, claims.articleId))
    .leftJoin(users, eq(users.id, claimEvents.actorId))
    .where(sentBackTo(viewer.id))
    .orderBy(desc(claimEvents.id))
    .limit(DESK_LIST_SIZE);
}

function dueSoon(db: Database, viewer: AssignmentActor, today: string) {
  return db
    .select({
      ...claimWords,
      state: claims.state,
      dueOn: claims.dueOn,
      articleTitle: articles.title,
    })
    .from(claims)
    .innerJoin(articles, eq(articles.id, claims.articleId))
    .where(
      and(
        eq(claims.assigneeId, viewer.id),
        isNotNull(claims.dueOn),
        lte(claims.dueOn, addDays(today, DUE_SOON_DAYS)),
        notInArray(claims.state, DONE_STATES),
      ),
    )
    .orderBy(claims.dueOn, claims.id)
    .limit(DESK_LIST_SIZE);
}

function recentlyPublished(db: Database) {
  return db
    .select({
      ...claimWords,
      speakerName: speakers.displayName,
      firstPublishedAt: claims.firstPublishedAt,
    })
    .from(claims)
    .leftJoin(speakers, eq(speakers.id, claims.speakerId))
    .where(and(eq(claims.state, "published"), isNotNull(claims.firstPublishedAt)))
    .orderBy(desc(claims.firstPublishedAt), desc(claims.id))
    .limit(DESK_LIST_SIZE);
}

async function queueTab(db: Database, viewer: AssignmentActor, tab: QueueTab, today: string) {
  const { rows, nextCursor } = await listQueue(
    db,
    viewer,
    queueFiltersSchema.parse({ tab }),
    null,
    today,
    DESK_LIST_SIZE,
  );
  return { rows, more: nextCursor !== null };
}

export type Desk = Awaited<ReturnType<typeof loadDesk>>;

/** A signed-in person's start of the day: what waits for their review (editors), what was sent back to
 *  them with the editor's note, what is assigned to them, what is due soon, and what the team published. */
export async function loadDesk(db: Database, viewer: AssignmentActor, today: string) {
  const [review, sentBack, assigned, due, published] = await Promise.all([
    hasRole(viewer.role, "editor") ? queueTab(db, viewer, "review", today) : null,
    sentBackClaims(db, viewer),
    queueTab(db, viewer, "mine", today),
    dueSoon(db, viewer, today),
    recentlyPublished(db),
  ]);
  return { review, sentBack, assigned, due, published };
}

/** The queue tab to open when none is asked for: the first with work for this person. */
export async function firstQueueTabWithWork(db: Database, viewer: AssignmentActor, today: string): Promise<QueueTab> {
  const tabs: QueueTab[] = hasRole(viewer.role, "editor")
    ? ["review", "mine", "overdue", "unassigned"]
    : ["mine", "overdue", "unassigned"];
  for (const tab of tabs) {
    const { rows } = await listQueue(db, viewer, queueFiltersSchema.parse({ tab }), null, today, 1);
    if (rows.length > 0) return tab;
  }
  return "all";
}
