import { and, asc, eq, ilike, inArray, sql } from "drizzle-orm";
import {
  NAME_CHOICES,
  type NameFilterNoun,
  nameFilterAsk,
  noMatchMessage,
  pickFound,
  type QueueNameFilter,
  unknownChoiceMessage,
} from "~/domain/queue-name-filter";
import type { QueueFilters } from "~/domain/schemas/queue";
import { containsPattern } from "../db/contains-pattern";
import type { Database } from "../db/database-types";
import { articles, claims, speakers } from "../db/schema/all-tables";
import { OPEN_WORK_STATES } from "./review-queue";

const TABLES = {
  speaker: { table: speakers, id: speakers.id, name: speakers.displayName, claimColumn: claims.speakerId },
  article: { table: articles, id: articles.id, name: articles.title, claimColumn: claims.articleId },
};

async function nameOf(db: Database, noun: NameFilterNoun, id: number): Promise<string | null> {
  const { table, id: idColumn, name } = TABLES[noun];
  const [row] = await db.select({ name }).from(table).where(eq(idColumn, id));
  return row?.name ?? null;
}

/** The speakers or articles with accepted claims still being worked on whose name has the text in it
 *  (any case), those named exactly so first, and how many there are in all. The ids come from partial
 *  indexes over open work, and only their rows are read, never the archive's. */
async function findWithOpenWork(db: Database, noun: NameFilterNoun, text: string) {
  const { table, id, name, claimColumn } = TABLES[noun];
  const exact = sql<boolean>`lower(${name}) = lower(${text})`;
  const rows = await db
    .select({ id, name, exact, total: sql<number>`count(*) over ()`.mapWith(Number) })
    .from(table)
    .where(
      and(
        sql`${id} = any(array(select distinct ${claimColumn} from ${claims} where ${inArray(claims.state, OPEN_WORK_STATES)}))`,
        ilike(name, containsPattern(text)),
      ),
    )
    .orderBy(sql`${exact} desc`, asc(name), asc(id))
    .limit(NAME_CHOICES);
  return { rows, total: rows[0]?.total ?? 0 };
}

/** The names of the speakers or articles with open work that the text matches, to suggest as it is
 *  typed (a name two speakers share once). */
export async function suggestQueueNames(db: Database, noun: NameFilterNoun, text: string): Promise<string[]> {
  const { rows } = await findWithOpenWork(db, noun, text);
  return [...new Set(rows.map((row) => row.name))];
}

/** One filter as the page shows it, and whether typed text chose it (then the address should name
 *  its id instead). */
async function readNameFilter(
  db: Database,
  noun: NameFilterNoun,
  id: number | null,
  typed: string | null,
): Promise<{ filter: QueueNameFilter; typedChose: boolean }> {
  const chosenName = id === null ? null : await nameOf(db, noun, id);
  const ask = nameFilterAsk(id, typed, chosenName);
  if ("id" in ask) {
    if (ask.id === null) return { filter: { found: "any" }, typedChose: false };
    const filter: QueueNameFilter =
      chosenName === null
        ? { found: "none", typed: "", problem: unknownChoiceMessage(noun) }
        : { found: "chosen", id: ask.id, name: chosenName };
    return { filter, typedChose: false };
  }
  const { rows, total } = await findWithOpenWork(db, noun, ask.find);
  const found = pickFound(rows, total);
  switch (found.kind) {
    case "one":
      return { filter: { found: "chosen", id: found.row.id, name: found.row.name }, typedChose: true };
    case "several": {
      const choices = found.choices.map((row) => ({ id: row.id, name: row.name }));
      return { filter: { found: "several", typed: ask.find, choices, more: found.more }, typedChose: false };
    }
    case "none":
      return {
        filter: { found: "none", typed: ask.find, problem: noMatchMessage(noun, ask.find) },
        typedChose: false,
      };
  }
}

const chosenId = (filter: QueueNameFilter) => (filter.found === "chosen" ? filter.id : null);
const unresolvedText = (filter: QueueNameFilter) =>
  filter.found === "several" || filter.found === "none" ? filter.typed : null;

/** The speaker and article filters read from the address: the filters to list by (an id only when one
 *  is chosen; typed text kept only while it chose none), each filter as the page shows it, and whether
 *  typed text chose one, so the address can be made the chosen one's. */
export async function readQueueNameFilters(db: Database, filters: QueueFilters) {
  const [speaker, article] = await Promise.all([
    readNameFilter(db, "speaker", filters.speaker, filters.speakerName),
    readNameFilter(db, "article", filters.article, filters.articleTitle),
  ]);
  return {
    filters: {
      ...filters,
      speaker: chosenId(speaker.filter),
      speakerName: unresolvedText(speaker.filter),
      article: chosenId(article.filter),
      articleTitle: unresolvedText(article.filter),
    },
    speaker: speaker.filter,
    article: article.filter,
    typedChose: speaker.typedChose || article.typedChose,
  };
}
