ALTER TABLE "claims" ADD COLUMN "reference_passage" text;--> statement-breakpoint
ALTER TABLE "sources" ADD COLUMN "transcript_format" text;--> statement-breakpoint
ALTER TABLE "sources" ADD COLUMN "transcript_times" jsonb;--> statement-breakpoint
ALTER TABLE "sources" ADD COLUMN "quote_check" jsonb;--> statement-breakpoint
ALTER TABLE "sources" ADD CONSTRAINT "sources_transcript_format_check" CHECK ("sources"."transcript_format" in ('text', 'vtt', 'srt'));