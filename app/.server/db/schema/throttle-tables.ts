import { index, integer, pgTable, text, timestamp } from "drizzle-orm/pg-core";

// Counters that slow down guessing and flooding (sign-in attempts, API token use, URL imports).
// Kept in the database so every app instance shares them and an admin can see and clear them.
export const throttles = pgTable(
  "throttles",
  {
    /** What is counted, e.g. "sign-in:<email>|<address>" or "url-import:<user id>". */
    key: text("key").primaryKey(),
    /** Which limit the counter belongs to ("sign-in", "sign-in-address", "api-token", "url-import"). */
    scope: text("scope").notNull(),
    /** The account the counter is about (lower-cased email), so an admin can find and clear it. */
    email: text("email"),
    hits: integer("hits").notNull().default(0),
    windowStartedAt: timestamp("window_started_at", { withTimezone: true, mode: "date" }).notNull().defaultNow(),
    blockedUntil: timestamp("blocked_until", { withTimezone: true, mode: "date" }),
  },
  (table) => [index("throttles_email_idx").on(table.email)],
);
