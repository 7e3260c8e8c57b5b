import { type SQL, sql } from "drizzle-orm";
import {
  type AnyPgColumn,
  bigint,
  boolean,
  check,
  date,
  doublePrecision,
  index,
  integer,
  jsonb,
  pgTable,
  text,
  timestamp,
} from "drizzle-orm/pg-core";
import { CLAIM_KINDS, CLAIM_STATES } from "~/domain/claim-states";
import { type AttributionRule, CONFIDENCES } from "~/domain/extraction/types";
import { articles } from "./article-tables";
import { sources, verdicts } from "./review-tables";
import { speakers } from "./speaker-tables";
import { oneOf } from "./sql-enum";
import { users } from "./user-tables";

/** What a numeric claim counts, by the head word of its unit ("North Korean soldiers" → "soldier",
 *  "percent", "usd"): the key "said before" compares figures on, indexed below. */
export const countedHead = (unit: SQL | AnyPgColumn) =>
  sql`regexp_replace(lower(substring(${unit} from '([[:alnum:]]+)$')), 's$', '')`;

/** Claims with work still to do (the queue's OPEN_STATES) and, of those, the accepted ones (its
 *  drop-downs list only their speakers and articles). */
const OPEN = sql.raw("('candidate', 'researching', 'in_review', 'approved')");
const OPEN_WORK = sql.raw("('researching', 'in_review', 'approved')");
/** The queue's due-date order: a claim without a due date after every dated one. */
export const dueKey = (dueOn: SQL | AnyPgColumn) => sql`coalesce(${dueOn}, '9999-12-31'::date)`;

