import { json, type LoaderFunctionArgs, type MetaFunction } from "@remix-run/node";
import { useLoaderData } from "@remix-run/react";
import { LiveBoard } from "~/components/live/live-board";
import { livePage } from "~/live/live-page.server";
import { requireSurvey } from "~/survey/require-survey.server";

export const meta: MetaFunction = () => [{ title: "Balss" }];

/** The live page for signed-in organisers and evaluators of the project. */
export async function loader({ request, params }: LoaderFunctionArgs) {
  await requireSurvey(request, params.surveyId, "view");
  return json({ ...(await livePage(request, params.surveyId!)), eventsUrl: `/present/${params.surveyId}/events` });
}

export default function Present() {
  const { initial, eventsUrl, residentUrl, publicResultsUrl, qrSvg } = useLoaderData<typeof loader>();
  return <LiveBoard initial={initial} eventsUrl={eventsUrl} residentUrl={residentUrl} publicResultsUrl={publicResultsUrl} qrSvg={qrSvg} />;
}
