-- DropIndex
DROP INDEX "Response_surveyId_submittedHour_idx";

-- DropIndex
DROP INDEX "Answer_questionId_statementId_optionId_idx";

-- AlterTable
ALTER TABLE "Response" ADD COLUMN     "recordKey" SMALLINT NOT NULL DEFAULT get_byte(uuid_send(gen_random_uuid()), 0);

-- AlterTable
ALTER TABLE "Answer" ADD COLUMN     "recordKey" SMALLINT NOT NULL DEFAULT get_byte(uuid_send(gen_random_uuid()), 0);

-- CreateIndex
CREATE INDEX "Response_surveyId_submittedHour_recordKey_idx" ON "Response"("surveyId", "submittedHour", "recordKey");

-- CreateIndex
CREATE INDEX "Answer_questionId_statementId_optionId_recordKey_idx" ON "Answer"("questionId", "statementId", "optionId", "recordKey");

