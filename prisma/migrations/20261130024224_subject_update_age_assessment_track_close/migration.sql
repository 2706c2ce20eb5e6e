-- CreateEnum
CREATE TYPE "AgeAssessmentOutcome" AS ENUM ('CHILD', 'ADULT');

-- AlterEnum
-- This migration adds more than one value to an enum.
-- With PostgreSQL versions 11 and earlier, this is not possible
-- in a single migration. This can be worked around by creating
-- multiple migrations, each migration adding only one value to
-- the enum.


ALTER TYPE "CaseEventKind" ADD VALUE 'SUBJECT_UPDATED';
ALTER TYPE "CaseEventKind" ADD VALUE 'AGE_ASSESSMENT_RECORDED';

-- AlterTable
ALTER TABLE "Case" ADD COLUMN     "claimedAge" INTEGER,
ADD COLUMN     "reasonToBelieveChild" BOOLEAN;

-- AlterTable
ALTER TABLE "CaseTrack" ADD COLUMN     "closedAt" TIMESTAMP(3);

-- CreateTable
CREATE TABLE "AgeAssessment" (
    "id" UUID NOT NULL,
    "caseId" UUID NOT NULL,
    "outcome" "AgeAssessmentOutcome" NOT NULL,
    "assessedAge" INTEGER,
    "mertonCompliant" BOOLEAN NOT NULL,
    "assessedBy" TEXT NOT NULL,
    "assessedOn" DATE NOT NULL,
    "recordedById" UUID NOT NULL,
    "recordedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "AgeAssessment_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "AgeAssessment_caseId_assessedOn_idx" ON "AgeAssessment"("caseId", "assessedOn");

-- AddForeignKey
ALTER TABLE "AgeAssessment" ADD CONSTRAINT "AgeAssessment_caseId_fkey" FOREIGN KEY ("caseId") REFERENCES "Case"("id") ON DELETE RESTRICT ON UPDATE CASCADE;
