-- AlterTable
ALTER TABLE "CaseEvent" ADD COLUMN     "hash" TEXT NOT NULL DEFAULT '',
ADD COLUMN     "prevHash" TEXT NOT NULL DEFAULT '',
ADD COLUMN     "seq" BIGSERIAL NOT NULL;

-- CreateIndex
CREATE UNIQUE INDEX "CaseEvent_seq_key" ON "CaseEvent"("seq");

-- Hand-written: each case's history is a hash chain, as the audit trail is, so an edited or
-- removed event breaks every later link. The trigger computes it on insert, whoever inserts;
-- a case's events are already written one transaction at a time (case changes lock the case
-- row first), so the chain needs no lock of its own. The verifier (modules/audit) recomputes
-- it with the same function.
CREATE FUNCTION waymark_case_event_hash(prev TEXT, e "CaseEvent") RETURNS TEXT LANGUAGE sql STABLE AS $$
  SELECT encode(sha256(convert_to(json_build_array(
    prev, e."id", e."caseId", e."kind", to_char(e."occurredAt", 'YYYY-MM-DD"T"HH24:MI:SS.US'),
    e."actorId", e."organisationId", e."caseVersion", e."data"
  )::text, 'UTF8')), 'hex')
$$;

CREATE FUNCTION waymark_case_event_chain() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
  previous TEXT;
BEGIN
  SELECT "hash" INTO previous FROM "CaseEvent" WHERE "caseId" = NEW."caseId" ORDER BY "seq" DESC LIMIT 1;
  NEW."prevHash" := coalesce(previous, repeat('0', 64));
  NEW."hash" := waymark_case_event_hash(NEW."prevHash", NEW);
  RETURN NEW;
END;
$$;

-- Events written before this migration: chained in the order they were stored.
ALTER TABLE "CaseEvent" DISABLE TRIGGER "CaseEvent_append_only";
DO $$
DECLARE
  r "CaseEvent";
  previous TEXT;
  last_case UUID;
BEGIN
  FOR r IN SELECT * FROM "CaseEvent" ORDER BY "caseId", "seq" LOOP
    IF last_case IS DISTINCT FROM r."caseId" THEN
      previous := repeat('0', 64);
      last_case := r."caseId";
    END IF;
    UPDATE "CaseEvent" SET "prevHash" = previous, "hash" = waymark_case_event_hash(previous, r) WHERE "id" = r."id";
    previous := waymark_case_event_hash(previous, r);
  END LOOP;
END;
$$;
ALTER TABLE "CaseEvent" ENABLE TRIGGER "CaseEvent_append_only";

CREATE TRIGGER "CaseEvent_hash_chain" BEFORE INSERT ON "CaseEvent"
  FOR EACH ROW EXECUTE FUNCTION waymark_case_event_chain();
