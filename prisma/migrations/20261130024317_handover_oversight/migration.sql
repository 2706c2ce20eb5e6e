-- CreateEnum
CREATE TYPE "HandOverStatus" AS ENUM ('PENDING', 'ACCEPTED', 'DECLINED');

-- AlterEnum
-- This migration adds more than one value to an enum.
-- With PostgreSQL versions 11 and earlier, this is not possible
-- in a single migration. This can be worked around by creating
-- multiple migrations, each migration adding only one value to
-- the enum.


ALTER TYPE "CaseEventKind" ADD VALUE 'HAND_OVER_OFFERED';
ALTER TYPE "CaseEventKind" ADD VALUE 'HAND_OVER_ACCEPTED';
ALTER TYPE "CaseEventKind" ADD VALUE 'HAND_OVER_DECLINED';

-- AlterEnum
ALTER TYPE "Role" ADD VALUE 'AREA_OVERSIGHT';

-- AlterTable
ALTER TABLE "Area" ADD COLUMN     "handOverAnswerHours" INTEGER NOT NULL DEFAULT 3,
ADD COLUMN     "oversightSeesIdentity" BOOLEAN NOT NULL DEFAULT false,
ADD COLUMN     "spocOrganisationId" UUID;

-- CreateTable
CREATE TABLE "AreaOversight" (
    "personId" UUID NOT NULL,
    "areaId" UUID NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "AreaOversight_pkey" PRIMARY KEY ("personId","areaId")
);

-- CreateTable
CREATE TABLE "CaseHandOver" (
    "id" UUID NOT NULL,
    "caseId" UUID NOT NULL,
    "fromOrganisationId" UUID NOT NULL,
    "toOrganisationId" UUID NOT NULL,
    "status" "HandOverStatus" NOT NULL DEFAULT 'PENDING',
    "note" TEXT NOT NULL,
    "offeredById" UUID NOT NULL,
    "offeredAt" TIMESTAMP(3) NOT NULL,
    "dueAt" TIMESTAMP(3) NOT NULL,
    "answeredById" UUID,
    "answeredAt" TIMESTAMP(3),
    "declineReason" TEXT,

    CONSTRAINT "CaseHandOver_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "CaseHandOver_toOrganisationId_status_dueAt_idx" ON "CaseHandOver"("toOrganisationId", "status", "dueAt");

-- CreateIndex
CREATE INDEX "CaseHandOver_fromOrganisationId_status_idx" ON "CaseHandOver"("fromOrganisationId", "status");

-- CreateIndex
CREATE INDEX "CaseHandOver_caseId_status_idx" ON "CaseHandOver"("caseId", "status");

-- AddForeignKey
ALTER TABLE "Area" ADD CONSTRAINT "Area_spocOrganisationId_fkey" FOREIGN KEY ("spocOrganisationId") REFERENCES "Organisation"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "AreaOversight" ADD CONSTRAINT "AreaOversight_personId_fkey" FOREIGN KEY ("personId") REFERENCES "Person"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "AreaOversight" ADD CONSTRAINT "AreaOversight_areaId_fkey" FOREIGN KEY ("areaId") REFERENCES "Area"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "CaseHandOver" ADD CONSTRAINT "CaseHandOver_caseId_fkey" FOREIGN KEY ("caseId") REFERENCES "Case"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "CaseHandOver" ADD CONSTRAINT "CaseHandOver_fromOrganisationId_fkey" FOREIGN KEY ("fromOrganisationId") REFERENCES "Organisation"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "CaseHandOver" ADD CONSTRAINT "CaseHandOver_toOrganisationId_fkey" FOREIGN KEY ("toOrganisationId") REFERENCES "Organisation"("id") ON DELETE RESTRICT ON UPDATE CASCADE;
