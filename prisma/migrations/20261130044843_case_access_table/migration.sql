-- CreateTable
CREATE TABLE "CaseAccess" (
    "organisationId" UUID NOT NULL,
    "caseId" UUID NOT NULL,

    CONSTRAINT "CaseAccess_pkey" PRIMARY KEY ("organisationId","caseId")
);

-- CreateIndex
CREATE INDEX "CaseAccess_caseId_idx" ON "CaseAccess"("caseId");

-- AddForeignKey
ALTER TABLE "CaseAccess" ADD CONSTRAINT "CaseAccess_caseId_fkey" FOREIGN KEY ("caseId") REFERENCES "Case"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- Hand-written (Prisma does not model functions or triggers). The one definition of who works on
-- a case: its owner and its meetings' attendee organisations. A new kind of share adds a UNION
-- branch here and a trigger on its table that calls this function.
CREATE FUNCTION waymark_refresh_case_access(case_id uuid) RETURNS void LANGUAGE sql AS $$
  DELETE FROM "CaseAccess" WHERE "caseId" = case_id;
  INSERT INTO "CaseAccess" ("organisationId", "caseId")
    SELECT c."owningOrganisationId", c."id" FROM "Case" c WHERE c."id" = case_id
    UNION
    SELECT unnest(m."attendeeOrganisationIds"), m."caseId" FROM "Meeting" m WHERE m."caseId" = case_id
  ON CONFLICT DO NOTHING;
$$;

CREATE FUNCTION waymark_case_access_from_case() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  PERFORM waymark_refresh_case_access(NEW."id");
  RETURN NULL;
END;
$$;

CREATE FUNCTION waymark_case_access_from_meeting() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF TG_OP <> 'INSERT' THEN PERFORM waymark_refresh_case_access(OLD."caseId"); END IF;
  IF TG_OP <> 'DELETE' AND (TG_OP = 'INSERT' OR NEW."caseId" IS DISTINCT FROM OLD."caseId") THEN
    PERFORM waymark_refresh_case_access(NEW."caseId");
  END IF;
  RETURN NULL;
END;
$$;

CREATE TRIGGER "Case_access_on_insert" AFTER INSERT ON "Case"
  FOR EACH ROW EXECUTE FUNCTION waymark_case_access_from_case();
CREATE TRIGGER "Case_access_on_owner" AFTER UPDATE OF "owningOrganisationId" ON "Case"
  FOR EACH ROW WHEN (OLD."owningOrganisationId" IS DISTINCT FROM NEW."owningOrganisationId")
  EXECUTE FUNCTION waymark_case_access_from_case();
CREATE TRIGGER "Meeting_case_access" AFTER INSERT OR DELETE OR UPDATE OF "attendeeOrganisationIds", "caseId"
  ON "Meeting" FOR EACH ROW EXECUTE FUNCTION waymark_case_access_from_meeting();

INSERT INTO "CaseAccess" ("organisationId", "caseId")
  SELECT c."owningOrganisationId", c."id" FROM "Case" c
  UNION
  SELECT unnest(m."attendeeOrganisationIds"), m."caseId" FROM "Meeting" m
ON CONFLICT DO NOTHING;
