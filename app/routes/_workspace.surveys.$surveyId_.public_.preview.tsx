import { json, type LoaderFunctionArgs, type MetaFunction } from "@remix-run/node";
import { Link, useLoaderData } from "@remix-run/react";
import { PublicResultsView } from "~/components/public-results/public-results-view";
import { chosenKeys, publicResultsSettings } from "~/evaluation/public-results-settings.server";
import { publicResults } from "~/evaluation/public-results.server";
import { residentMessages } from "~/i18n/i18n.server";
import { fallbackUiLanguage, isResidentLanguage, textDirection } from "~/i18n/languages";
import { TranslationOverride, useTranslation, type RootI18n } from "~/i18n/use-translation";
import { findSurveyById } from "~/survey/find-survey.server";
import { requireSurvey } from "~/survey/require-survey.server";
import { originalIdOf } from "~/survey/series.server";
import { publicUrl } from "~/utils/public-url.server";
import { PreviewLanguageNav } from "~/components/preview-language-nav";

export const meta: MetaFunction = () => [{ title: "Balss" }];

/**
 * A survey's public results page as residents would get it, published or not, in one of the
 * questionnaire's languages: for a run, with its own event's numbers.
 */
export async function loader({ request, params }: LoaderFunctionArgs) {
  await requireSurvey(request, params.surveyId, "view");
  const survey = await findSurveyById(params.surveyId!);
  const requested = new URL(request.url).searchParams.get("in");
  const lang = requested && survey.languages.includes(requested) ? requested : survey.defaultLanguage;
  const settings = await publicResultsSettings(survey);
  const results = chosenKeys(survey, settings).length ? await publicResults(survey, lang, settings) : null;
  // The page's own texts in the questionnaire's language, as residents get them.
  const uiLanguage = isResidentLanguage(lang) ? lang : fallbackUiLanguage;
  const i18n: RootI18n = { uiLanguage, messages: residentMessages(uiLanguage) };
  return json({
    originalId: originalIdOf(survey),
    lang,
    languages: survey.languages,
    published: settings.published,
    url: publicUrl(request, `/s/${survey.joinCode}/results`),
    results,
    i18n,
  });
}

export default function PublicResultsPreview() {
  const { originalId, lang, languages, published, url, results, i18n } = useLoaderData<typeof loader>();
  const { t } = useTranslation();
  return (
    <>
      <p>
        <Link to={`/surveys/${originalId}/public`}>← {t("sharing.title")}</Link>
      </p>
      <PreviewLanguageNav languages={languages} lang={lang} />
      <p className="notice">{t(published ? "sharing.previewPublished" : "sharing.previewNotPublished", { url })}</p>
      {results ? (
        <TranslationOverride.Provider value={i18n}>
          <div className="phone-frame" lang={lang} dir={textDirection(lang)}>
            <h1>{results.title}</h1>
            <PublicResultsView results={results} />
          </div>
        </TranslationOverride.Provider>
      ) : (
        <p>{t("sharing.nothingChosen")}</p>
      )}
    </>
  );
}
