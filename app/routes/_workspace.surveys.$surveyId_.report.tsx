import type { LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { Link, useLoaderData } from "@remix-run/react";
import { FiltersInForce, SuppressionNote } from "~/components/charts/filters-in-force";
import { SurveyResultsList } from "~/components/charts/survey-results-list";
import { loadSurveyResults } from "~/evaluation/results-page.server";
import { useTranslation } from "~/i18n/use-translation";

export const meta: MetaFunction<typeof loader> = ({ data }) => [{ title: data ? `${data.title} · Balss` : "Balss" }];

/** The results view (same address filters) laid out for A4: the browser's print or "Save as PDF". */
export function loader({ request, params }: LoaderFunctionArgs) {
  return loadSurveyResults(request, params.surveyId, { withEventComparison: true });
}

export default function SurveyReport() {
  const data = useLoaderData<typeof loader>();
  const { t } = useTranslation();
  return (
    <article className="report">
      <p className="no-print">
        <Link to={`/surveys/${data.surveyId}/results${data.search ? `?${data.search}` : ""}`}>← {t("results.title")}</Link>{" "}
        <button type="button" className="button small" onClick={() => window.print()}>
          {t("projectResults.print")}
        </button>
      </p>
      <p>{data.projectName}</p>
      <h1>{data.title}</h1>
      <p data-testid="report-date">{t("report.generated", { date: data.generatedOn })}</p>
      {data.badFilter ? (
        <p className="error-summary" role="alert">
          {t("results.badFilter")}
        </p>
      ) : null}
      <FiltersInForce filters={data.filters} days={data.filterDays} choices={data.choices} />
      <SuppressionNote threshold={data.threshold} />
      <SurveyResultsList data={data} />
      {data.eventComparison ? (
        <section aria-labelledby="event-comparison" className="page-break-before">
          <h2 id="event-comparison">{t("results.eventComparison")}</h2>
          <FiltersInForce filters={data.eventComparison.filters} days={data.filterDays} choices={data.choices} />
          <SurveyResultsList data={{ ...data, ...data.eventComparison }} idPrefix="by-event" />
        </section>
      ) : null}
    </article>
  );
}
