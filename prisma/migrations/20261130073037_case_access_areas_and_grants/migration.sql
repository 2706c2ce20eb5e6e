-- Hand-written (issue 18 items 3 and 4). CaseAccess says who sees a case, for every reader:
-- - the case's area joins the organisations on its team as a principal, so area oversight reads
--   the same index (principalId IN (organisation, areas...)) instead of an OR with Case.areaId
--   that ruled out every index for a lead who also oversees an area;
-- - `teamGrant` marks an organisation on the team through an active case-team grant, so myWork
--   reads it here instead of re-deriving it from CaseTeamGrant (one rule, one place).
-- The column is renamed, not dropped: the rows and the primary key stay.
ALTER TABLE "CaseAccess" RENAME COLUMN "organisationId" TO "principalId";
ALTER TABLE "CaseAccess" ADD COLUMN "teamGrant" BOOLEAN NOT NULL DEFAULT false;

-- The single definition of who sees a case. A new kind of share adds a branch here and a
-- trigger on its table that calls this function.
CREATE OR REPLACE FUNCTION waymark_refresh_case_access(case_id uuid) RETURNS void LANGUAGE sql AS $$
  DELETE FROM "CaseAccess" WHERE "caseId" = case_id;
  INSERT INTO "CaseAccess" ("principalId", "caseId", "teamGrant")
    SELECT s.principal, case_id, bool_or(s.by_grant)
    FROM (
      SELECT c."owningOrganisationId" AS principal, false AS by_grant FROM "Case" c WHERE c."id" = case_id
      UNION ALL
      SELECT c."areaId", false FROM "Case" c WHERE c."id" = case_id
      UNION ALL
      SELECT unnest(m."attendeeOrganisationIds"), false FROM "Meeting" m WHERE m."caseId" = case_id
      UNION ALL
      SELECT g."organisationId", true FROM "CaseTeamGrant" g WHERE g."caseId" = case_id AND g."status" = 'ACTIVE'
    ) s
    GROUP BY s.principal;
$$;

-- A case moved to another area changes who oversees it.
DROP TRIGGER "Case_access_on_owner" ON "Case";
CREATE TRIGGER "Case_access_on_owner" AFTER UPDATE OF "owningOrganisationId", "areaId" ON "Case"
  FOR EACH ROW WHEN (OLD."owningOrganisationId" IS DISTINCT FROM NEW."owningOrganisationId"
                     OR OLD."areaId" IS DISTINCT FROM NEW."areaId")
  EXECUTE FUNCTION waymark_case_access_from_case();

-- Backfill: every case's rows again, by the same rule.
DELETE FROM "CaseAccess";
INSERT INTO "CaseAccess" ("principalId", "caseId", "teamGrant")
  SELECT s.principal, s.case_id, bool_or(s.by_grant)
  FROM (
    SELECT c."owningOrganisationId" AS principal, c."id" AS case_id, false AS by_grant FROM "Case" c
    UNION ALL
    SELECT c."areaId", c."id", false FROM "Case" c
    UNION ALL
    SELECT unnest(m."attendeeOrganisationIds"), m."caseId", false FROM "Meeting" m
    UNION ALL
    SELECT g."organisationId", g."caseId", true FROM "CaseTeamGrant" g WHERE g."status" = 'ACTIVE'
  ) s
  GROUP BY s.principal, s.case_id;
