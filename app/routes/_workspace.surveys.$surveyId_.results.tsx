import type { LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { Link, useLoaderData } from "@remix-run/react";
import { FiltersInForce, SuppressionNote } from "~/components/charts/filters-in-force";
import { ResultsFiltersForm } from "~/components/charts/results-filters-form";
import { SurveyResultsList } from "~/components/charts/survey-results-list";
import { loadSurveyResults } from "~/evaluation/results-page.server";
import { byCountry, byEvent, filtersToSearch } from "~/evaluation/results-filters";
import { useTranslation } from "~/i18n/use-translation";

export const meta: MetaFunction<typeof loader> = ({ data }) => [{ title: data ? `${data.title} · Balss` : "Balss" }];

export function loader({ request, params }: LoaderFunctionArgs) {
  return loadSurveyResults(request, params.surveyId);
}

export default function SurveyResultsPage() {
  const data = useLoaderData<typeof loader>();
  const { t } = useTranslation();
  const query = data.search ? `?${data.search}` : "";
  // The same view, broken down by event or by country.
  const compareBy = (breakdown: string) => filtersToSearch({ ...data.filters, breakdown });
  return (
    <>
      <p>
        <Link to={`/surveys/${data.surveyId}`}>{data.title}</Link>
      </p>
      <h1>{t("results.title")}</h1>
      <ul className="inline-list no-print">
        <li>
          <Link to={`/surveys/${data.surveyId}/report${query}`}>{t("results.report")}</Link>
        </li>
        {data.choices.events.length > 1 ? (
          <li>
            <Link to={`?${compareBy(byEvent)}`}>{t("results.compareEvents")}</Link>
          </li>
        ) : null}
        {data.choices.countries.length > 1 ? (
          <li>
            <Link to={`?${compareBy(byCountry)}`}>{t("results.compareCountries")}</Link>
          </li>
        ) : null}
        {data.pairedSurveyId ? (
          <li>
            <Link to={`/surveys/${data.surveyId}/compare`}>{t("results.compare")}</Link>
          </li>
        ) : null}
      </ul>
      {data.badFilter ? (
        <div className="error-summary" role="alert">
          <p>{t("results.badFilter")}</p>
        </div>
      ) : null}
      <ResultsFiltersForm filters={data.filters} choices={data.choices} timeZoneName={data.timeZoneName} clearHref={`/surveys/${data.surveyId}/results`} />
      <FiltersInForce filters={data.filters} days={data.filterDays} choices={data.choices} />
      <SuppressionNote threshold={data.threshold} />
      <SurveyResultsList data={data} withCsvLinks />
    </>
  );
}
