import { json, redirect, type ActionFunctionArgs, type LoaderFunctionArgs, type MetaFunction } from "@remix-run/node";
import { useActionData, useLoaderData } from "@remix-run/react";
import { randomUUID } from "node:crypto";
import { AnswerForm } from "~/components/answer-form/answer-form";
import { PageShell } from "~/components/page-shell";
import { hasAnswered, rememberAnswered } from "~/survey/answered-cookie.server";
import { answerStep } from "~/survey/answer-steps.server";
import { surveyAvailability } from "~/survey/availability";
import { toResidentSurvey } from "~/survey/find-survey.server";
import { loadResidentPage } from "~/survey/resident-page.server";
import { clientAddressOf } from "~/utils/client-address.server";
import { readForm } from "~/utils/read-form.server";
import { takeSubmissionSlot } from "~/survey/submission-rate-limit.server";

export const meta: MetaFunction<typeof loader> = ({ data }) => [
  { title: data ? `${data.survey.title} · Balss` : "Balss" },
];

export async function loader({ request, params, context }: LoaderFunctionArgs) {
  const { survey, lang } = await loadResidentPage(request, params.code ?? "", clientAddressOf(context));
  const answerAgain = new URL(request.url).searchParams.has("again");
  const answered = !survey.allowRepeat && !answerAgain && (await hasAnswered(request, survey.id));
  if (surveyAvailability(survey) !== "open" || answered) throw redirect(`/s/${survey.joinCode}?lang=${lang}`);
  return json({ lang, languages: survey.languages, survey: toResidentSurvey(survey, lang), freshKey: randomUUID() });
}

export async function action({ request, params, context }: ActionFunctionArgs) {
  const slot = takeSubmissionSlot(clientAddressOf(context));
  if (!slot.ok) throw json({ message: "too many" }, { status: 429, headers: { "Retry-After": String(slot.retryAfterSeconds) } });
  const { survey, lang } = await loadResidentPage(request, params.code ?? "", clientAddressOf(context));
  const result = await answerStep(survey, toResidentSurvey(survey, lang), lang, await readForm(request));
  if (result.kind === "done") {
    return redirect(`/s/${survey.joinCode}/thanks?lang=${lang}`, {
      headers: { "Set-Cookie": await rememberAnswered(survey.id) },
    });
  }
  return json(result.step, { status: result.status });
}

export default function AnswerSurvey() {
  const { survey, languages, lang, freshKey } = useLoaderData<typeof loader>();
  const step = useActionData<typeof action>();
  return (
    <PageShell title={survey.title} languages={languages}>
      <AnswerForm
        survey={survey}
        freshKey={freshKey}
        step={step}
        action={`/s/${survey.joinCode}/answer?lang=${lang}`}
      />
    </PageShell>
  );
}
