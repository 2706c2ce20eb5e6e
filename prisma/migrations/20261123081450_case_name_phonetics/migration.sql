-- AlterTable
ALTER TABLE "Case" ADD COLUMN     "namePhonetics" TEXT[];
