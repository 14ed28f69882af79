import type { SerializeFrom } from "@remix-run/node";
import type { loadSurveyResults } from "~/evaluation/results-page.server";
import { useTranslation } from "~/i18n/use-translation";
import { filtersInWords } from "./filters-in-force";
import { QuestionResultView } from "./question-result";
import { ViewRespondents } from "./view-respondents";

type ResultsPage = SerializeFrom<typeof loadSurveyResults>;

/**
 * Every question of a results view, charted: shared by the results page (with a CSV link per
 * chart) and the printable report (without), so both state the same numbers the same way.
 */
export function SurveyResultsList({ data, withCsvLinks = false, idPrefix }: { data: ResultsPage; withCsvLinks?: boolean; idPrefix?: string }) {
  const { t } = useTranslation();
  if (!data.results) return null;
  const csvHref = (key: string) =>
    `/surveys/${data.surveyId}/results.csv?${new URLSearchParams([...new URLSearchParams(data.search), ["question", key]])}`;
  return (
    <>
      <ViewRespondents respondents={data.results.respondents} threshold={data.threshold} />
      {data.results.questions.map((result) => (
        <QuestionResultView
          key={result.key}
          result={result}
          threshold={data.threshold}
          search={data.search}
          source={`${data.projectName} · ${data.title}`}
          filters={`${t("results.filtersInForce")} ${filtersInWords(data.filters, data.filterDays, data.choices, t)}`}
          csvHref={withCsvLinks && result.chart !== "text" ? csvHref(result.key) : undefined}
          idPrefix={idPrefix}
        />
      ))}
    </>
  );
}
