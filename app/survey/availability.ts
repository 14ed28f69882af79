import type { SurveyStatus } from "~/generated/prisma/enums";

export type Availability = "open" | "draft" | "scheduled" | "closed";

interface Schedule {
  status: SurveyStatus;
  opensAt: Date | null;
  closesAt: Date | null;
}

/** Whether residents may answer now: an open survey also respects its opening and closing times. */
export function surveyAvailability(survey: Schedule, now: Date = new Date()): Availability {
  if (survey.status === "DRAFT") return "draft";
  if (survey.status === "CLOSED") return "closed";
  if (survey.opensAt && now < survey.opensAt) return "scheduled";
  if (survey.closesAt && now >= survey.closesAt) return "closed";
  return "open";
}
