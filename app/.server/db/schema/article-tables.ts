import { date, integer, pgTable, text, timestamp, uniqueIndex } from "drizzle-orm/pg-core";
import { users } from "./user-tables";

export const articles = pgTable(
  "articles",
  {
    id: integer("id").primaryKey().generatedAlwaysAsIdentity(),
    title: text("title").notNull(),
    url: text("url"),
    outlet: text("outlet"),
    byline: text("byline"),
    publishedOn: date("published_on", { mode: "string" }),
    body: text("body").notNull(),
    // The same text imported twice is one article: the hash makes the check exact and race-free.
    bodySha256: text("body_sha256").notNull(),
    /** Bumped by every edit, so two people editing the same article cannot overwrite each other. */
    version: integer("version").notNull().default(1),
    createdBy: text("created_by").references(() => users.id),
    createdAt: timestamp("created_at", { withTimezone: true, mode: "date" }).notNull().defaultNow(),
    updatedAt: timestamp("updated_at", { withTimezone: true, mode: "date" }).notNull().defaultNow(),
  },
  (table) => [uniqueIndex("articles_body_sha256_key").on(table.bodySha256)],
);
