import { pickText } from "~/i18n/translate";
import { dateOnly, formatDate } from "~/utils/format-date";
import { hasAnswered } from "./answered-cookie.server";
import { surveyAvailability } from "./availability";
import type { SurveyWithQuestions } from "./find-survey.server";
import { surveyTimeZone } from "./survey-time-zone";

/**
 * Opening and closing times as residents read them: in their language and with the zone's name
 * as Intl writes it ("24. septembris 2026 18:00 CET", "24 September 2026 at 18:00 Sweden Time"),
 * so someone answering from another zone is not misled — and no text needs translating.
 */
const residentTime: Intl.DateTimeFormatOptions = { year: "numeric", month: "long", day: "numeric", hour: "numeric", minute: "2-digit", timeZoneName: "shortGeneric" };

/** What the first page of a survey shows: its title, event, whether it can be answered now. */
export async function surveyLanding(request: Request, survey: SurveyWithQuestions, lang: string) {
  const text = (value: unknown) => pickText(value, lang, survey.defaultLanguage);
  const now = new Date();
  const availability = surveyAvailability(survey, now);
  const timeZone = surveyTimeZone(survey);
  return {
    lang,
    languages: survey.languages,
    joinCode: survey.joinCode,
    title: text(survey.title),
    intro: text(survey.intro),
    event: survey.event
      ? { title: text(survey.event.title), place: survey.event.place, date: formatDate(survey.event.startsAt, lang, survey.event.timeZone, dateOnly) }
      : null,
    availability,
    opensOn: survey.opensAt ? formatDate(survey.opensAt, lang, timeZone, residentTime) : null,
    closedOn: survey.closesAt && survey.closesAt <= now ? formatDate(survey.closesAt, lang, timeZone, residentTime) : null,
    alreadyAnswered: !survey.allowRepeat && (await hasAnswered(request, survey.id)),
  };
}
