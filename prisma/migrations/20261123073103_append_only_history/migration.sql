-- Hand-written: Prisma does not model triggers (the schema diff ignores them).
-- Case history and the audit trail are append-only: a correction is a new row, never an
-- edit of an old one, and nothing can quietly remove what happened.
CREATE FUNCTION waymark_refuse_change() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  RAISE EXCEPTION '% rows are append-only', TG_TABLE_NAME USING ERRCODE = 'insufficient_privilege';
END;
$$;

CREATE TRIGGER "CaseEvent_append_only" BEFORE UPDATE OR DELETE ON "CaseEvent"
  FOR EACH ROW EXECUTE FUNCTION waymark_refuse_change();
CREATE TRIGGER "CaseEvent_no_truncate" BEFORE TRUNCATE ON "CaseEvent"
  FOR EACH STATEMENT EXECUTE FUNCTION waymark_refuse_change();
CREATE TRIGGER "AuditEvent_append_only" BEFORE UPDATE OR DELETE ON "AuditEvent"
  FOR EACH ROW EXECUTE FUNCTION waymark_refuse_change();
CREATE TRIGGER "AuditEvent_no_truncate" BEFORE TRUNCATE ON "AuditEvent"
  FOR EACH STATEMENT EXECUTE FUNCTION waymark_refuse_change();
