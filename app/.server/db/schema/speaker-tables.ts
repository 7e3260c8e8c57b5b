import { type AnyPgColumn, index, integer, jsonb, pgTable, text, timestamp, uniqueIndex } from "drizzle-orm/pg-core";

// One row per person or organisation quoted, so the same speaker is one record across articles.
// A merged speaker stays as a pointer to the one it was merged into, so old links still resolve.
export const speakers = pgTable(
  "speakers",
  {
    id: integer("id").primaryKey().generatedAlwaysAsIdentity(),
    displayName: text("display_name").notNull(),
    /** The name folded for matching (case, accents, punctuation and honorifics removed). */
    nameKey: text("name_key").notNull(),
    title: text("title"),
    party: text("party"),
    country: text("country"),
    /** Other names this speaker goes by, folded like nameKey. */
    aliasKeys: jsonb("alias_keys").$type<string[]>().notNull().default([]),
    mergedIntoId: integer("merged_into_id").references((): AnyPgColumn => speakers.id),
    createdAt: timestamp("created_at", { withTimezone: true, mode: "date" }).notNull().defaultNow(),
  },
  (table) => [
    uniqueIndex("speakers_name_key_key").on(table.nameKey),
    index("speakers_alias_keys_idx").using("gin", table.aliasKeys),
  ],
);
