import { asc, eq } from "drizzle-orm";
import { invalid, notFound } from "~/domain/errors";
import type { RatingInput, RatingMove } from "~/domain/schemas/review";
import { recordAudit } from "../audit";
import type { Database } from "../db/database-types";
import { ratings } from "../db/schema/all-tables";
import { isUniqueViolation } from "../db/sql-errors";
import type { Rating } from "./ratings";

// An administrator's changes to the rating scale. Each takes the whole scale's rows locked, so two
// admins reordering or adding at once take turns instead of giving two ratings one position.

function lockScale(tx: Database): Promise<Rating[]> {
  return tx.select().from(ratings).orderBy(asc(ratings.position), asc(ratings.id)).for("update");
}

/** Labels are unique whatever their case (ratings_label_lower_key); a clash is the admin's to fix. */
async function withUniqueLabel<Result>(label: string, change: () => Promise<Result>): Promise<Result> {
  try {
    return await change();
  } catch (error) {
    if (!isUniqueViolation(error)) throw error;
    throw invalid(`There is already a rating called “${label}”. Choose another label.`, {
      label: "This label is already on the scale.",
    });
  }
}

/** Adds a rating at the end of the scale. */
export async function addRating(db: Database, actorId: string, fields: RatingInput): Promise<Rating> {
  return withUniqueLabel(fields.label, () =>
    db.transaction(async (tx) => {
      const scale = await lockScale(tx);
      const position = Math.max(0, ...scale.map((rating) => rating.position)) + 1;
      const [rating] = await tx
        .insert(ratings)
        .values({ ...fields, position })
        .returning();
      if (!rating) throw new Error("Insert returned no rating");
      await recordAudit(tx, {
        actorId,
        action: "rating.added",
        subjectType: "rating",
        subjectId: rating.id,
        details: { ...fields, position },
      });
      return rating;
    }),
  );
}

/** Renames, recolours, redescribes a rating or moves it in or out of the scored order. */
export async function updateRating(
  db: Database,
  actorId: string,
  ratingId: number,
  fields: RatingInput,
): Promise<Rating> {
  return withUniqueLabel(fields.label, () =>
    db.transaction(async (tx) => {
      const before = (await lockScale(tx)).find((rating) => rating.id === ratingId);
      if (!before) throw notFound("That rating");
      const [rating] = await tx.update(ratings).set(fields).where(eq(ratings.id, ratingId)).returning();
      if (!rating) throw notFound("That rating");
      const changed = (Object.keys(fields) as (keyof typeof fields)[]).filter((key) => before[key] !== fields[key]);
      await recordAudit(tx, {
        actorId,
        action: "rating.updated",
        subjectType: "rating",
        subjectId: ratingId,
        details: Object.fromEntries(changed.map((key) => [key, { from: before[key], to: fields[key] }])),
      });
      return rating;
    }),
  );
}

/** Swaps a rating with its neighbour above or below; the scale is renumbered 1..n in its new order. */
export async function moveRating(db: Database, actorId: string, ratingId: number, move: RatingMove): Promise<void> {
  await db.transaction(async (tx) => {
    const scale = await lockScale(tx);
    const from = scale.findIndex((rating) => rating.id === ratingId);
    if (from === -1) throw notFound("That rating");
    const to = move === "up" ? from - 1 : from + 1;
    const moving = scale[from];
    const neighbour = scale[to];
    if (!moving || !neighbour) {
      throw invalid(`“${moving?.label}” is already ${move === "up" ? "first" : "last"} on the scale.`);
    }
    scale[to] = moving;
    scale[from] = neighbour;
    for (const [index, rating] of scale.entries()) {
      if (rating.position !== index + 1) {
        await tx
          .update(ratings)
          .set({ position: index + 1 })
          .where(eq(ratings.id, rating.id));
      }
    }
    await recordAudit(tx, {
      actorId,
      action: "rating.moved",
      subjectType: "rating",
      subjectId: ratingId,
      details: { label: moving.label, fromPlace: from + 1, toPlace: to + 1 },
    });
  });
}
