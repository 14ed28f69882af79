-- CreateEnum
CREATE TYPE "LiveLayout" AS ENUM ('ONE_AT_A_TIME', 'GRID');

-- CreateTable
CREATE TABLE "LivePresentation" (
    "surveyId" TEXT NOT NULL,
    "questionKeys" TEXT[],
    "layout" "LiveLayout" NOT NULL DEFAULT 'GRID',
    "showFreeText" BOOLEAN NOT NULL DEFAULT false,
    "presenterTokenHash" TEXT,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "LivePresentation_pkey" PRIMARY KEY ("surveyId")
);

-- CreateIndex
CREATE UNIQUE INDEX "LivePresentation_presenterTokenHash_key" ON "LivePresentation"("presenterTokenHash");

-- AddForeignKey
ALTER TABLE "LivePresentation" ADD CONSTRAINT "LivePresentation_surveyId_fkey" FOREIGN KEY ("surveyId") REFERENCES "Survey"("id") ON DELETE CASCADE ON UPDATE CASCADE;

