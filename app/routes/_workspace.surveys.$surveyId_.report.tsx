import type { LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { Link, useLoaderData } from "@remix-run/react";
import { FiltersInForce, filtersInWords, SuppressionNote } from "~/components/charts/filters-in-force";
import { QuestionResultView } from "~/components/charts/question-result";
import { ViewRespondents } from "~/components/charts/view-respondents";
import { loadSurveyResults } from "~/evaluation/results-page.server";
import { useTranslation } from "~/i18n/use-translation";

export const meta: MetaFunction<typeof loader> = ({ data }) => [{ title: data ? `${data.title} · Balss` : "Balss" }];

/** The results view (same address filters) laid out for A4: the browser's print or "Save as PDF". */
export function loader({ request, params }: LoaderFunctionArgs) {
  return loadSurveyResults(request, params.surveyId);
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
      <p data-testid="report-date">{t("report.generated", { date: data.generatedAt.slice(0, 10) })}</p>
      {data.badFilter ? (
        <p className="error-summary" role="alert">
          {t("results.badFilter")}
        </p>
      ) : null}
      <FiltersInForce filters={data.filters} choices={data.choices} />
      <SuppressionNote threshold={data.threshold} />
      {data.results ? (
        <>
          <ViewRespondents respondents={data.results.respondents} threshold={data.threshold} />
          {data.results.questions.map((result) => (
            <QuestionResultView
              key={result.key}
              result={result}
              threshold={data.threshold}
              search={data.search}
              source={`${data.projectName} · ${data.title}`}
              filters={`${t("results.filtersInForce")} ${filtersInWords(data.filters, data.choices, t)}`}
            />
          ))}
        </>
      ) : null}
    </article>
  );
}
