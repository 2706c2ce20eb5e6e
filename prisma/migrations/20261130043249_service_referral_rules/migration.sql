-- AlterTable
ALTER TABLE "SupportService" ADD COLUMN     "referralRules" TEXT[] DEFAULT ARRAY[]::TEXT[];

-- The seeded services whose documents state a referral rule (003 8.3 Beacon; 002 Housing flowchart
-- Hope at Home hosting), for databases seeded before the column existed.
UPDATE "SupportService" SET "referralRules" = ARRAY['beacon-consent'] WHERE "slug" = 'beacon-hertfordshire';
UPDATE "SupportService" SET "referralRules" = ARRAY['positive-nrm-decision'] WHERE "slug" = 'hope-at-home-hosting-scheme';
