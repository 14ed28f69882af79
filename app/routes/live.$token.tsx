import { json, type LoaderFunctionArgs, type MetaFunction } from "@remix-run/node";
import { useLoaderData } from "@remix-run/react";
import { LiveBoard } from "~/components/live/live-board";
import { livePage } from "~/live/live-page.server";
import { surveyIdByPresenterToken } from "~/live/live-presentation.server";

export const meta: MetaFunction = () => [{ title: "Balss" }, { name: "robots", content: "noindex" }];

/** The live page through a presenter link, for a projector laptop without an account. */
export async function loader({ request, params }: LoaderFunctionArgs) {
  const surveyId = await surveyIdByPresenterToken(params.token ?? "");
  if (!surveyId) throw json({ message: "not found" }, { status: 404 });
  return json({ ...(await livePage(request, surveyId)), eventsUrl: `/live/${params.token}/events` });
}

export default function PresenterLink() {
  const { initial, eventsUrl, residentUrl, publicResultsUrl, qrSvg } = useLoaderData<typeof loader>();
  return <LiveBoard initial={initial} eventsUrl={eventsUrl} residentUrl={residentUrl} publicResultsUrl={publicResultsUrl} qrSvg={qrSvg} />;
}
