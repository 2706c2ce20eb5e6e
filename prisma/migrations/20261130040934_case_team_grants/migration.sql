-- CreateEnum
CREATE TYPE "CaseTeamPurpose" AS ENUM ('JOINT_INVESTIGATION', 'LEAD_FIRST_RESPONDER', 'SUPPORT_PROVIDER');

-- CreateEnum
CREATE TYPE "CaseTeamGrantStatus" AS ENUM ('PENDING', 'ACTIVE', 'DECLINED', 'EXPIRED', 'REVOKED');

-- AlterEnum
-- This migration adds more than one value to an enum.
-- With PostgreSQL versions 11 and earlier, this is not possible
-- in a single migration. This can be worked around by creating
-- multiple migrations, each migration adding only one value to
-- the enum.


ALTER TYPE "CaseEventKind" ADD VALUE 'TEAM_INVITED';
ALTER TYPE "CaseEventKind" ADD VALUE 'TEAM_INVITATION_ACCEPTED';
ALTER TYPE "CaseEventKind" ADD VALUE 'TEAM_INVITATION_DECLINED';
ALTER TYPE "CaseEventKind" ADD VALUE 'TEAM_INVITATION_EXPIRED';
ALTER TYPE "CaseEventKind" ADD VALUE 'TEAM_INVITATION_REVOKED';
ALTER TYPE "CaseEventKind" ADD VALUE 'TEAM_MEMBER_ADDED';
ALTER TYPE "CaseEventKind" ADD VALUE 'TEAM_MEMBER_REVOKED';

-- AlterTable
ALTER TABLE "Case" ADD COLUMN     "identityOrganisationIds" UUID[];

-- CreateTable
CREATE TABLE "CaseTeamGrant" (
    "id" UUID NOT NULL,
    "caseId" UUID NOT NULL,
    "organisationId" UUID NOT NULL,
    "purpose" "CaseTeamPurpose" NOT NULL,
    "seesIdentity" BOOLEAN NOT NULL,
    "status" "CaseTeamGrantStatus" NOT NULL DEFAULT 'PENDING',
    "note" TEXT,
    "invitedById" UUID NOT NULL,
    "invitedAt" TIMESTAMP(3) NOT NULL,
    "expiresAt" TIMESTAMP(3) NOT NULL,
    "answeredById" UUID,
    "answeredAt" TIMESTAMP(3),
    "declineReason" TEXT,
    "endedById" UUID,
    "endedAt" TIMESTAMP(3),
    "endReason" TEXT,
    "meetingId" UUID,

    CONSTRAINT "CaseTeamGrant_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "CaseTeamGrant_organisationId_status_expiresAt_idx" ON "CaseTeamGrant"("organisationId", "status", "expiresAt");

-- CreateIndex
CREATE INDEX "CaseTeamGrant_caseId_status_idx" ON "CaseTeamGrant"("caseId", "status");

-- CreateIndex
CREATE INDEX "CaseTeamGrant_status_expiresAt_idx" ON "CaseTeamGrant"("status", "expiresAt");

-- AddForeignKey
ALTER TABLE "CaseTeamGrant" ADD CONSTRAINT "CaseTeamGrant_caseId_fkey" FOREIGN KEY ("caseId") REFERENCES "Case"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "CaseTeamGrant" ADD CONSTRAINT "CaseTeamGrant_organisationId_fkey" FOREIGN KEY ("organisationId") REFERENCES "Organisation"("id") ON DELETE RESTRICT ON UPDATE CASCADE;
