-- Keeps ledger_search in step with ledger_claims whoever writes it: the same keys, and the words
-- readers search, weighted claim text and speaker (A), verdict summary (B), rationale (C).
CREATE FUNCTION claimdesk_ledger_search_vector(claim ledger_claims) RETURNS tsvector LANGUAGE sql IMMUTABLE AS $$
  SELECT setweight(to_tsvector('english', coalesce(claim.document ->> 'text', '')), 'A')
      || setweight(to_tsvector('english', coalesce(claim.speaker_name, '')), 'A')
      || setweight(to_tsvector('english', coalesce(claim.document #>> '{verdict,summary}', '')), 'B')
      || setweight(to_tsvector('english', coalesce(claim.document #>> '{verdict,rationale}', '')), 'C')
$$;
--> statement-breakpoint
CREATE FUNCTION claimdesk_ledger_search() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  INSERT INTO ledger_search (claim_id, published_at, rating_id, speaker_id, kind, said_on, outlet, search)
  VALUES (NEW.claim_id, NEW.published_at, NEW.rating_id, NEW.speaker_id, NEW.kind, NEW.said_on, NEW.outlet,
          claimdesk_ledger_search_vector(NEW))
  ON CONFLICT (claim_id) DO UPDATE SET
    published_at = EXCLUDED.published_at, rating_id = EXCLUDED.rating_id, speaker_id = EXCLUDED.speaker_id,
    kind = EXCLUDED.kind, said_on = EXCLUDED.said_on, outlet = EXCLUDED.outlet, search = EXCLUDED.search;
  RETURN NULL;
END
$$;
--> statement-breakpoint
CREATE TRIGGER ledger_claims_search AFTER INSERT OR UPDATE OF published_at, rating_id, speaker_id, speaker_name, kind, said_on, outlet, document
ON ledger_claims FOR EACH ROW EXECUTE FUNCTION claimdesk_ledger_search();
--> statement-breakpoint
INSERT INTO ledger_search (claim_id, published_at, rating_id, speaker_id, kind, said_on, outlet, search)
SELECT claim_id, published_at, rating_id, speaker_id, kind, said_on, outlet, claimdesk_ledger_search_vector(ledger_claims)
FROM ledger_claims;
