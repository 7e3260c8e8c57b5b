CREATE TABLE "throttles" (
	"key" text PRIMARY KEY NOT NULL,
	"scope" text NOT NULL,
	"email" text,
	"hits" integer DEFAULT 0 NOT NULL,
	"window_started_at" timestamp with time zone DEFAULT now() NOT NULL,
	"blocked_until" timestamp with time zone
);
--> statement-breakpoint
ALTER TABLE "verdicts" ADD COLUMN "approved_record" jsonb;--> statement-breakpoint
ALTER TABLE "verdicts" ADD COLUMN "approved_record_sha256" text;--> statement-breakpoint
CREATE INDEX "throttles_email_idx" ON "throttles" USING btree ("email");--> statement-breakpoint
-- Sessions are now stored by the SHA-256 of their id: sessions stored the old way can never match
-- again, so everyone signs in once more.
DELETE FROM "sessions";
