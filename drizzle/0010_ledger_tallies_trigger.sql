-- Keeps ledger_tallies in step with ledger_claims whoever writes it (publication, correction, the
-- synthetic seeder): one count per speaker and rating, moved when a correction changes the rating.
CREATE FUNCTION claimdesk_ledger_tally() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF TG_OP IN ('UPDATE', 'DELETE') THEN
    UPDATE ledger_tallies SET claims = claims - 1
    WHERE speaker_id IS NOT DISTINCT FROM OLD.speaker_id AND rating_id = OLD.rating_id;
  END IF;
  IF TG_OP IN ('INSERT', 'UPDATE') THEN
    INSERT INTO ledger_tallies (speaker_id, rating_id, claims) VALUES (NEW.speaker_id, NEW.rating_id, 1)
    ON CONFLICT (speaker_id, rating_id) DO UPDATE SET claims = ledger_tallies.claims + 1;
  END IF;
  RETURN NULL;
END
$$;
--> statement-breakpoint
CREATE TRIGGER ledger_claims_tally AFTER INSERT OR DELETE OR UPDATE OF speaker_id, rating_id ON ledger_claims
FOR EACH ROW EXECUTE FUNCTION claimdesk_ledger_tally();
