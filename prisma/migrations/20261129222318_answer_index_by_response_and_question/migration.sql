-- DropIndex
DROP INDEX "Answer_responseId_idx";

-- CreateIndex
CREATE INDEX "Answer_responseId_questionId_optionId_idx" ON "Answer"("responseId", "questionId", "optionId");

