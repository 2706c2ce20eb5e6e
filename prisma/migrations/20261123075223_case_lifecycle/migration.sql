-- CreateEnum
CREATE TYPE "DecisionType" AS ENUM ('REASONABLE_GROUNDS', 'CONCLUSIVE_GROUNDS');

-- CreateEnum
CREATE TYPE "DecisionResult" AS ENUM ('POSITIVE', 'NEGATIVE');

-- CreateEnum
CREATE TYPE "MeetingKind" AS ENUM ('STRATEGY', 'STRAT', 'MARM', 'SERAC', 'MARAC', 'MASH', 'MULTI_AGENCY');

-- AlterEnum
-- This migration adds more than one value to an enum.
-- With PostgreSQL versions 11 and earlier, this is not possible
-- in a single migration. This can be worked around by creating
-- multiple migrations, each migration adding only one value to
-- the enum.


ALTER TYPE "CaseEventKind" ADD VALUE 'ASSIGNED';
ALTER TYPE "CaseEventKind" ADD VALUE 'RESPONSIBILITY_ACCEPTED';
ALTER TYPE "CaseEventKind" ADD VALUE 'FACTS_RECORDED';
ALTER TYPE "CaseEventKind" ADD VALUE 'CONSENT_RECORDED';
ALTER TYPE "CaseEventKind" ADD VALUE 'TRACK_STARTED';
ALTER TYPE "CaseEventKind" ADD VALUE 'TRANSITION';
ALTER TYPE "CaseEventKind" ADD VALUE 'NRM_REFERRAL_SUBMITTED';
ALTER TYPE "CaseEventKind" ADD VALUE 'DUTY_TO_NOTIFY_SUBMITTED';
ALTER TYPE "CaseEventKind" ADD VALUE 'DECISION_RECORDED';
ALTER TYPE "CaseEventKind" ADD VALUE 'RECONSIDERATION_REQUESTED';
ALTER TYPE "CaseEventKind" ADD VALUE 'MEETING_SCHEDULED';
ALTER TYPE "CaseEventKind" ADD VALUE 'MEETING_OUTCOME_RECORDED';
ALTER TYPE "CaseEventKind" ADD VALUE 'CLOSED';
ALTER TYPE "CaseEventKind" ADD VALUE 'REOPENED';

-- AlterTable
ALTER TABLE "Case" ADD COLUMN     "acceptedAt" TIMESTAMP(3),
ADD COLUMN     "assignedAt" TIMESTAMP(3),
ADD COLUMN     "assignedToId" UUID,
ADD COLUMN     "closeReason" TEXT,
ADD COLUMN     "facts" JSONB NOT NULL DEFAULT '{}';

-- CreateTable
CREATE TABLE "CaseTrack" (
    "id" UUID NOT NULL,
    "caseId" UUID NOT NULL,
    "pathwayId" TEXT NOT NULL,
    "pathwayVersion" INTEGER NOT NULL,
    "step" TEXT NOT NULL,
    "events" JSONB NOT NULL DEFAULT '[]',
    "startedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "CaseTrack_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "CaseIdempotencyKey" (
    "key" TEXT NOT NULL,
    "personId" UUID NOT NULL,
    "inputHash" TEXT NOT NULL,
    "caseId" UUID NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "CaseIdempotencyKey_pkey" PRIMARY KEY ("personId","key")
);

-- CreateTable
CREATE TABLE "NrmReferral" (
    "id" UUID NOT NULL,
    "caseId" UUID NOT NULL,
    "trackId" UUID NOT NULL,
    "submittedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "submittedById" UUID NOT NULL,
    "organisationId" UUID NOT NULL,
    "childNoConsentNeeded" BOOLEAN NOT NULL,

    CONSTRAINT "NrmReferral_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "DutyToNotify" (
    "id" UUID NOT NULL,
    "caseId" UUID NOT NULL,
    "trackId" UUID NOT NULL,
    "submittedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "submittedById" UUID NOT NULL,
    "organisationId" UUID NOT NULL,
    "anonymised" BOOLEAN NOT NULL,
    "givenName" TEXT,
    "familyName" TEXT,
    "dateOfBirth" DATE,
    "contactDetails" TEXT,
    "address" TEXT,

    CONSTRAINT "DutyToNotify_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Decision" (
    "id" UUID NOT NULL,
    "caseId" UUID NOT NULL,
    "type" "DecisionType" NOT NULL,
    "result" "DecisionResult" NOT NULL,
    "decidedOn" DATE NOT NULL,
    "recordedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "recordedById" UUID NOT NULL,
    "reconsiderationRequestedAt" TIMESTAMP(3),
    "reconsiderationRequestedByOrganisationId" UUID,

    CONSTRAINT "Decision_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Meeting" (
    "id" UUID NOT NULL,
    "caseId" UUID NOT NULL,
    "kind" "MeetingKind" NOT NULL,
    "scheduledFor" TIMESTAMP(3) NOT NULL,
    "attendeeOrganisationIds" UUID[],
    "heldAt" TIMESTAMP(3),
    "decisions" JSONB,
    "leadFirstResponderId" UUID,
    "outcomeNotes" TEXT,

    CONSTRAINT "Meeting_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "CaseTrack_pathwayId_step_idx" ON "CaseTrack"("pathwayId", "step");

-- CreateIndex
CREATE UNIQUE INDEX "CaseTrack_caseId_pathwayId_key" ON "CaseTrack"("caseId", "pathwayId");

-- CreateIndex
CREATE INDEX "NrmReferral_caseId_idx" ON "NrmReferral"("caseId");

-- CreateIndex
CREATE INDEX "DutyToNotify_caseId_idx" ON "DutyToNotify"("caseId");

-- CreateIndex
CREATE INDEX "Decision_caseId_decidedOn_idx" ON "Decision"("caseId", "decidedOn");

-- CreateIndex
CREATE INDEX "Meeting_caseId_scheduledFor_idx" ON "Meeting"("caseId", "scheduledFor");

-- CreateIndex
CREATE INDEX "Case_assignedToId_status_idx" ON "Case"("assignedToId", "status");

-- AddForeignKey
ALTER TABLE "Case" ADD CONSTRAINT "Case_assignedToId_fkey" FOREIGN KEY ("assignedToId") REFERENCES "Person"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "CaseTrack" ADD CONSTRAINT "CaseTrack_caseId_fkey" FOREIGN KEY ("caseId") REFERENCES "Case"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "CaseIdempotencyKey" ADD CONSTRAINT "CaseIdempotencyKey_caseId_fkey" FOREIGN KEY ("caseId") REFERENCES "Case"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "NrmReferral" ADD CONSTRAINT "NrmReferral_caseId_fkey" FOREIGN KEY ("caseId") REFERENCES "Case"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "DutyToNotify" ADD CONSTRAINT "DutyToNotify_caseId_fkey" FOREIGN KEY ("caseId") REFERENCES "Case"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Decision" ADD CONSTRAINT "Decision_caseId_fkey" FOREIGN KEY ("caseId") REFERENCES "Case"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Meeting" ADD CONSTRAINT "Meeting_caseId_fkey" FOREIGN KEY ("caseId") REFERENCES "Case"("id") ON DELETE RESTRICT ON UPDATE CASCADE;
