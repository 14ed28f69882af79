import { json, type ActionFunctionArgs, type LoaderFunctionArgs, type MetaFunction } from "@remix-run/node";
import { Form, Link, useActionData, useLoaderData } from "@remix-run/react";
import { z } from "zod";
import { readProtectedForm } from "~/auth/authorize.server";
import { CsrfInput } from "~/components/workspace-shell";
import { resolveUiLanguage } from "~/i18n/i18n.server";
import { useTranslation } from "~/i18n/use-translation";
import { closeSurvey, openSurvey } from "~/survey/publish-survey.server";
import { qrCodeSvg } from "~/survey/qr-code.server";
import { requireSurvey } from "~/survey/require-survey.server";
import { surveyOverview } from "~/survey/survey-overview.server";
import { publicUrl } from "~/utils/public-url.server";

export const meta: MetaFunction<typeof loader> = ({ data }) => [{ title: data ? `${data.title} · Balss` : "Balss" }];

export async function loader({ request, params }: LoaderFunctionArgs) {
  const { session } = await requireSurvey(request, params.surveyId, "view");
  const overview = await surveyOverview(params.surveyId!, await resolveUiLanguage(request));
  const residentUrl = publicUrl(request, `/s/${overview.joinCode}`);
  return json({
    ...overview,
    canOrganise: session.user.role !== "EVALUATOR",
    residentUrl,
    qrSvg: await qrCodeSvg(residentUrl),
  });
}

const publishSchema = z.object({ intent: z.enum(["open", "close"]) });

export async function action({ request, params }: ActionFunctionArgs) {
  const { session } = await requireSurvey(request, params.surveyId, "organise");
  const form = publishSchema.safeParse(Object.fromEntries(await readProtectedForm(request, session.csrfToken)));
  if (!form.success) return json({ ok: false as const, gaps: [] }, { status: 400 });
  if (form.data.intent === "close") {
    await closeSurvey(params.surveyId!);
    return json({ ok: true as const, gaps: [] });
  }
  const result = await openSurvey(params.surveyId!);
  return json(result.ok ? { ok: true as const, gaps: [] } : { ok: false as const, gaps: result.gaps }, {
    status: result.ok ? 200 : 400,
  });
}

export default function SurveyPage() {
  const survey = useLoaderData<typeof loader>();
  const result = useActionData<typeof action>();
  const { t } = useTranslation();
  return (
    <>
      <p>
        <Link to={`/projects/${survey.projectId}`}>{survey.projectName}</Link>
      </p>
      <h1>{survey.title}</h1>
      <dl className="facts">
        <dt>{t("workspace.status")}</dt>
        <dd data-testid="survey-status">{t(`status.${survey.status}`)}</dd>
        <dt>{t("workspace.responses")}</dt>
        <dd data-testid="response-count">{survey.responses}</dd>
        <dt>{t("workspace.joinCode")}</dt>
        <dd className="code">{survey.joinCode}</dd>
        <dt>{t("workspace.residentLink")}</dt>
        <dd>
          <a href={survey.residentUrl}>{survey.residentUrl}</a>
        </dd>
        {survey.event ? (
          <>
            <dt>{t("workspace.event")}</dt>
            <dd>{survey.event}</dd>
          </>
        ) : null}
        <dt>{t("workspace.languages")}</dt>
        <dd>{survey.languages.join(", ")}</dd>
      </dl>
      <figure className="qr-preview">
        {/* Generated on the server from the survey's own address: no user content in it. */}
        <div role="img" aria-label={t("poster.qrLabel", { url: survey.residentUrl })} dangerouslySetInnerHTML={{ __html: survey.qrSvg }} />
        <figcaption>
          <Link to={`/surveys/${survey.id}/poster`}>{t("poster.open")}</Link> ·{" "}
          <a href={`/surveys/${survey.id}/qr.svg`} download>
            {t("poster.downloadSvg")}
          </a>{" "}
          ·{" "}
          <a href={`/surveys/${survey.id}/qr.png`} download>
            {t("poster.downloadPng")}
          </a>
        </figcaption>
      </figure>
      {result && !result.ok && result.gaps.length ? (
        <div className="error-summary" role="alert">
          <p>{t("workspace.cannotOpen")}</p>
          <ul>
            {result.gaps.map((gap) => (
              <li key={`${gap.where}-${gap.language}`}>{t("workspace.missingText", gap)}</li>
            ))}
          </ul>
        </div>
      ) : null}
      {survey.canOrganise ? (
        <Form method="post" className="form-actions">
          <CsrfInput />
          {survey.status === "OPEN" ? (
            <button type="submit" name="intent" value="close" className="button">
              {t("workspace.closeNow")}
            </button>
          ) : (
            <button type="submit" name="intent" value="open" className="button primary">
              {t("workspace.openNow")}
            </button>
          )}
        </Form>
      ) : null}
      {result?.ok ? (
        <p role="status" className="notice">
          {t(survey.status === "OPEN" ? "workspace.opened" : "workspace.closedNow")}
        </p>
      ) : null}
    </>
  );
}
