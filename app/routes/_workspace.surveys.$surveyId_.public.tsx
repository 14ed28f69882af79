import { json, type ActionFunctionArgs, type LoaderFunctionArgs, type MetaFunction } from "@remix-run/node";
import { Form, Link, useActionData, useLoaderData } from "@remix-run/react";
import { readProtectedForm } from "~/auth/authorize.server";
import { CsrfInput } from "~/components/workspace-shell";
import { sharingPage } from "~/evaluation/sharing-page.server";
import { savePublicResults } from "~/evaluation/public-results-settings.server";
import { useTranslation } from "~/i18n/use-translation";
import { requireSurvey } from "~/survey/require-survey.server";
import { redirectRunToOriginal } from "~/survey/series.server";

export const meta: MetaFunction = () => [{ title: "Balss" }];

/** Sharing results back with residents: the charts, pooling of a series' events, publishing. On the original of a series. */
export async function loader({ request, params }: LoaderFunctionArgs) {
  const { project } = await requireSurvey(request, params.surveyId, "organise");
  await redirectRunToOriginal(request, params.surveyId!);
  return json({ ...(await sharingPage(request, params.surveyId!)), threshold: project.suppressionThreshold });
}

export async function action({ request, params }: ActionFunctionArgs) {
  const { session } = await requireSurvey(request, params.surveyId, "organise");
  await redirectRunToOriginal(request, params.surveyId!);
  const result = await savePublicResults(params.surveyId!, await readProtectedForm(request, session.csrfToken));
  return json(result, { status: result.ok ? 200 : 400 });
}

export default function SharingResults() {
  const { surveyId, title, settings, questions, runs, threshold } = useLoaderData<typeof loader>();
  const result = useActionData<typeof action>();
  const { t } = useTranslation();
  const series = runs.length > 1;
  return (
    <>
      <p>
        <Link to={`/surveys/${surveyId}`}>{title}</Link>
      </p>
      <h1>{t("sharing.title")}</h1>
      <p>{t("sharing.intro", { k: threshold })}</p>
      <p className={settings.published ? "notice" : undefined} data-testid="sharing-status">
        <strong>{settings.published ? t("sharing.statusPublished") : t("sharing.statusNotPublished")}</strong>
      </p>
      {result ? (
        <div className={result.ok ? "notice" : "error-summary"} role={result.ok ? "status" : "alert"}>
          <p>{t(result.ok ? result.message : result.error)}</p>
        </div>
      ) : null}
      {questions.length ? (
        <Form method="post" className="narrow-form">
          <CsrfInput />
          <fieldset className="checkbox-group">
            <legend>{t("sharing.charts")}</legend>
            <p className="hint">{t("sharing.chartsHint")}</p>
            {questions.map((question) => (
              <label key={question.key} className="checkbox">
                <input type="checkbox" name="question" value={question.key} defaultChecked={settings.questionKeys.includes(question.key)} /> {question.text} (
                {t(`type.${question.type}`)})
              </label>
            ))}
          </fieldset>
          {series ? (
            <div className="checkbox-group">
              <label className="checkbox">
                <input type="checkbox" name="showAllEvents" defaultChecked={settings.showAllEvents} aria-describedby="all-events-hint" />{" "}
                {t("sharing.showAllEvents", { count: runs.length })}
              </label>
              <p className="hint" id="all-events-hint">
                {t("sharing.showAllEventsHint", { k: threshold })}
              </p>
            </div>
          ) : null}
          <p className="inline-form">
            {settings.published ? (
              <button type="submit" name="intent" value="save" className="button primary">
                {t("sharing.saveChanges")}
              </button>
            ) : (
              <>
                <button type="submit" name="intent" value="publish" className="button primary">
                  {t("sharing.publish")}
                </button>
                <button type="submit" name="intent" value="save" className="button">
                  {t("sharing.saveUnpublished")}
                </button>
              </>
            )}
          </p>
        </Form>
      ) : (
        <p>{t("sharing.noCharts")}</p>
      )}
      {settings.published ? (
        <Form method="post" className="inline-form">
          <CsrfInput />
          <button type="submit" name="intent" value="unpublish" className="button">
            {t("sharing.unpublish")}
          </button>
        </Form>
      ) : null}
      <h2>{t("sharing.pages")}</h2>
      <p className="hint">{t("sharing.pagesHint")}</p>
      <ul>
        {runs.map((run) => (
          <li key={run.surveyId}>
            {run.event ? `${run.event}${run.date ? ` (${run.date})` : ""}: ` : ""}
            {settings.published ? (
              <a href={run.url} className="code">
                {run.url}
              </a>
            ) : (
              <span className="code">{run.url}</span>
            )}{" "}
            ·{" "}
            <Link to={`/surveys/${run.surveyId}/public/preview`}>{t("sharing.preview")}</Link>
          </li>
        ))}
      </ul>
    </>
  );
}
