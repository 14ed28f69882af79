import { json, type ActionFunctionArgs, type LoaderFunctionArgs, type MetaFunction } from "@remix-run/node";
import { Form, Link, useActionData, useLoaderData } from "@remix-run/react";
import { z } from "zod";
import { readProtectedForm } from "~/auth/authorize.server";
import { CsrfInput } from "~/components/workspace-shell";
import { questionsOf } from "~/evaluation/survey-results.server";
import { resolveUiLanguage } from "~/i18n/i18n.server";
import { pickText } from "~/i18n/translate";
import { useTranslation } from "~/i18n/use-translation";
import { createPresenterLink, liveSettings, revokePresenterLink, saveLiveSettings, suppressionThresholdOf } from "~/live/live-presentation.server";
import { findSurveyById } from "~/survey/find-survey.server";
import { requireSurvey } from "~/survey/require-survey.server";
import { publicUrl } from "~/utils/public-url.server";

export const meta: MetaFunction = () => [{ title: "Balss" }];

export async function loader({ request, params }: LoaderFunctionArgs) {
  await requireSurvey(request, params.surveyId, "organise");
  const lang = await resolveUiLanguage(request);
  const [survey, settings] = await Promise.all([findSurveyById(params.surveyId!), liveSettings(params.surveyId!)]);
  return json({
    surveyId: survey.id,
    title: pickText(survey.title, lang, survey.defaultLanguage),
    settings,
    threshold: await suppressionThresholdOf(survey.projectId),
    questions: questionsOf(survey).map((q) => ({ key: q.key, text: pickText(q.text, lang, survey.defaultLanguage), isText: q.type === "SHORT_TEXT" || q.type === "LONG_TEXT" })),
  });
}

const intentSchema = z.object({ intent: z.enum(["save", "newLink", "revokeLink"]) });

export async function action({ request, params }: ActionFunctionArgs) {
  const { session } = await requireSurvey(request, params.surveyId, "organise");
  const form = await readProtectedForm(request, session.csrfToken);
  const parsed = intentSchema.safeParse({ intent: form.get("intent") });
  if (!parsed.success) return json({ ok: false, message: "live.chooseOne" as const, link: null }, { status: 400 });
  const surveyId = params.surveyId!;
  switch (parsed.data.intent) {
    case "save": {
      const result = await saveLiveSettings(surveyId, form);
      return json({ ok: result.ok, message: result.ok ? ("live.saved" as const) : result.error, link: null }, { status: result.ok ? 200 : 400 });
    }
    case "newLink": {
      const token = await createPresenterLink(surveyId);
      return json({ ok: true, message: "live.linkMade" as const, link: publicUrl(request, `/live/${token}`) });
    }
    case "revokeLink":
      await revokePresenterLink(surveyId);
      return json({ ok: true, message: "live.linkRevoked" as const, link: null });
  }
}

export default function LiveSetup() {
  const { surveyId, title, settings, threshold, questions } = useLoaderData<typeof loader>();
  const result = useActionData<typeof action>();
  const { t } = useTranslation();
  const position = (key: string) => settings.questionKeys.indexOf(key) + 1;
  return (
    <>
      <p>
        <Link to={`/surveys/${surveyId}`}>{title}</Link>
      </p>
      <h1>{t("live.title")}</h1>
      <p className="hint" data-testid="live-real-time-note">
        {t("live.realTimeNote", { k: threshold })}
      </p>
      <p>
        <Link to={`/present/${surveyId}`} className="button primary">
          {t("live.open")}
        </Link>
      </p>
      {result ? (
        <div className={result.ok ? "notice" : "error-summary"} role={result.ok ? "status" : "alert"}>
          <p>{t(result.message)}</p>
          {result.link ? (
            <p>
              <a href={result.link} className="code" data-testid="presenter-link">
                {result.link}
              </a>
            </p>
          ) : null}
        </div>
      ) : null}
      <Form method="post" className="narrow-form">
        <CsrfInput />
        <fieldset className="checkbox-group">
          <legend>{t("live.questions")}</legend>
          <p className="hint">{t("live.questionsHint")}</p>
          {questions.map((q) => (
            <div key={q.key} className="live-choice">
              <label className="checkbox">
                <input type="checkbox" name="question" value={q.key} defaultChecked={position(q.key) > 0} /> {q.text}
                {q.isText ? ` (${t("live.freeText")})` : ""}
              </label>
              <label className="live-order">
                {t("live.order")}{" "}
                <input type="number" name={`order.${q.key}`} min={1} max={99} defaultValue={position(q.key) || ""} inputMode="numeric" />
              </label>
            </div>
          ))}
        </fieldset>
        <fieldset className="checkbox-group">
          <legend>{t("live.layout")}</legend>
          <label className="checkbox">
            <input type="radio" name="layout" value="GRID" defaultChecked={settings.layout === "GRID"} /> {t("live.grid")}
          </label>
          <label className="checkbox">
            <input type="radio" name="layout" value="ONE_AT_A_TIME" defaultChecked={settings.layout === "ONE_AT_A_TIME"} /> {t("live.oneAtATime")}
          </label>
        </fieldset>
        <label className="checkbox">
          <input type="checkbox" name="showFreeText" defaultChecked={settings.showFreeText} /> {t("live.showFreeText")}
        </label>
        <p>
          <button type="submit" name="intent" value="save" className="button primary">
            {t("live.save")}
          </button>
        </p>
      </Form>
      <h2>{t("live.presenterLink")}</h2>
      <p>{t("live.presenterLinkHint")}</p>
      <p>{settings.hasPresenterLink ? t("live.hasLink") : t("live.noLink")}</p>
      <Form method="post" className="inline-form">
        <CsrfInput />
        <button type="submit" name="intent" value="newLink" className="button">
          {t("live.createLink")}
        </button>
        {settings.hasPresenterLink ? (
          <button type="submit" name="intent" value="revokeLink" className="button">
            {t("live.revokeLink")}
          </button>
        ) : null}
      </Form>
    </>
  );
}
