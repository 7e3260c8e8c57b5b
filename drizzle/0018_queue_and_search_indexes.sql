CREATE TABLE "claim_state_counts" (
	"state" text PRIMARY KEY NOT NULL,
	"claims" integer NOT NULL
);
--> statement-breakpoint
DROP INDEX "claims_state_idx";--> statement-breakpoint
ALTER TABLE "claims" ADD COLUMN "state_changed_at" timestamp with time zone DEFAULT now() NOT NULL;--> statement-breakpoint
CREATE INDEX "claims_created_idx" ON "claims" USING btree ("created_at","id");--> statement-breakpoint
CREATE INDEX "claims_state_changed_idx" ON "claims" USING btree ("state_changed_at","id");--> statement-breakpoint
CREATE INDEX "claims_due_idx" ON "claims" USING btree (coalesce("due_on", '9999-12-31'::date),"id");--> statement-breakpoint
CREATE INDEX "claims_open_created_idx" ON "claims" USING btree ("created_at","id") WHERE "claims"."state" in ('candidate', 'researching', 'in_review', 'approved');--> statement-breakpoint
CREATE INDEX "claims_open_state_changed_idx" ON "claims" USING btree ("state_changed_at","id") WHERE "claims"."state" in ('candidate', 'researching', 'in_review', 'approved');--> statement-breakpoint
CREATE INDEX "claims_open_due_idx" ON "claims" USING btree (coalesce("due_on", '9999-12-31'::date),"id") WHERE "claims"."state" in ('candidate', 'researching', 'in_review', 'approved');--> statement-breakpoint
CREATE INDEX "claims_open_speaker_idx" ON "claims" USING btree ("speaker_id") WHERE "claims"."state" in ('researching', 'in_review', 'approved');--> statement-breakpoint
CREATE INDEX "claims_open_article_idx" ON "claims" USING btree ("article_id") WHERE "claims"."state" in ('researching', 'in_review', 'approved');--> statement-breakpoint
CREATE INDEX "claims_state_idx" ON "claims" USING btree ("state","created_at","id");--> statement-breakpoint
-- Searches never scan a pending list of recent insertions (publications are few); what is pending is merged now.
ALTER INDEX "ledger_search_search_idx" SET (fastupdate = off);--> statement-breakpoint
SELECT gin_clean_pending_list('ledger_search_search_idx');--> statement-breakpoint
-- When each claim entered its current state: its latest change of state, or its creation; kept by a
-- trigger from now on (claim_events' times are the transaction's, as now() is).
UPDATE claims SET state_changed_at = coalesce(changed.at, claim.created_at)
FROM claims AS claim
LEFT JOIN (SELECT claim_id, max(created_at) AS at FROM claim_events WHERE to_state IS NOT NULL GROUP BY claim_id) AS changed
  ON changed.claim_id = claim.id
WHERE claim.id = claims.id;--> statement-breakpoint
CREATE FUNCTION claimdesk_claim_state_changed() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  NEW.state_changed_at := now();
  RETURN NEW;
END
$$;--> statement-breakpoint
CREATE TRIGGER claims_state_changed BEFORE UPDATE OF state ON claims
FOR EACH ROW WHEN (OLD.state IS DISTINCT FROM NEW.state) EXECUTE FUNCTION claimdesk_claim_state_changed();--> statement-breakpoint
-- Claims per state for the queue, kept by whoever writes claims. Moved at commit (deferred), in one
-- UPDATE of both rows, so concurrent changes of state hold a count's row only for an instant and
-- always lock rows in the same order.
INSERT INTO claim_state_counts (state, claims)
SELECT state, count(*)::int FROM claims GROUP BY state;--> statement-breakpoint
CREATE FUNCTION claimdesk_claim_state_count() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF TG_OP IN ('INSERT', 'UPDATE') THEN
    INSERT INTO claim_state_counts (state, claims) VALUES (NEW.state, 0) ON CONFLICT (state) DO NOTHING;
  END IF;
  UPDATE claim_state_counts
  SET claims = claims + (state IS NOT DISTINCT FROM NEW.state)::int - (state IS NOT DISTINCT FROM OLD.state)::int
  WHERE state IN (OLD.state, NEW.state);
  RETURN NULL;
END
$$;--> statement-breakpoint
CREATE CONSTRAINT TRIGGER claims_state_count AFTER INSERT OR DELETE OR UPDATE OF state ON claims
DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION claimdesk_claim_state_count();--> statement-breakpoint
-- Every instance drops its cached public pages when what they show changes, whoever wrote it:
-- NOTIFY is sent at commit, once per transaction.
CREATE FUNCTION claimdesk_ledger_changed() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  PERFORM pg_notify('claimdesk_ledger', '');
  RETURN NULL;
END
$$;--> statement-breakpoint
CREATE TRIGGER ledger_claims_changed AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON ledger_claims
FOR EACH STATEMENT EXECUTE FUNCTION claimdesk_ledger_changed();--> statement-breakpoint
CREATE TRIGGER ledger_entries_changed AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON ledger_entries
FOR EACH STATEMENT EXECUTE FUNCTION claimdesk_ledger_changed();--> statement-breakpoint
CREATE TRIGGER ratings_changed AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON ratings
FOR EACH STATEMENT EXECUTE FUNCTION claimdesk_ledger_changed();