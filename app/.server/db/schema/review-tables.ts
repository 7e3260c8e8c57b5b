import { sql } from "drizzle-orm";
import { check, date, index, integer, jsonb, pgTable, text, timestamp, uniqueIndex } from "drizzle-orm/pg-core";
import type { QuoteCheck } from "~/domain/quote-fidelity/check";
import { CAPTURE_STATUSES, RECHECK_STATUSES, SOURCE_KINDS, TRANSCRIPT_FORMATS } from "~/domain/sources";
import { claims } from "./claim-tables";
import { ratings } from "./rating-tables";
import { oneOf } from "./sql-enum";
import { users } from "./user-tables";

// Every saved verdict is a new row: earlier versions are kept, and the approved and published ones
// say who approved them and when.
export const verdicts = pgTable(
  "verdicts",
  {
    id: integer("id").primaryKey().generatedAlwaysAsIdentity(),
    claimId: integer("claim_id")
      .notNull()
      .references(() => claims.id),
    /** 1 for a claim's first verdict, 2 for the next... */
    number: integer("number").notNull(),
    ratingId: integer("rating_id")
      .notNull()
      .references(() => ratings.id),
    summary: text("summary").notNull(),
    /** Markdown, rendered sanitised. */
    rationale: text("rationale").notNull().default(""),
    authorId: text("author_id")
      .notNull()
      .references(() => users.id),
    createdAt: timestamp("created_at", { withTimezone: true, mode: "date" }).notNull().defaultNow(),
    approvedById: text("approved_by_id").references(() => users.id),
    approvedAt: timestamp("approved_at", { withTimezone: true, mode: "date" }),
    /** The claim's public record as the approving editor saw it, and its SHA-256: publishing
     *  rebuilds the record and goes ahead only when the hash is unchanged. */
    approvedRecord: jsonb("approved_record").$type<Record<string, unknown>>(),
    approvedRecordSha256: text("approved_record_sha256"),
    publishedAt: timestamp("published_at", { withTimezone: true, mode: "date" }),
    /** For a republished verdict: what was corrected, shown to readers. */
    correctionNote: text("correction_note"),
  },
  (table) => [
    uniqueIndex("verdicts_claim_number_key").on(table.claimId, table.number),
    check("verdicts_summary_length_check", sql`char_length(${table.summary}) between 1 and 280`),
  ],
);

export const sources = pgTable(
  "sources",
  {
    id: integer("id").primaryKey().generatedAlwaysAsIdentity(),
    claimId: integer("claim_id")
      .notNull()
      .references(() => claims.id),
    url: text("url").notNull(),
    title: text("title").notNull(),
    publisher: text("publisher"),
    kind: text("kind", { enum: SOURCE_KINDS }).notNull().default("other"),
    /** The passage the verdict relies on. */
    passage: text("passage"),
    accessedOn: date("accessed_on", { mode: "string" }),
    archiveUrl: text("archive_url"),
    addedById: text("added_by_id").references(() => users.id),
    createdAt: timestamp("created_at", { withTimezone: true, mode: "date" }).notNull().defaultNow(),
    updatedAt: timestamp("updated_at", { withTimezone: true, mode: "date" }).notNull().defaultNow(),
    // The page as it was when the source was added, so a verdict never rests on a page that has
    // silently changed or gone.
    captureStatus: text("capture_status", { enum: CAPTURE_STATUSES }).notNull().default("pending"),
    captureError: text("capture_error"),
    capturedAt: timestamp("captured_at", { withTimezone: true, mode: "date" }),
    capturedTitle: text("captured_title"),
    capturedText: text("captured_text"),
    capturedSha256: text("captured_sha256"),
    recheckStatus: text("recheck_status", { enum: RECHECK_STATUSES }),
    recheckNote: text("recheck_note"),
    recheckedAt: timestamp("rechecked_at", { withTimezone: true, mode: "date" }),
    /** Set for a transcript: its text is `capturedText`, given by the checker rather than fetched. */
    transcriptFormat: text("transcript_format", { enum: TRANSCRIPT_FORMATS }),
    /** For timed captions: where in `capturedText` each cue starts and its time, to date a passage. */
    transcriptTimes: jsonb("transcript_times").$type<{ at: number; time: string }[]>(),
    /** For a quote claim: the passage of this source the quote was found in, and how faithful it is. */
    quoteCheck: jsonb("quote_check").$type<QuoteCheck>(),
  },
  (table) => [
    index("sources_claim_idx").on(table.claimId, table.id),
    check("sources_kind_check", oneOf(table.kind, SOURCE_KINDS)),
    check("sources_capture_status_check", oneOf(table.captureStatus, CAPTURE_STATUSES)),
    check("sources_recheck_status_check", oneOf(table.recheckStatus, RECHECK_STATUSES)),
    check("sources_transcript_format_check", oneOf(table.transcriptFormat, TRANSCRIPT_FORMATS)),
  ],
);

// Internal discussion between checker and editor; never shown on the public ledger.
export const comments = pgTable(
  "comments",
  {
    id: integer("id").primaryKey().generatedAlwaysAsIdentity(),
    claimId: integer("claim_id")
      .notNull()
      .references(() => claims.id),
    authorId: text("author_id")
      .notNull()
      .references(() => users.id),
    body: text("body").notNull(),
    createdAt: timestamp("created_at", { withTimezone: true, mode: "date" }).notNull().defaultNow(),
  },
  (table) => [index("comments_claim_idx").on(table.claimId, table.id)],
);
