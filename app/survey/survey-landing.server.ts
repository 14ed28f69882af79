import { pickText } from "~/i18n/translate";
import { hasAnswered } from "./answered-cookie.server";
import { surveyAvailability } from "./availability";
import type { SurveyWithQuestions } from "./find-survey.server";
import { formatDate } from "./format-date";

/** What the first page of a survey shows: its title, event, whether it can be answered now. */
export async function surveyLanding(request: Request, survey: SurveyWithQuestions, lang: string) {
  const text = (value: unknown) => pickText(value, lang, survey.defaultLanguage);
  const now = new Date();
  const availability = surveyAvailability(survey, now);
  return {
    lang,
    languages: survey.languages,
    joinCode: survey.joinCode,
    title: text(survey.title),
    intro: text(survey.intro),
    event: survey.event
      ? { title: text(survey.event.title), place: survey.event.place, date: formatDate(survey.event.startsAt, lang) }
      : null,
    availability,
    opensOn: survey.opensAt ? formatDate(survey.opensAt, lang, true) : null,
    closedOn: survey.closesAt && survey.closesAt <= now ? formatDate(survey.closesAt, lang, true) : null,
    alreadyAnswered: !survey.allowRepeat && (await hasAnswered(request, survey.id)),
  };
}
