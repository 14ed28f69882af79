-- A questionnaire can run at more events (docs/decisions/032-one-questionnaire-many-events.md):
-- a run is a Survey row pointing at its original, whose questions it asks. Every existing
-- questionnaire is an original with no further runs, a series of one, and no response changes.

-- AlterTable
ALTER TABLE "Survey" ADD COLUMN     "originalId" TEXT;

-- CreateIndex
CREATE INDEX "Survey_originalId_idx" ON "Survey"("originalId");

-- AddForeignKey
ALTER TABLE "Survey" ADD CONSTRAINT "Survey_originalId_fkey" FOREIGN KEY ("originalId") REFERENCES "Survey"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

