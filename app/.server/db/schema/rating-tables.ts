import { sql } from "drizzle-orm";
import { boolean, check, integer, pgTable, text, timestamp, uniqueIndex } from "drizzle-orm/pg-core";

// The newsroom's verdict scale. It lives in the database so an admin can rename, recolour, add and
// reorder ratings; the migration seeds the default scale.
export const ratings = pgTable(
  "ratings",
  {
    id: integer("id").primaryKey().generatedAlwaysAsIdentity(),
    label: text("label").notNull(),
    description: text("description").notNull().default(""),
    /** A CSS colour as #rrggbb, for the verdict badge. */
    colour: text("colour").notNull(),
    /** Display order, best first. */
    position: integer("position").notNull(),
    /** False for ratings outside the true-to-false order (such as "Unproven"): they get no score. */
    scored: boolean("scored").notNull().default(true),
    createdAt: timestamp("created_at", { withTimezone: true, mode: "date" }).notNull().defaultNow(),
  },
  (table) => [
    uniqueIndex("ratings_label_lower_key").on(sql`lower(${table.label})`),
    check("ratings_colour_check", sql`${table.colour} ~ '^#[0-9a-f]{6}$'`),
  ],
);
