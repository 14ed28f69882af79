import { json, type LoaderFunctionArgs, type MetaFunction } from "@remix-run/node";
import { Link, useLoaderData } from "@remix-run/react";
import { exportPageData } from "~/exports/export-download.server";
import { resolveUiLanguage } from "~/i18n/i18n.server";
import { languageName } from "~/i18n/languages";
import { useTranslation } from "~/i18n/use-translation";
import { requireSurvey } from "~/survey/require-survey.server";
import { redirectRunToOriginal } from "~/survey/series.server";

export const meta: MetaFunction<typeof loader> = ({ data }) => [{ title: data ? `${data.title} · Balss` : "Balss" }];

export async function loader({ request, params }: LoaderFunctionArgs) {
  await requireSurvey(request, params.surveyId, "organise");
  await redirectRunToOriginal(request, params.surveyId!);
  return json(await exportPageData(params.surveyId!, await resolveUiLanguage(request)));
}

export default function ExportPage() {
  const survey = useLoaderData<typeof loader>();
  const { t } = useTranslation();
  return (
    <>
      <p>
        <Link to={`/surveys/${survey.id}`}>← {survey.title}</Link>
      </p>
      <h1>{t("exports.title")}</h1>
      <section className="export-warning" aria-labelledby="export-warning-title">
        <h2 id="export-warning-title">{t("exports.warningTitle")}</h2>
        <p>{t("exports.warningIdentify")}</p>
        <p>{t("exports.warningKeep")}</p>
      </section>
      <p data-testid="export-response-count">
        {survey.responses ? t("exports.responses", { count: survey.responses }) : t("exports.noResponses")}
      </p>
      {/* A plain form, not Remix's: the browser itself downloads the file, also without JavaScript. */}
      <form method="get" action={`/surveys/${survey.id}/export/download`} className="narrow-form">
        <fieldset className="question">
          <legend>{t("exports.values")}</legend>
          <div className="options">
            {(["codes", "labels"] as const).map((values) => (
              <div className="option" key={values}>
                <input type="radio" id={`values-${values}`} name="values" value={values} defaultChecked={values === "codes"} />
                <label htmlFor={`values-${values}`}>{t(values === "codes" ? "exports.valuesCodes" : "exports.valuesLabels")}</label>
              </div>
            ))}
          </div>
        </fieldset>
        <div className="field">
          <label htmlFor="language">{t("exports.language")}</label>
          <select id="language" name="language" defaultValue={survey.labelLanguage}>
            {survey.languages.map((language) => (
              <option key={language} value={language}>
                {languageName(language)}
              </option>
            ))}
          </select>
        </div>
        <p className="hint">
          {survey.events > 1 ? t("exports.seriesColumnsHint", { count: survey.events }) : t("exports.columnsHint", { zone: survey.timeZoneName })}
        </p>
        <div className="form-actions">
          <button type="submit" name="format" value="xlsx" className="button primary">
            {t("exports.downloadXlsx")}
          </button>
          <button type="submit" name="format" value="csv" className="button">
            {t("exports.downloadCsv")}
          </button>
        </div>
        <p className="hint">{t("exports.csvHint")}</p>
      </form>
    </>
  );
}
