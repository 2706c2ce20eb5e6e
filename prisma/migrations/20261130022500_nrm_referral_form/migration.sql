-- CreateEnum
CREATE TYPE "EvidenceKind" AS ENUM ('STATEMENT', 'PROFESSIONAL_REPORT', 'MEDICAL_RECORD', 'IDENTITY_DOCUMENT', 'PHOTOGRAPH', 'CORRESPONDENCE', 'OTHER');

-- AlterEnum
-- This migration adds more than one value to an enum.
-- With PostgreSQL versions 11 and earlier, this is not possible
-- in a single migration. This can be worked around by creating
-- multiple migrations, each migration adding only one value to
-- the enum.


ALTER TYPE "CaseEventKind" ADD VALUE 'REFERRAL_ANSWERS_RECORDED';
ALTER TYPE "CaseEventKind" ADD VALUE 'INDICATORS_RECORDED';
ALTER TYPE "CaseEventKind" ADD VALUE 'EVIDENCE_DESCRIBED';

-- AlterTable
ALTER TABLE "Decision" ADD COLUMN     "nrmReferralId" UUID;

-- AlterTable
ALTER TABLE "DutyToNotify" ADD COLUMN     "authorityReference" TEXT,
ADD COLUMN     "formId" TEXT,
ADD COLUMN     "formVersion" INTEGER,
ADD COLUMN     "packComplete" BOOLEAN,
ADD COLUMN     "packHash" TEXT,
ADD COLUMN     "packMissing" TEXT[];

-- AlterTable
ALTER TABLE "NrmReferral" ADD COLUMN     "authorityReference" TEXT,
ADD COLUMN     "formId" TEXT,
ADD COLUMN     "formVersion" INTEGER,
ADD COLUMN     "packComplete" BOOLEAN,
ADD COLUMN     "packHash" TEXT,
ADD COLUMN     "packMissing" TEXT[];

-- CreateTable
CREATE TABLE "ReferralAnswers" (
    "id" UUID NOT NULL,
    "caseId" UUID NOT NULL,
    "formId" TEXT NOT NULL,
    "formVersion" INTEGER NOT NULL,
    "answers" JSONB NOT NULL DEFAULT '{}',
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "ReferralAnswers_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "CaseIndicator" (
    "id" UUID NOT NULL,
    "caseId" UUID NOT NULL,
    "catalogueVersion" INTEGER NOT NULL,
    "indicatorId" TEXT NOT NULL,
    "note" TEXT NOT NULL,
    "recordedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "recordedById" UUID NOT NULL,

    CONSTRAINT "CaseIndicator_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ReferralEvidence" (
    "id" UUID NOT NULL,
    "caseId" UUID NOT NULL,
    "kind" "EvidenceKind" NOT NULL,
    "description" TEXT NOT NULL,
    "documentDate" DATE,
    "recordedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "recordedById" UUID NOT NULL,

    CONSTRAINT "ReferralEvidence_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "ReferralAnswers_caseId_formId_key" ON "ReferralAnswers"("caseId", "formId");

-- CreateIndex
CREATE UNIQUE INDEX "CaseIndicator_caseId_indicatorId_key" ON "CaseIndicator"("caseId", "indicatorId");

-- CreateIndex
CREATE INDEX "ReferralEvidence_caseId_recordedAt_idx" ON "ReferralEvidence"("caseId", "recordedAt");

-- CreateIndex
CREATE UNIQUE INDEX "DutyToNotify_caseId_authorityReference_key" ON "DutyToNotify"("caseId", "authorityReference");

-- CreateIndex
CREATE UNIQUE INDEX "NrmReferral_caseId_authorityReference_key" ON "NrmReferral"("caseId", "authorityReference");

-- AddForeignKey
ALTER TABLE "ReferralAnswers" ADD CONSTRAINT "ReferralAnswers_caseId_fkey" FOREIGN KEY ("caseId") REFERENCES "Case"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "CaseIndicator" ADD CONSTRAINT "CaseIndicator_caseId_fkey" FOREIGN KEY ("caseId") REFERENCES "Case"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ReferralEvidence" ADD CONSTRAINT "ReferralEvidence_caseId_fkey" FOREIGN KEY ("caseId") REFERENCES "Case"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Decision" ADD CONSTRAINT "Decision_nrmReferralId_fkey" FOREIGN KEY ("nrmReferralId") REFERENCES "NrmReferral"("id") ON DELETE SET NULL ON UPDATE CASCADE;
