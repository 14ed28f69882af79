-- CreateTable
CREATE TABLE "EventAttendanceByCountry" (
    "eventId" TEXT NOT NULL,
    "country" CHAR(2) NOT NULL,
    "participants" INTEGER NOT NULL,

    CONSTRAINT "EventAttendanceByCountry_pkey" PRIMARY KEY ("eventId","country")
);

-- CreateTable
CREATE TABLE "SurveyEdit" (
    "id" TEXT NOT NULL,
    "surveyId" TEXT NOT NULL,
    "userId" TEXT,
    "editedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "what" TEXT NOT NULL,
    "language" TEXT NOT NULL,
    "before" TEXT NOT NULL,
    "after" TEXT NOT NULL,

    CONSTRAINT "SurveyEdit_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "SurveyEdit_surveyId_editedAt_idx" ON "SurveyEdit"("surveyId", "editedAt");

-- AddForeignKey
ALTER TABLE "EventAttendanceByCountry" ADD CONSTRAINT "EventAttendanceByCountry_eventId_fkey" FOREIGN KEY ("eventId") REFERENCES "Event"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "SurveyEdit" ADD CONSTRAINT "SurveyEdit_surveyId_fkey" FOREIGN KEY ("surveyId") REFERENCES "Survey"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "SurveyEdit" ADD CONSTRAINT "SurveyEdit_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

