import type { LoaderFunctionArgs } from "@remix-run/node";
import { resolveUiLanguage } from "~/i18n/i18n.server";
import { liveEventStream } from "~/live/live-stream.server";
import { requireSurvey } from "~/survey/require-survey.server";

export async function loader({ request, params }: LoaderFunctionArgs) {
  await requireSurvey(request, params.surveyId, "view");
  return liveEventStream(request, params.surveyId!, await resolveUiLanguage(request));
}
