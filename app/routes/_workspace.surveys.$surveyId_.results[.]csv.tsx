import type { LoaderFunctionArgs } from "@remix-run/node";
import { aggregateCsv } from "~/evaluation/aggregate-csv.server";
import { surveyAggregate } from "~/evaluation/results-page.server";

/** One chart's aggregate numbers (with small groups suppressed), for evaluators' spreadsheets. */
export async function loader({ request, params }: LoaderFunctionArgs) {
  const { result, t, note } = await surveyAggregate(request, params.surveyId);
  return new Response(aggregateCsv(result, t, note), {
    headers: {
      "Content-Type": "text/csv; charset=utf-8",
      "Content-Disposition": `attachment; filename="${result.key}.csv"`,
    },
  });
}
