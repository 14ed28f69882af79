/**
 * The zone a questionnaire's times are typed and read in: its event's, or its project's home
 * zone when it belongs to no event.
 */
export function surveyTimeZone(survey: { event: { timeZone: string } | null; project: { timeZone: string } }): string {
  return survey.event?.timeZone ?? survey.project.timeZone;
}

/** What a questionnaire query includes for surveyTimeZone. */
export const surveyTimeZoneInclude = { event: { select: { timeZone: true } }, project: { select: { timeZone: true } } } as const;
