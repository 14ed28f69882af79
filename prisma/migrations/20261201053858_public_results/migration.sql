-- Results shared back with residents (docs/decisions/034-public-results-page.md): an organiser
-- publishes chosen charts of a questionnaire. Nothing is published for an existing questionnaire.

-- CreateTable
CREATE TABLE "PublicResults" (
    "surveyId" TEXT NOT NULL,
    "published" BOOLEAN NOT NULL DEFAULT false,
    "questionKeys" TEXT[],
    "showAllEvents" BOOLEAN NOT NULL DEFAULT false,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "PublicResults_pkey" PRIMARY KEY ("surveyId")
);

-- AddForeignKey
ALTER TABLE "PublicResults" ADD CONSTRAINT "PublicResults_surveyId_fkey" FOREIGN KEY ("surveyId") REFERENCES "Survey"("id") ON DELETE CASCADE ON UPDATE CASCADE;

