-- AlterTable
ALTER TABLE "AuditEvent" ADD COLUMN     "chainSeq" BIGINT,
ALTER COLUMN "prevHash" DROP NOT NULL,
ALTER COLUMN "hash" DROP NOT NULL;

-- CreateIndex
CREATE UNIQUE INDEX "AuditEvent_chainSeq_key" ON "AuditEvent"("chainSeq");

-- Hand-written. Rows chained before this change were chained in id order.
ALTER TABLE "AuditEvent" DISABLE TRIGGER "AuditEvent_append_only";
UPDATE "AuditEvent" SET "chainSeq" = "id";
ALTER TABLE "AuditEvent" ENABLE TRIGGER "AuditEvent_append_only";

-- Audit rows stay append-only, with one exception: the sealer sets the chain fields of a row
-- not yet sealed, once, changing nothing else. A sealed row can no longer change at all.
CREATE FUNCTION waymark_audit_seal_only() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF TG_OP = 'UPDATE' AND OLD."chainSeq" IS NULL AND OLD."hash" IS NULL AND OLD."prevHash" IS NULL
    AND NEW."chainSeq" IS NOT NULL AND NEW."hash" IS NOT NULL AND NEW."prevHash" IS NOT NULL
    AND (NEW."id", NEW."occurredAt", NEW."actorId", NEW."organisationId", NEW."action", NEW."entityType",
         NEW."entityId", NEW."requestId", NEW."data")
      IS NOT DISTINCT FROM
        (OLD."id", OLD."occurredAt", OLD."actorId", OLD."organisationId", OLD."action", OLD."entityType",
         OLD."entityId", OLD."requestId", OLD."data")
  THEN
    RETURN NEW;
  END IF;
  RAISE EXCEPTION '% rows are append-only', TG_TABLE_NAME USING ERRCODE = 'insufficient_privilege';
END;
$$;

DROP TRIGGER "AuditEvent_append_only" ON "AuditEvent";
CREATE TRIGGER "AuditEvent_append_only" BEFORE UPDATE OR DELETE ON "AuditEvent"
  FOR EACH ROW EXECUTE FUNCTION waymark_audit_seal_only();
