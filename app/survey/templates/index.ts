import { civicEngagement } from "./civic-engagement";
import { eventFeedback } from "./event-feedback";
import { stereotypesAndCivicEngagement } from "./stereotypes-and-civic-engagement";

export { civicEngagement, eventFeedback, stereotypesAndCivicEngagement };

/** The ready-made questionnaires an organiser can start from; the demo seed uses `stereotypes`. */
export const surveyTemplates = {
  stereotypes: stereotypesAndCivicEngagement,
  civicEngagement,
  eventFeedback,
} as const;

export type SurveyTemplateId = keyof typeof surveyTemplates;
