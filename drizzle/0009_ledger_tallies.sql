CREATE TABLE "ledger_tallies" (
	"speaker_id" integer,
	"rating_id" integer NOT NULL,
	"claims" integer NOT NULL,
	CONSTRAINT "ledger_tallies_speaker_rating_key" UNIQUE NULLS NOT DISTINCT("speaker_id","rating_id")
);
