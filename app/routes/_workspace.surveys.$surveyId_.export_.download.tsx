import type { LoaderFunctionArgs } from "@remix-run/node";
import { exportDownload } from "~/exports/export-download.server";
import { requireSurvey } from "~/survey/require-survey.server";
import { redirectRunToOriginal } from "~/survey/series.server";

/** The raw responses as CSV or XLSX (`?format=csv|xlsx&values=codes|labels&language=lv`): organisers and admins only. */
export async function loader({ request, params }: LoaderFunctionArgs) {
  await requireSurvey(request, params.surveyId, "organise");
  await redirectRunToOriginal(request, params.surveyId!);
  return exportDownload(request, params.surveyId!);
}
