-- CreateEnum
CREATE TYPE "CapacityDecision" AS ENUM ('NRM_CONSENT', 'SHARE_DETAILS', 'SUPPORT_REFERRAL');

-- CreateEnum
CREATE TYPE "CapacityOutcome" AS ENUM ('HAS_CAPACITY', 'LACKS_CAPACITY');

-- AlterEnum
-- This migration adds more than one value to an enum.
-- With PostgreSQL versions 11 and earlier, this is not possible
-- in a single migration. This can be worked around by creating
-- multiple migrations, each migration adding only one value to
-- the enum.


ALTER TYPE "CaseEventKind" ADD VALUE 'CAPACITY_ASSESSMENT_RECORDED';
ALTER TYPE "CaseEventKind" ADD VALUE 'BEST_INTERESTS_DECISION_RECORDED';

-- CreateTable
CREATE TABLE "CapacityAssessment" (
    "id" UUID NOT NULL,
    "caseId" UUID NOT NULL,
    "decision" "CapacityDecision" NOT NULL,
    "inDoubt" BOOLEAN NOT NULL,
    "outcome" "CapacityOutcome",
    "assessedBy" TEXT,
    "assessedOn" DATE,
    "recordedById" UUID NOT NULL,
    "recordedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "CapacityAssessment_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "BestInterestsDecision" (
    "id" UUID NOT NULL,
    "caseId" UUID NOT NULL,
    "decision" "CapacityDecision" NOT NULL,
    "proceed" BOOLEAN NOT NULL,
    "decisionMaker" TEXT NOT NULL,
    "decidedOn" DATE NOT NULL,
    "capacityAssessmentId" UUID NOT NULL,
    "recordedById" UUID NOT NULL,
    "recordedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "BestInterestsDecision_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "CapacityAssessment_caseId_decision_recordedAt_idx" ON "CapacityAssessment"("caseId", "decision", "recordedAt");

-- CreateIndex
CREATE INDEX "BestInterestsDecision_caseId_decision_recordedAt_idx" ON "BestInterestsDecision"("caseId", "decision", "recordedAt");

-- AddForeignKey
ALTER TABLE "CapacityAssessment" ADD CONSTRAINT "CapacityAssessment_caseId_fkey" FOREIGN KEY ("caseId") REFERENCES "Case"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "BestInterestsDecision" ADD CONSTRAINT "BestInterestsDecision_caseId_fkey" FOREIGN KEY ("caseId") REFERENCES "Case"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "BestInterestsDecision" ADD CONSTRAINT "BestInterestsDecision_capacityAssessmentId_fkey" FOREIGN KEY ("capacityAssessmentId") REFERENCES "CapacityAssessment"("id") ON DELETE RESTRICT ON UPDATE CASCADE;
