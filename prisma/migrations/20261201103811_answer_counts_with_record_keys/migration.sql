-- DropIndex
DROP INDEX "Answer_questionId_statementId_optionId_idx";

-- CreateIndex
CREATE INDEX "Answer_questionId_statementId_optionId_responseId_idx" ON "Answer"("questionId", "statementId", "optionId", "responseId");

