import { asc, eq, sql } from "drizzle-orm";
import { invalid } from "~/domain/errors";
import type { Database } from "../db/database-types";
import { ratings } from "../db/schema/all-tables";

export type Rating = typeof ratings.$inferSelect;

/** The newsroom's scale in display order, best first. */
export function listRatings(db: Database): Promise<Rating[]> {
  return db.select().from(ratings).orderBy(asc(ratings.position), asc(ratings.id));
}

/** A rating named by its label (any case) or its id, as forms and API clients give it. */
export async function findRating(db: Database, labelOrId: string): Promise<Rating> {
  const byId = /^\d+$/.test(labelOrId) ? eq(ratings.id, Number(labelOrId)) : undefined;
  const [rating] = await db
    .select()
    .from(ratings)
    .where(byId ?? sql`lower(${ratings.label}) = lower(${labelOrId})`);
  if (rating) return rating;
  const scale = (await listRatings(db)).map((each) => each.label).join(", ");
  throw invalid(`"${labelOrId}" is not on the rating scale. Choose one of: ${scale}.`, { rating: "Choose a rating." });
}
