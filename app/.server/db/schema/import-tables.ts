import { bigint, check, index, integer, pgTable, text, timestamp } from "drizzle-orm/pg-core";
import { IMPORT_FORMATS } from "~/domain/bulk-import/formats";
import { articles } from "./article-tables";
import { oneOf } from "./sql-enum";
import { users } from "./user-tables";

export const IMPORT_STATUSES = ["queued", "running", "done", "failed"] as const;

// A bulk import runs in the background; its progress lives here so the page can show it after a
// reload and a restarted server can carry on from the last row it finished.
export const importJobs = pgTable(
  "import_jobs",
  {
    id: integer("id").primaryKey().generatedAlwaysAsIdentity(),
    createdBy: text("created_by")
      .notNull()
      .references(() => users.id),
    fileName: text("file_name").notNull(),
    format: text("format", { enum: IMPORT_FORMATS }).notNull(),
    status: text("status", { enum: IMPORT_STATUSES }).notNull().default("queued"),
    /** The uploaded file, kept until the job is done. */
    payload: text("payload"),
    total: integer("total").notNull().default(0),
    processed: integer("processed").notNull().default(0),
    imported: integer("imported").notNull().default(0),
    duplicates: integer("duplicates").notNull().default(0),
    failed: integer("failed").notNull().default(0),
    /** Why the whole job stopped, when it did. */
    failure: text("failure"),
    createdAt: timestamp("created_at", { withTimezone: true, mode: "date" }).notNull().defaultNow(),
    startedAt: timestamp("started_at", { withTimezone: true, mode: "date" }),
    finishedAt: timestamp("finished_at", { withTimezone: true, mode: "date" }),
    /** Renewed while a server works on the job; a stale one lets another server take it over. */
    heartbeatAt: timestamp("heartbeat_at", { withTimezone: true, mode: "date" }),
  },
  (table) => [
    check("import_jobs_format_check", oneOf(table.format, IMPORT_FORMATS)),
    check("import_jobs_status_check", oneOf(table.status, IMPORT_STATUSES)),
    index("import_jobs_status_idx").on(table.status),
  ],
);

export const IMPORT_PROBLEM_KINDS = ["error", "duplicate"] as const;

/** One row per input line that was not imported: an error with its reason, or a duplicate. */
export const importProblems = pgTable(
  "import_problems",
  {
    id: bigint("id", { mode: "number" }).primaryKey().generatedAlwaysAsIdentity(),
    jobId: integer("job_id")
      .notNull()
      .references(() => importJobs.id),
    line: integer("line").notNull(),
    kind: text("kind", { enum: IMPORT_PROBLEM_KINDS }).notNull(),
    message: text("message").notNull(),
    /** For a duplicate: the article already holding that text. */
    articleId: integer("article_id").references(() => articles.id),
  },
  (table) => [
    check("import_problems_kind_check", oneOf(table.kind, IMPORT_PROBLEM_KINDS)),
    index("import_problems_job_idx").on(table.jobId, table.line),
  ],
);
