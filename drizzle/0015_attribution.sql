ALTER TABLE "claims" ADD COLUMN "attribution_rule" text;--> statement-breakpoint
ALTER TABLE "claims" ADD COLUMN "attribution_confidence" text;--> statement-breakpoint
ALTER TABLE "claims" ADD COLUMN "antecedent_start" integer;--> statement-breakpoint
ALTER TABLE "claims" ADD COLUMN "antecedent_end" integer;--> statement-breakpoint
ALTER TABLE "claims" ADD COLUMN "speaker_description" text;--> statement-breakpoint
ALTER TABLE "claims" ADD COLUMN "speaker_checked_by" text;--> statement-breakpoint
ALTER TABLE "claims" ADD CONSTRAINT "claims_speaker_checked_by_users_id_fk" FOREIGN KEY ("speaker_checked_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "claims" ADD CONSTRAINT "claims_attribution_confidence_check" CHECK ("claims"."attribution_confidence" in ('high', 'medium', 'low'));