import { json, type ActionFunctionArgs, type LoaderFunctionArgs, type MetaFunction } from "@remix-run/node";
import { Link, useActionData, useLoaderData } from "@remix-run/react";
import { randomUUID } from "node:crypto";
import { AnswerForm } from "~/components/answer-form/answer-form";
import { residentMessages } from "~/i18n/i18n.server";
import { fallbackUiLanguage, isResidentLanguage, textDirection } from "~/i18n/languages";
import { createTranslator } from "~/i18n/translate";
import { TranslationOverride, useTranslation, type RootI18n } from "~/i18n/use-translation";
import { answerStep } from "~/survey/answer-steps.server";
import { findSurveyById, toResidentSurvey } from "~/survey/find-survey.server";
import { requireSurvey } from "~/survey/require-survey.server";
import { readForm } from "~/utils/read-form.server";
import { PreviewLanguageNav } from "~/components/preview-language-nav";

export const meta: MetaFunction = () => [{ title: "Balss" }];

/** The questionnaire in one of its languages, as residents get it, whatever its status. */
async function previewSurvey(request: Request, surveyId: string) {
  const survey = await findSurveyById(surveyId);
  const requested = new URL(request.url).searchParams.get("in");
  const lang = requested && survey.languages.includes(requested) ? requested : survey.defaultLanguage;
  return { survey, lang, resident: toResidentSurvey(survey, lang) };
}

export async function loader({ request, params }: LoaderFunctionArgs) {
  await requireSurvey(request, params.surveyId, "view");
  const { survey, lang, resident } = await previewSurvey(request, params.surveyId!);
  // The phone's buttons and messages in the questionnaire's language, as residents get them.
  const uiLanguage = isResidentLanguage(lang) ? lang : fallbackUiLanguage;
  const i18n: RootI18n = { uiLanguage, messages: residentMessages(uiLanguage) };
  return json({ surveyId: survey.id, lang, languages: survey.languages, resident, freshKey: randomUUID(), i18n });
}

// Checks the answers exactly as the real form does, and stores nothing.
export async function action({ request, params }: ActionFunctionArgs) {
  await requireSurvey(request, params.surveyId, "view");
  const { survey, lang, resident } = await previewSurvey(request, params.surveyId!);
  const result = await answerStep(survey, resident, lang, await readForm(request), { preview: true });
  if (result.kind === "done") return json({ done: true as const, step: undefined });
  return json({ done: false as const, step: result.step }, { status: result.status });
}

export default function Preview() {
  const { surveyId, lang, languages, resident, freshKey, i18n } = useLoaderData<typeof loader>();
  const result = useActionData<typeof action>();
  const { t } = useTranslation();
  return (
    <>
      <p>
        <Link to={`/surveys/${surveyId}`}>←</Link>
      </p>
      <PreviewLanguageNav languages={languages} lang={lang} />
      <p className="notice">{t("survey.previewNote")}</p>
      <TranslationOverride.Provider value={i18n}>
        <div className="phone-frame" lang={lang} dir={textDirection(lang)}>
          <h1>{resident.title}</h1>
          {result?.done ? (
            <p role="status" className="notice" lang={i18n.uiLanguage}>
              {createTranslator(i18n.messages, i18n.uiLanguage)("survey.previewDone")}
            </p>
          ) : (
            <AnswerForm
              key={lang}
              survey={resident}
              freshKey={freshKey}
              step={result?.step}
              action={`/surveys/${surveyId}/preview?in=${lang}`}
              keepDraft={false}
            />
          )}
        </div>
      </TranslationOverride.Provider>
    </>
  );
}
