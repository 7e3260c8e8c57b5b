import { bigint, index, integer, pgTable, text, timestamp, uniqueIndex } from "drizzle-orm/pg-core";
import { claims } from "./claim-tables";

// The tamper-evident record of what was published: each publication or correction appends an entry
// whose hash covers the canonical text of what readers saw and the previous entry's hash. The
// canonical text is stored as text (not jsonb) because it is exactly what was hashed.
export const ledgerEntries = pgTable(
  "ledger_entries",
  {
    id: bigint("id", { mode: "number" }).primaryKey().generatedAlwaysAsIdentity(),
    claimId: integer("claim_id")
      .notNull()
      .references(() => claims.id),
    /** "publication" for a claim's first verdict, "correction" for each republished one. */
    kind: text("kind").notNull(),
    canonical: text("canonical").notNull(),
    previousHash: text("previous_hash").notNull(),
    hash: text("hash").notNull(),
    recordedAt: timestamp("recorded_at", { withTimezone: true, mode: "date" }).notNull().defaultNow(),
  },
  (table) => [
    uniqueIndex("ledger_entries_hash_key").on(table.hash),
    index("ledger_entries_claim_idx").on(table.claimId),
  ],
);
