-- History tables are append-only for every code path and every database user: updates, deletes
-- and truncation are refused by the database itself.
CREATE FUNCTION claimdesk_refuse_history_change() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  RAISE EXCEPTION '% is append-only: % refused', TG_TABLE_NAME, TG_OP USING ERRCODE = 'insufficient_privilege';
END
$$;
--> statement-breakpoint
CREATE TRIGGER claim_events_append_only BEFORE UPDATE OR DELETE ON claim_events FOR EACH ROW EXECUTE FUNCTION claimdesk_refuse_history_change();
--> statement-breakpoint
CREATE TRIGGER claim_events_no_truncate BEFORE TRUNCATE ON claim_events FOR EACH STATEMENT EXECUTE FUNCTION claimdesk_refuse_history_change();
--> statement-breakpoint
CREATE TRIGGER audit_events_append_only BEFORE UPDATE OR DELETE ON audit_events FOR EACH ROW EXECUTE FUNCTION claimdesk_refuse_history_change();
--> statement-breakpoint
CREATE TRIGGER audit_events_no_truncate BEFORE TRUNCATE ON audit_events FOR EACH STATEMENT EXECUTE FUNCTION claimdesk_refuse_history_change();
