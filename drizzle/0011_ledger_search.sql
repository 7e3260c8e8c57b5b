CREATE TABLE "ledger_search" (
	"claim_id" integer PRIMARY KEY NOT NULL,
	"published_at" timestamp with time zone NOT NULL,
	"rating_id" integer NOT NULL,
	"speaker_id" integer,
	"kind" text NOT NULL,
	"said_on" date,
	"outlet" text,
	"search" "tsvector" NOT NULL
);
--> statement-breakpoint
DROP INDEX "ledger_claims_rating_idx";--> statement-breakpoint
DROP INDEX "ledger_claims_kind_idx";--> statement-breakpoint
DROP INDEX "ledger_claims_outlet_idx";--> statement-breakpoint
DROP INDEX "ledger_claims_said_on_idx";--> statement-breakpoint
DROP INDEX "ledger_claims_search_idx";--> statement-breakpoint
ALTER TABLE "ledger_search" ADD CONSTRAINT "ledger_search_claim_id_ledger_claims_claim_id_fk" FOREIGN KEY ("claim_id") REFERENCES "public"."ledger_claims"("claim_id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "ledger_search_published_idx" ON "ledger_search" USING btree ("published_at","claim_id");--> statement-breakpoint
CREATE INDEX "ledger_search_rating_idx" ON "ledger_search" USING btree ("rating_id","published_at","claim_id");--> statement-breakpoint
CREATE INDEX "ledger_search_speaker_idx" ON "ledger_search" USING btree ("speaker_id","published_at","claim_id");--> statement-breakpoint
CREATE INDEX "ledger_search_kind_idx" ON "ledger_search" USING btree ("kind","published_at","claim_id");--> statement-breakpoint
CREATE INDEX "ledger_search_outlet_idx" ON "ledger_search" USING btree ("outlet","published_at","claim_id");--> statement-breakpoint
CREATE INDEX "ledger_search_said_on_idx" ON "ledger_search" USING btree ("said_on");--> statement-breakpoint
CREATE INDEX "ledger_search_search_idx" ON "ledger_search" USING gin ("search");--> statement-breakpoint
ALTER TABLE "ledger_claims" DROP COLUMN "search";