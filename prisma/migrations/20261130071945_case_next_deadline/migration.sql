-- The stored next deadline (issue 18). Backfill: adding the column gives every existing case the
-- default, the epoch, which marks it stale; the API computes it from the engine's clocks (which
-- SQL cannot) the first time the reminder sweep runs or a list that filters or orders by it reads
-- the case (apps/api/src/modules/cases/stored-deadline.ts). Nothing reads a stale value.
-- AlterTable
ALTER TABLE "Case" ADD COLUMN     "deadlineRecomputeAt" TIMESTAMP(3) DEFAULT '1970-01-01 00:00:00'::timestamp without time zone,
ADD COLUMN     "nextDueAt" TIMESTAMP(3);

-- CreateIndex
CREATE INDEX "Case_nextDueAt_id_idx" ON "Case"("nextDueAt", "id");

-- CreateIndex
CREATE INDEX "Case_deadlineRecomputeAt_idx" ON "Case"("deadlineRecomputeAt");

-- CreateIndex
CREATE INDEX "Case_dateOfBirth_idx" ON "Case"("dateOfBirth");
