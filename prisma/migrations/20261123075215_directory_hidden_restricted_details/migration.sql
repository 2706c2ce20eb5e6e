-- AlterTable
ALTER TABLE "SupportService" ADD COLUMN     "hidden" BOOLEAN NOT NULL DEFAULT false,
ADD COLUMN     "restrictedDetails" TEXT;
