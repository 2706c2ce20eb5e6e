-- CreateEnum
CREATE TYPE "ServiceReferralStatus" AS ENUM ('OPEN', 'ACCEPTED', 'DECLINED', 'CLOSED');

-- AlterEnum
-- This migration adds more than one value to an enum.
-- With PostgreSQL versions 11 and earlier, this is not possible
-- in a single migration. This can be worked around by creating
-- multiple migrations, each migration adding only one value to
-- the enum.


ALTER TYPE "CaseEventKind" ADD VALUE 'SERVICE_REFERRAL_MADE';
ALTER TYPE "CaseEventKind" ADD VALUE 'SERVICE_REFERRAL_UPDATED';

-- CreateTable
CREATE TABLE "ServiceReferral" (
    "id" UUID NOT NULL,
    "caseId" UUID NOT NULL,
    "serviceId" UUID NOT NULL,
    "status" "ServiceReferralStatus" NOT NULL DEFAULT 'OPEN',
    "referredAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "referredById" UUID NOT NULL,
    "updatedAt" TIMESTAMP(3) NOT NULL,
    "note" TEXT,

    CONSTRAINT "ServiceReferral_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "ServiceReferral_caseId_idx" ON "ServiceReferral"("caseId");

-- CreateIndex
CREATE INDEX "ServiceReferral_serviceId_status_idx" ON "ServiceReferral"("serviceId", "status");

-- AddForeignKey
ALTER TABLE "ServiceReferral" ADD CONSTRAINT "ServiceReferral_caseId_fkey" FOREIGN KEY ("caseId") REFERENCES "Case"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ServiceReferral" ADD CONSTRAINT "ServiceReferral_serviceId_fkey" FOREIGN KEY ("serviceId") REFERENCES "SupportService"("id") ON DELETE RESTRICT ON UPDATE CASCADE;
