-- AlterEnum
ALTER TYPE "NotificationKind" ADD VALUE 'TRANSITION_TO_ADULTHOOD';

-- AlterTable
ALTER TABLE "Notification" ALTER COLUMN "trackId" DROP NOT NULL;
