CREATE TABLE "api_tokens" (
	"id" text PRIMARY KEY NOT NULL,
	"user_id" text NOT NULL,
	"name" text NOT NULL,
	"token_sha256" text NOT NULL,
	"created_by_id" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"last_used_at" timestamp with time zone,
	"revoked_at" timestamp with time zone
);
--> statement-breakpoint
CREATE TABLE "ratings" (
	"id" integer PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "ratings_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 2147483647 START WITH 1 CACHE 1),
	"label" text NOT NULL,
	"description" text DEFAULT '' NOT NULL,
	"colour" text NOT NULL,
	"position" integer NOT NULL,
	"scored" boolean DEFAULT true NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "ratings_colour_check" CHECK ("ratings"."colour" ~ '^#[0-9a-f]{6}$')
);
--> statement-breakpoint
CREATE TABLE "comments" (
	"id" integer PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "comments_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 2147483647 START WITH 1 CACHE 1),
	"claim_id" integer NOT NULL,
	"author_id" text NOT NULL,
	"body" text NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "sources" (
	"id" integer PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "sources_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 2147483647 START WITH 1 CACHE 1),
	"claim_id" integer NOT NULL,
	"url" text NOT NULL,
	"title" text NOT NULL,
	"publisher" text,
	"kind" text DEFAULT 'other' NOT NULL,
	"passage" text,
	"accessed_on" date,
	"archive_url" text,
	"added_by_id" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	"capture_status" text DEFAULT 'pending' NOT NULL,
	"capture_error" text,
	"captured_at" timestamp with time zone,
	"captured_title" text,
	"captured_text" text,
	"captured_sha256" text,
	"recheck_status" text,
	"recheck_note" text,
	"rechecked_at" timestamp with time zone,
	CONSTRAINT "sources_kind_check" CHECK ("sources"."kind" in ('primary', 'official_data', 'expert', 'news', 'other')),
	CONSTRAINT "sources_capture_status_check" CHECK ("sources"."capture_status" in ('pending', 'captured', 'failed')),
	CONSTRAINT "sources_recheck_status_check" CHECK ("sources"."recheck_status" in ('unchanged', 'changed', 'gone'))
);
--> statement-breakpoint
CREATE TABLE "verdicts" (
	"id" integer PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "verdicts_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 2147483647 START WITH 1 CACHE 1),
	"claim_id" integer NOT NULL,
	"number" integer NOT NULL,
	"rating_id" integer NOT NULL,
	"summary" text NOT NULL,
	"rationale" text DEFAULT '' NOT NULL,
	"author_id" text NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"approved_by_id" text,
	"approved_at" timestamp with time zone,
	"published_at" timestamp with time zone,
	"correction_note" text,
	CONSTRAINT "verdicts_summary_length_check" CHECK (char_length("verdicts"."summary") between 1 and 280)
);
--> statement-breakpoint
ALTER TABLE "claims" ADD COLUMN "due_on" date;--> statement-breakpoint
ALTER TABLE "claims" ADD COLUMN "reference_value" double precision;--> statement-breakpoint
ALTER TABLE "claims" ADD COLUMN "reference_unit" text;--> statement-breakpoint
ALTER TABLE "claims" ADD COLUMN "reference_as_of" date;--> statement-breakpoint
ALTER TABLE "claims" ADD COLUMN "reference_source_id" integer;--> statement-breakpoint
ALTER TABLE "claims" ADD COLUMN "published_verdict_id" integer;--> statement-breakpoint
ALTER TABLE "claims" ADD COLUMN "first_published_at" timestamp with time zone;--> statement-breakpoint
ALTER TABLE "api_tokens" ADD CONSTRAINT "api_tokens_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "api_tokens" ADD CONSTRAINT "api_tokens_created_by_id_users_id_fk" FOREIGN KEY ("created_by_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "comments" ADD CONSTRAINT "comments_claim_id_claims_id_fk" FOREIGN KEY ("claim_id") REFERENCES "public"."claims"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "comments" ADD CONSTRAINT "comments_author_id_users_id_fk" FOREIGN KEY ("author_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "sources" ADD CONSTRAINT "sources_claim_id_claims_id_fk" FOREIGN KEY ("claim_id") REFERENCES "public"."claims"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "sources" ADD CONSTRAINT "sources_added_by_id_users_id_fk" FOREIGN KEY ("added_by_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "verdicts" ADD CONSTRAINT "verdicts_claim_id_claims_id_fk" FOREIGN KEY ("claim_id") REFERENCES "public"."claims"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "verdicts" ADD CONSTRAINT "verdicts_rating_id_ratings_id_fk" FOREIGN KEY ("rating_id") REFERENCES "public"."ratings"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "verdicts" ADD CONSTRAINT "verdicts_author_id_users_id_fk" FOREIGN KEY ("author_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "verdicts" ADD CONSTRAINT "verdicts_approved_by_id_users_id_fk" FOREIGN KEY ("approved_by_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "api_tokens_token_sha256_key" ON "api_tokens" USING btree ("token_sha256");--> statement-breakpoint
CREATE INDEX "api_tokens_user_idx" ON "api_tokens" USING btree ("user_id");--> statement-breakpoint
CREATE UNIQUE INDEX "ratings_label_lower_key" ON "ratings" USING btree (lower("label"));--> statement-breakpoint
CREATE INDEX "comments_claim_idx" ON "comments" USING btree ("claim_id","id");--> statement-breakpoint
CREATE INDEX "sources_claim_idx" ON "sources" USING btree ("claim_id","id");--> statement-breakpoint
CREATE UNIQUE INDEX "verdicts_claim_number_key" ON "verdicts" USING btree ("claim_id","number");--> statement-breakpoint
ALTER TABLE "claims" ADD CONSTRAINT "claims_reference_source_id_sources_id_fk" FOREIGN KEY ("reference_source_id") REFERENCES "public"."sources"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "claims" ADD CONSTRAINT "claims_published_verdict_id_verdicts_id_fk" FOREIGN KEY ("published_verdict_id") REFERENCES "public"."verdicts"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "claims_assignee_idx" ON "claims" USING btree ("assignee_id","state");--> statement-breakpoint
INSERT INTO "ratings" ("label", "description", "colour", "position", "scored") VALUES
	('True', 'The claim is accurate and nothing significant is missing.', '#1a7f37', 1, true),
	('Mostly true', 'The claim is accurate but needs clarification or additional information.', '#4d7c0f', 2, true),
	('Half true', 'The claim is partially accurate but leaves out important details or takes things out of context.', '#a16207', 3, true),
	('Misleading', 'The claim contains some truth but gives a false impression.', '#c2410c', 4, true),
	('Mostly false', 'The claim contains an element of truth but ignores critical facts.', '#b91c1c', 5, true),
	('False', 'The claim is not accurate.', '#7f1d1d', 6, true),
	('Unproven', 'The evidence available can neither prove nor disprove the claim.', '#4b5563', 7, false);
