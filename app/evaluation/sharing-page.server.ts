import { resolveUiLanguage } from "~/i18n/i18n.server";
import { pickText } from "~/i18n/translate";
import { findSurveyById } from "~/survey/find-survey.server";
import { seriesRuns } from "~/survey/series.server";
import { publicUrl } from "~/utils/public-url.server";
import { publicResultsSettings, publishableQuestions } from "./public-results-settings.server";

/** The organiser's sharing page of an original questionnaire: its settings, the questions it can publish, and each run's page. */
export async function sharingPage(request: Request, originalId: string) {
  const lang = await resolveUiLanguage(request);
  const survey = await findSurveyById(originalId);
  const text = (value: unknown) => pickText(value, lang, survey.defaultLanguage);
  const runs = await seriesRuns(originalId, lang);
  return {
    surveyId: survey.id,
    title: text(survey.title),
    settings: await publicResultsSettings(survey),
    questions: publishableQuestions(survey).map((question) => ({ key: question.key, text: text(question.text), type: question.type })),
    runs: runs.map((run) => ({ surveyId: run.surveyId, event: run.event, date: run.date, url: publicUrl(request, `/s/${run.joinCode}/results`) })),
  };
}
