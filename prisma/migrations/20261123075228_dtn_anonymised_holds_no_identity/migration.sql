-- Hand-written: an anonymised Duty to Notify (MS1) holds no identity at all (DOMAIN rule 3;
-- 002 ASC flowchart, 004). The application never writes one, and the database refuses it too.
ALTER TABLE "DutyToNotify" ADD CONSTRAINT "DutyToNotify_anonymised_holds_no_identity" CHECK (
  NOT "anonymised" OR (
    "givenName" IS NULL AND "familyName" IS NULL AND "dateOfBirth" IS NULL
    AND "contactDetails" IS NULL AND "address" IS NULL
  )
);
