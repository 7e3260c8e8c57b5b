import { z } from "zod";
import { CLAIM_KINDS, CLAIM_STATES } from "../claim-states";
import { decodePageKey, encodePageKey, staleCursor } from "../page-cursor";
import { NAME_FILTER_NOUNS } from "../queue-name-filter";
import { isCalendarDay } from "./calendar-day";
import { databaseId, isDatabaseId } from "./database-id";
import { emptyToNull } from "./empty";

// The review queue's view, read from the address (?tab=&state=&assignee=&speaker=&article=&kind=&sort=)
// so every view works without JavaScript (a GET form) and can be shared as a link. The speaker and
// article are ids; the form sends the text typed for them too (?speakerName=&articleTitle=), which the
// loader looks up (see domain/queue-name-filter).

export const QUEUE_TABS = ["mine", "review", "unassigned", "overdue", "all"] as const;
export type QueueTab = (typeof QUEUE_TABS)[number];

export const QUEUE_TAB_LABELS: Record<QueueTab, string> = {
  mine: "Assigned to me",
  review: "Waiting for my review",
  unassigned: "Unassigned",
  overdue: "Overdue",
  all: "All claims",
};

export const QUEUE_SORTS = ["oldest", "newest", "waiting", "due"] as const;
export type QueueSort = (typeof QUEUE_SORTS)[number];

export const QUEUE_SORT_LABELS: Record<QueueSort, string> = {
  oldest: "Oldest claim first",
  newest: "Newest claim first",
  waiting: "Longest in its state first",
  due: "Due soonest first",
};

export const QUEUE_PAGE_SIZE = 25;

const optionalId = (message: string) => z.preprocess(emptyToNull, databaseId(message).nullish());
/** Text typed for a speaker or article: "" is a field emptied (any), unlike no text at all (a link,
 *  whose id stands). */
const typedName = (what: string) => z.string().trim().max(200, `Type at most 200 characters of the ${what}.`).nullish();

export const queueFiltersSchema = z
  .object({
    tab: z.preprocess(emptyToNull, z.enum(QUEUE_TABS, "Choose a tab.").nullish()),
    state: z.preprocess(emptyToNull, z.enum(CLAIM_STATES, "Choose a state.").nullish()),
    assignee: z.preprocess(emptyToNull, z.string().trim().max(100).nullish()),
    speaker: optionalId("Choose a speaker."),
    article: optionalId("Choose an article."),
    speakerName: typedName("speaker's name"),
    articleTitle: typedName("article's title"),
    kind: z.preprocess(emptyToNull, z.enum(CLAIM_KINDS, "Choose a kind of claim.").nullish()),
    sort: z.preprocess(emptyToNull, z.enum(QUEUE_SORTS, "Choose an order.").nullish()),
  })
  .transform((filters) => ({
    tab: filters.tab ?? ("mine" as QueueTab),
    state: filters.state ?? null,
    assignee: filters.assignee ?? null,
    speaker: filters.speaker ?? null,
    article: filters.article ?? null,
    speakerName: filters.speakerName ?? null,
    articleTitle: filters.articleTitle ?? null,
    kind: filters.kind ?? null,
    sort: filters.sort ?? ("oldest" as QueueSort),
  }));
export type QueueFilters = z.output<typeof queueFiltersSchema>;

/** What the queue's speaker or article field suggests names for as it is typed in (?for=&q=). */
export const queueNameSuggestionsSchema = z.object({
  for: z.enum(NAME_FILTER_NOUNS, "Ask for speakers or articles."),
  q: z.string("Type part of a name.").trim().min(1, "Type part of a name.").max(200, "Type at most 200 characters."),
});

/** The filters as address parameters, leaving out the default order. The tab is always named: without
 *  one the queue opens on the first tab with work for the viewer. */
export function queueFilterParams(filters: Partial<QueueFilters>): URLSearchParams {
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries(filters)) {
    if (value === null || value === undefined || value === "") continue;
    if (key === "sort" && value === "oldest") continue;
    params.set(key, String(value));
  }
  return params;
}

/** The queue's address for a view (and a page of it). */
export function queueAddress(filters: Partial<QueueFilters>, cursor?: string | null): string {
  const params = queueFilterParams(filters);
  if (cursor) params.set("cursor", cursor);
  return params.size > 0 ? `/queue?${params}` : "/queue";
}

// Pages are cut by keyset, not OFFSET: the cursor holds the sort key and id of the last row shown, so
// a claim assigned meanwhile neither repeats a row nor skips one. It names its order, so a cursor
// from one order is never read in another.

export interface QueueCursor {
  sort: QueueSort;
  /** The sort key as Postgres prints it (a timestamp to the microsecond, or a day). */
  key: string;
  claimId: number;
}

export function encodeQueueCursor(cursor: QueueCursor): string {
  return encodePageKey([cursor.sort, cursor.key, cursor.claimId]);
}

/** A day, or a timestamp as Postgres prints one ("2025-01-18 09:30:00.123456+00"): a time of day
 *  that exists, and a day checked against the calendar, since Postgres reads the key back. */
const SORT_KEY =
  /^(\d{4}-\d{2}-\d{2})(?: ([01]\d|2[0-3]):[0-5]\d:[0-5]\d(?:\.\d{1,6})?[+-](?:0\d|1[0-5])(?::[0-5]\d)?)?$/;

const isSortKey = (key: unknown): key is string => {
  const day = typeof key === "string" ? SORT_KEY.exec(key)?.[1] : undefined;
  return day !== undefined && isCalendarDay(day);
};

export function decodeQueueCursor(text: string, sort: QueueSort): QueueCursor {
  const [cursorSort, key, claimId] = decodePageKey(text, 3);
  if (cursorSort !== sort || !isSortKey(key)) throw staleCursor();
  if (!isDatabaseId(claimId)) throw staleCursor();
  return { sort, key, claimId };
}

export const queueCursorSchema = z
  .preprocess(emptyToNull, z.string().max(300).nullish())
  .transform((value) => value ?? null);