export const claims = pgTable(
  "claims",
  {
    id: integer("id").primaryKey().generatedAlwaysAsIdentity(),
    articleId: integer("article_id")
      .notNull()
      .references(() => articles.id),
    kind: text("kind", { enum: CLAIM_KINDS }).notNull(),
    text: text("text").notNull(),
    /** JavaScript string offsets into the article body, end exclusive. */
    startOffset: integer("start_offset").notNull(),
    endOffset: integer("end_offset").notNull(),
    /** Set when an edit of the article removed these words: the claim keeps its text but no place. */
    anchorLost: boolean("anchor_lost").notNull().default(false),
    speakerId: integer("speaker_id").references(() => speakers.id),
    speakerTitle: text("speaker_title"),
    /** Where the attribution is written (the speaker's mention and the cue such as "said"). */
    speakerStart: integer("speaker_start"),
    speakerEnd: integer("speaker_end"),
    cueStart: integer("cue_start"),
    cueEnd: integer("cue_end"),
    /** How extraction found the speaker: the sieve rule, how sure it is, and, for a pronoun, bare surname or
     *  description, where the name it was resolved to is written. Null for claims made by hand. */
    // Not constrained in SQL: the sieve may gain rules without a migration.
    attributionRule: text("attribution_rule").$type<AttributionRule>(),
    attributionConfidence: text("attribution_confidence", { enum: CONFIDENCES }),
    antecedentStart: integer("antecedent_start"),
    antecedentEnd: integer("antecedent_end"),
    /** The words of the source when they describe rather than name someone ("critics"): not a speaker. */
    speakerDescription: text("speaker_description"),
    /** Who last confirmed or set the speaker by hand: a checked speaker no longer asks to be checked. */
    speakerCheckedBy: text("speaker_checked_by").references(() => users.id),
    value: doublePrecision("value"),
    unit: text("unit"),
    qualifier: text("qualifier"),
    sentence: text("sentence"),
    state: text("state", { enum: CLAIM_STATES }).notNull().default("candidate"),
    /** Bumped by every change: a change made against an older version is refused, not lost. */
    version: integer("version").notNull().default(1),
    assigneeId: text("assignee_id").references(() => users.id),
    /** The day the research should be finished by. */
    dueOn: date("due_on", { mode: "string" }),
    // For a numeric claim: the figure the claim is checked against.
    referenceValue: doublePrecision("reference_value"),
    referenceUnit: text("reference_unit"),
    referenceAsOf: date("reference_as_of", { mode: "string" }),
    /** The sentence of the reference source the figure was taken from, kept as the evidence. */
    referencePassage: text("reference_passage"),
    referenceSourceId: integer("reference_source_id").references((): AnyPgColumn => sources.id, {
      onDelete: "set null",
    }),
    /** The verdict readers see; kept while a correction is researched, until the corrected one is published. */
    publishedVerdictId: integer("published_verdict_id").references((): AnyPgColumn => verdicts.id),
    firstPublishedAt: timestamp("first_published_at", { withTimezone: true, mode: "date" }),
    repeatOfId: integer("repeat_of_id").references((): AnyPgColumn => claims.id),
    /** Who made the claim by hand; null when extraction proposed it. */
    createdBy: text("created_by").references(() => users.id),
    createdAt: timestamp("created_at", { withTimezone: true, mode: "date" }).notNull().defaultNow(),
    updatedAt: timestamp("updated_at", { withTimezone: true, mode: "date" }).notNull().defaultNow(),
    /** When the claim entered its current state (set by a trigger on every change of state): the
     *  queue's "longest in its state" order, read from an index. */
    stateChangedAt: timestamp("state_changed_at", { withTimezone: true, mode: "date" }).notNull().defaultNow(),
  },
  (table) => [
    check("claims_kind_check", oneOf(table.kind, CLAIM_KINDS)),
    check("claims_state_check", oneOf(table.state, CLAIM_STATES)),
    check("claims_attribution_confidence_check", oneOf(table.attributionConfidence, CONFIDENCES)),
    check("claims_offsets_check", sql`0 <= ${table.startOffset} and ${table.startOffset} <= ${table.endOffset}`),
    index("claims_article_idx").on(table.articleId, table.startOffset),
    index("claims_speaker_idx").on(table.speakerId),
    // The queue's orders, each with the claim id as tie-breaker (keyset pages): over every claim and
    // per state for "All claims", and over open claims only for the tabs of open work, so that a
    // tab never walks the published archive to find its rows.
    index("claims_state_idx").on(table.state, table.createdAt, table.id),
    index("claims_created_idx").on(table.createdAt, table.id),
    index("claims_state_changed_idx").on(table.stateChangedAt, table.id),
    index("claims_due_idx").on(dueKey(table.dueOn), table.id),
    index("claims_open_created_idx").on(table.createdAt, table.id).where(sql`${table.state} in ${OPEN}`),
    index("claims_open_state_changed_idx").on(table.stateChangedAt, table.id).where(sql`${table.state} in ${OPEN}`),
    index("claims_open_due_idx").on(dueKey(table.dueOn), table.id).where(sql`${table.state} in ${OPEN}`),
    // The queue's speaker and article choices: only those with open work past triage.
    index("claims_open_speaker_idx").on(table.speakerId).where(sql`${table.state} in ${OPEN_WORK}`),
    index("claims_open_article_idx").on(table.articleId).where(sql`${table.state} in ${OPEN_WORK}`),
    index("claims_assignee_idx").on(table.assigneeId, table.state),
    index("claims_repeat_of_idx").on(table.repeatOfId),
    index("claims_text_trgm_idx").using("gin", sql`${table.text} gin_trgm_ops`),
    index("claims_figure_idx").on(countedHead(table.unit), table.value).where(sql`${table.kind} = 'numeric'`),
  ],
);

// Append-only: a database trigger refuses UPDATE and DELETE (see the migration), so the history
// of a claim cannot be rewritten by any code path.
export const claimEvents = pgTable(
  "claim_events",
  {
    id: bigint("id", { mode: "number" }).primaryKey().generatedAlwaysAsIdentity(),
    claimId: integer("claim_id")
      .notNull()
      .references(() => claims.id),
    /** Null for Claimdesk itself (extraction, re-anchoring). */
    actorId: text("actor_id").references(() => users.id),
    action: text("action").notNull(),
    fromState: text("from_state"),
    toState: text("to_state"),
    note: text("note"),
    details: jsonb("details").$type<Record<string, unknown>>().notNull().default({}),
    createdAt: timestamp("created_at", { withTimezone: true, mode: "date" }).notNull().defaultNow(),
  },
  (table) => [index("claim_events_claim_idx").on(table.claimId, table.id)],
);

// How many claims are in each state, kept by a trigger on claims (see the migration) so the queue's
// counts never count the archive.
export const claimStateCounts = pgTable("claim_state_counts", {
  state: text("state", { enum: CLAIM_STATES }).primaryKey(),
  claims: integer("claims").notNull(),
});
