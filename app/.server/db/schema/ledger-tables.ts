import { sql } from "drizzle-orm";
import {
  boolean,
  customType,
  date,
  index,
  integer,
  jsonb,
  pgTable,
  text,
  timestamp,
  unique,
  uniqueIndex,
} from "drizzle-orm/pg-core";
import { CLAIM_KINDS } from "~/domain/claim-states";
import type { PublishedDocument } from "~/domain/ledger/published-document";
import { claims } from "./claim-tables";
import { ratings } from "./rating-tables";
import { speakers } from "./speaker-tables";

const tsvector = customType<{ data: string }>({ dataType: () => "tsvector" });

// The public ledger reads only this table: one row per claim ever published, holding exactly the
// document that was hashed into the ledger chain. Nothing unpublished is ever copied here, so no
// public page can leak a draft, a comment or an assignee however it queries.
export const ledgerClaims = pgTable(
  "ledger_claims",
  {
    claimId: integer("claim_id")
      .primaryKey()
      .references(() => claims.id),
    /** `<claim id>-<first words>`: fixed at the first publication so links never break. */
    slug: text("slug").notNull(),
    ratingId: integer("rating_id")
      .notNull()
      .references(() => ratings.id),
    speakerId: integer("speaker_id").references(() => speakers.id),
    speakerName: text("speaker_name"),
    kind: text("kind", { enum: CLAIM_KINDS }).notNull(),
    /** The day the claim was said (the article's date). */
    saidOn: date("said_on", { mode: "string" }),
    outlet: text("outlet"),
    /** When the verdict readers see was published (the latest publication or correction). */
    publishedAt: timestamp("published_at", { withTimezone: true, mode: "date" }).notNull(),
    firstPublishedAt: timestamp("first_published_at", { withTimezone: true, mode: "date" }).notNull(),
    /** A correction is being researched; the published verdict stays visible meanwhile. */
    underReview: boolean("under_review").notNull().default(false),
    document: jsonb("document").$type<PublishedDocument>().notNull(),
  },
  (table) => [
    uniqueIndex("ledger_claims_slug_key").on(table.slug),
    index("ledger_claims_published_idx").on(table.publishedAt, table.claimId),
    index("ledger_claims_speaker_idx").on(table.speakerId, table.publishedAt, table.claimId),
    // The few claims under review are part of every public response's ETag: found without a scan.
    index("ledger_claims_under_review_idx").on(table.claimId).where(sql`${table.underReview}`),
  ],
);

// What the ledger's list filters, sorts and searches on, kept by a trigger on ledger_claims (see
// the migration). It is a narrow copy of ledger_claims' keys so that a search ranking tens of
// thousands of matches reads a few small pages instead of every match's whole document.
export const ledgerSearch = pgTable(
  "ledger_search",
  {
    claimId: integer("claim_id")
      .primaryKey()
      .references(() => ledgerClaims.claimId),
    publishedAt: timestamp("published_at", { withTimezone: true, mode: "date" }).notNull(),
    ratingId: integer("rating_id").notNull(),
    speakerId: integer("speaker_id"),
    kind: text("kind", { enum: CLAIM_KINDS }).notNull(),
    saidOn: date("said_on", { mode: "string" }),
    outlet: text("outlet"),
    /** Claim text and speaker (weight A), verdict summary (B), rationale (C). */
    search: tsvector("search").notNull(),
  },
  // Every list is ordered newest first with the claim id as tie-breaker (keyset pagination); each
  // filter gets an index that starts with its column and ends with that order (scanned backwards).
  (table) => [
    index("ledger_search_published_idx").on(table.publishedAt, table.claimId),
    index("ledger_search_rating_idx").on(table.ratingId, table.publishedAt, table.claimId),
    index("ledger_search_speaker_idx").on(table.speakerId, table.publishedAt, table.claimId),
    index("ledger_search_kind_idx").on(table.kind, table.publishedAt, table.claimId),
    index("ledger_search_outlet_idx").on(table.outlet, table.publishedAt, table.claimId),
    index("ledger_search_said_on_idx").on(table.saidOn),
    // No pending list: publications are few, and every search would otherwise scan the list.
    index("ledger_search_search_idx").using("gin", table.search).with({ fastupdate: false }),
  ],
);

// How many published claims each speaker has per rating, kept by a trigger on ledger_claims (see
// the migration), so the verdict charts and the top speakers never count a million rows.
export const ledgerTallies = pgTable(
  "ledger_tallies",
  {
    /** Null for claims without a known speaker. */
    speakerId: integer("speaker_id"),
    ratingId: integer("rating_id").notNull(),
    claims: integer("claims").notNull(),
  },
  (table) => [unique("ledger_tallies_speaker_rating_key").on(table.speakerId, table.ratingId).nullsNotDistinct()],
);
