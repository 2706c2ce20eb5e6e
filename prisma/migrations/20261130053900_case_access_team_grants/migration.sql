-- Hand-written: the case team's active grants (issue 14 item 3) join the owner and the meetings'
-- attendees in CaseAccess, the one indexed table every worklist and count reads (issue 18).
-- The function is the single definition of who works on a case; the trigger keeps it in the
-- same transaction as every invitation accepted, grant revoked or expired.
CREATE OR REPLACE FUNCTION waymark_refresh_case_access(case_id uuid) RETURNS void LANGUAGE sql AS $$
  DELETE FROM "CaseAccess" WHERE "caseId" = case_id;
  INSERT INTO "CaseAccess" ("organisationId", "caseId")
    SELECT c."owningOrganisationId", c."id" FROM "Case" c WHERE c."id" = case_id
    UNION
    SELECT unnest(m."attendeeOrganisationIds"), m."caseId" FROM "Meeting" m WHERE m."caseId" = case_id
    UNION
    SELECT g."organisationId", g."caseId" FROM "CaseTeamGrant" g WHERE g."caseId" = case_id AND g."status" = 'ACTIVE'
  ON CONFLICT DO NOTHING;
$$;

CREATE FUNCTION waymark_case_access_from_team_grant() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF TG_OP <> 'INSERT' THEN PERFORM waymark_refresh_case_access(OLD."caseId"); END IF;
  IF TG_OP <> 'DELETE' AND (TG_OP = 'INSERT' OR NEW."caseId" IS DISTINCT FROM OLD."caseId") THEN
    PERFORM waymark_refresh_case_access(NEW."caseId");
  END IF;
  RETURN NULL;
END;
$$;

CREATE TRIGGER "CaseTeamGrant_case_access" AFTER INSERT OR DELETE OR UPDATE OF "status", "organisationId", "caseId"
  ON "CaseTeamGrant" FOR EACH ROW EXECUTE FUNCTION waymark_case_access_from_team_grant();

INSERT INTO "CaseAccess" ("organisationId", "caseId")
  SELECT g."organisationId", g."caseId" FROM "CaseTeamGrant" g WHERE g."status" = 'ACTIVE'
ON CONFLICT DO NOTHING;
