import { json, type LoaderFunctionArgs } from "@remix-run/node";
import { resolveUiLanguage } from "~/i18n/i18n.server";
import { surveyIdByPresenterToken } from "~/live/live-presentation.server";
import { liveEventStream } from "~/live/live-stream.server";

export async function loader({ request, params }: LoaderFunctionArgs) {
  const surveyId = await surveyIdByPresenterToken(params.token ?? "");
  if (!surveyId) throw json({ message: "not found" }, { status: 404 });
  return liveEventStream(request, surveyId, await resolveUiLanguage(request));
}
