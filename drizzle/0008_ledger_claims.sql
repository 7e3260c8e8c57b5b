CREATE TABLE "ledger_claims" (
	"claim_id" integer PRIMARY KEY NOT NULL,
	"slug" text NOT NULL,
	"rating_id" integer NOT NULL,
	"speaker_id" integer,
	"speaker_name" text,
	"kind" text NOT NULL,
	"said_on" date,
	"outlet" text,
	"published_at" timestamp with time zone NOT NULL,
	"first_published_at" timestamp with time zone NOT NULL,
	"under_review" boolean DEFAULT false NOT NULL,
	"document" jsonb NOT NULL,
	"search" "tsvector" GENERATED ALWAYS AS (setweight(to_tsvector('english', coalesce(document ->> 'text', '')), 'A') || setweight(to_tsvector('english', coalesce(speaker_name, '')), 'A') || setweight(to_tsvector('english', coalesce(document #>> '{verdict,summary}', '')), 'B') || setweight(to_tsvector('english', coalesce(document #>> '{verdict,rationale}', '')), 'C')) STORED NOT NULL
);
--> statement-breakpoint
ALTER TABLE "ledger_claims" ADD CONSTRAINT "ledger_claims_claim_id_claims_id_fk" FOREIGN KEY ("claim_id") REFERENCES "public"."claims"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "ledger_claims" ADD CONSTRAINT "ledger_claims_rating_id_ratings_id_fk" FOREIGN KEY ("rating_id") REFERENCES "public"."ratings"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "ledger_claims" ADD CONSTRAINT "ledger_claims_speaker_id_speakers_id_fk" FOREIGN KEY ("speaker_id") REFERENCES "public"."speakers"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "ledger_claims_slug_key" ON "ledger_claims" USING btree ("slug");--> statement-breakpoint
CREATE INDEX "ledger_claims_published_idx" ON "ledger_claims" USING btree ("published_at","claim_id");--> statement-breakpoint
CREATE INDEX "ledger_claims_rating_idx" ON "ledger_claims" USING btree ("rating_id","published_at","claim_id");--> statement-breakpoint
CREATE INDEX "ledger_claims_speaker_idx" ON "ledger_claims" USING btree ("speaker_id","published_at","claim_id");--> statement-breakpoint
CREATE INDEX "ledger_claims_kind_idx" ON "ledger_claims" USING btree ("kind","published_at","claim_id");--> statement-breakpoint
CREATE INDEX "ledger_claims_outlet_idx" ON "ledger_claims" USING btree ("outlet","published_at","claim_id");--> statement-breakpoint
CREATE INDEX "ledger_claims_said_on_idx" ON "ledger_claims" USING btree ("said_on");--> statement-breakpoint
CREATE INDEX "ledger_claims_search_idx" ON "ledger_claims" USING gin ("search");