-- AlterTable
ALTER TABLE "Question" ADD COLUMN     "indicator" BOOLEAN NOT NULL DEFAULT false;

-- AlterTable
ALTER TABLE "Statement" ADD COLUMN     "indicator" BOOLEAN NOT NULL DEFAULT false;

