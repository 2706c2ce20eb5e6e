-- A referral stays with the organisation it was sent to, even if its service later moves.
-- AlterTable: add, backfill from each referral's service, then require.
ALTER TABLE "ServiceReferral" ADD COLUMN     "organisationId" UUID;
UPDATE "ServiceReferral" AS r SET "organisationId" = s."organisationId" FROM "SupportService" AS s WHERE s."id" = r."serviceId";
ALTER TABLE "ServiceReferral" ALTER COLUMN "organisationId" SET NOT NULL;

-- CreateIndex
CREATE INDEX "ServiceReferral_organisationId_status_idx" ON "ServiceReferral"("organisationId", "status");

-- AddForeignKey
ALTER TABLE "ServiceReferral" ADD CONSTRAINT "ServiceReferral_organisationId_fkey" FOREIGN KEY ("organisationId") REFERENCES "Organisation"("id") ON DELETE RESTRICT ON UPDATE CASCADE;
