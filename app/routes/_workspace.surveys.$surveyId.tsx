import { json, redirect, type ActionFunctionArgs, type LoaderFunctionArgs, type MetaFunction } from "@remix-run/node";
import { Form, Link, useActionData, useLoaderData } from "@remix-run/react";
import { z } from "zod";
import { readProtectedForm } from "~/auth/authorize.server";
import { FieldError } from "~/components/field-error";
import { CsrfInput } from "~/components/workspace-shell";
import { formatNumber } from "~/i18n/format-number";
import { resolveUiLanguage } from "~/i18n/i18n.server";
import { languageName, textDirection } from "~/i18n/languages";
import type { MessageKey } from "~/i18n/messages/en";
import { useTranslation } from "~/i18n/use-translation";
import { duplicateAsAfter } from "~/survey/new-survey.server";
import { closeSurvey, openSurvey, regenerateJoinCode, scheduleSurvey } from "~/survey/publish-survey.server";
import { qrCodeSvg } from "~/survey/qr-code.server";
import { requireSurvey } from "~/survey/require-survey.server";
import { surveyOverview } from "~/survey/survey-overview.server";
import { runAtAnotherEvent } from "~/survey/series.server";
import { saveSurveyWording } from "~/survey/survey-wording.server";
import { listWordingEdits } from "~/survey/wording-edits.server";
import { describePlace, type TranslationGap } from "~/survey/survey-texts";
import { publicUrl } from "~/utils/public-url.server";
import { dateAndTime, formatDate } from "~/utils/format-date";
import { TableScroll } from "~/components/table-scroll";

export const meta: MetaFunction<typeof loader> = ({ data }) => [{ title: data ? `${data.title} · Balss` : "Balss" }];

export async function loader({ request, params }: LoaderFunctionArgs) {
  const { session } = await requireSurvey(request, params.surveyId, "view");
  const lang = await resolveUiLanguage(request);
  const overview = await surveyOverview(params.surveyId!, lang);
  const residentUrl = publicUrl(request, `/s/${overview.joinCode}`);
  return json({
    ...overview,
    canOrganise: session.user.role !== "EVALUATOR",
    residentUrl,
    qrSvg: await qrCodeSvg(residentUrl),
    edits: (await listWordingEdits(overview.originalId)).map((edit) => ({ ...edit, editedAt: formatDate(edit.editedAt, lang, overview.timeZone, dateAndTime) })),
  });
}

const intentSchema = z.object({ intent: z.enum(["open", "close", "schedule", "newCode", "duplicateAfter", "wording", "runElsewhere"]) });

interface PublishOutcome {
  ok: boolean;
  message: MessageKey;
  vars?: Record<string, string>;
  gaps?: TranslationGap[];
  /** The field of the title form that the message is about. */
  field?: "title" | "intro";
}

async function change(surveyId: string, form: FormData, editorId: string): Promise<PublishOutcome | Response> {
  const parsed = intentSchema.safeParse(Object.fromEntries(form));
  if (!parsed.success) return { ok: false, message: "workspace.forbidden" };
  switch (parsed.data.intent) {
    case "wording": {
      const result = await saveSurveyWording(surveyId, Object.fromEntries(form), editorId);
      return result.ok ? { ok: true, message: "survey.wordingSaved" } : { ok: false, message: result.error, field: result.field };
    }
    case "close":
      await closeSurvey(surveyId);
      return { ok: true, message: "workspace.closedNow" };
    case "open": {
      const result = await openSurvey(surveyId);
      if (result.ok) return { ok: true, message: "workspace.opened" };
      return { ok: false, message: result.error ?? "workspace.cannotOpen", vars: result.vars, gaps: result.gaps };
    }
    case "schedule": {
      const result = await scheduleSurvey(surveyId, Object.fromEntries(form));
      if (result.ok) return { ok: true, message: "schedule.saved" };
      return { ok: false, message: result.error, vars: "vars" in result ? result.vars : undefined, gaps: "gaps" in result ? result.gaps : undefined };
    }
    case "duplicateAfter": {
      const result = await duplicateAsAfter(surveyId);
      return result.ok ? redirect(`/surveys/${result.surveyId}`) : { ok: false, message: result.error };
    }
    case "runElsewhere": {
      const result = await runAtAnotherEvent(surveyId, Object.fromEntries(form));
      return result.ok ? redirect(`/surveys/${result.surveyId}`) : { ok: false, message: result.error };
    }
    case "newCode": {
      const result = await regenerateJoinCode(surveyId);
      return result.ok ? { ok: true, message: "schedule.codeChanged", vars: { code: result.joinCode } } : { ok: false, message: result.error };
    }
  }
}

export async function action({ request, params }: ActionFunctionArgs) {
  const { session } = await requireSurvey(request, params.surveyId, "organise");
  const outcome = await change(params.surveyId!, await readProtectedForm(request, session.csrfToken), session.user.id);
  if (outcome instanceof Response) return outcome;
  return json(outcome, { status: outcome.ok ? 200 : 400 });
}

export default function SurveyPage() {
  const survey = useLoaderData<typeof loader>();
  const result = useActionData<typeof action>();
  const { t, uiLanguage } = useTranslation();
  return (
    <>
      <p>
        <Link to={`/projects/${survey.projectId}`}>{survey.projectName}</Link>
      </p>
      <h1>{survey.title}</h1>
      {survey.originalId !== survey.id ? (
        <p className="notice">
          {t("series.runNote", { event: survey.event })} <Link to={`/surveys/${survey.originalId}`}>{t("series.toOriginal")}</Link>
        </p>
      ) : null}
      {result ? (
        <div className={result.ok ? "notice" : "error-summary"} role={result.ok ? "status" : "alert"}>
          <p>{t(result.message, result.vars)}</p>
          {result.gaps?.length ? (
            <ul>
              {result.gaps.map((gap: TranslationGap) => (
                <li key={`${gap.address}-${gap.language}`}>{t("workspace.missingText", { where: describePlace(t, gap.place), language: gap.language })}</li>
              ))}
            </ul>
          ) : null}
        </div>
      ) : null}
      <dl className="facts">
        <dt>{t("workspace.status")}</dt>
        <dd data-testid="survey-status">{t(`status.${survey.status}`)}</dd>
        {survey.opensOn ? (
          <>
            <dt>{t("workspace.opensOn")}</dt>
            <dd data-testid="opens-on">{survey.opensOn}</dd>
          </>
        ) : null}
        {survey.closesOn ? (
          <>
            <dt>{t("workspace.closesOn")}</dt>
            <dd data-testid="closes-on">{survey.closesOn}</dd>
          </>
        ) : null}
        {survey.opensOn || survey.closesOn ? (
          <>
            <dt>{t("timeZone.label")}</dt>
            <dd>{survey.timeZoneName}</dd>
          </>
        ) : null}
        <dt>{t("workspace.responses")}</dt>
        <dd data-testid="response-count">{formatNumber(survey.responses, uiLanguage)}</dd>
        <dt>{t("workspace.joinCode")}</dt>
        <dd className="code" data-testid="join-code">
          {survey.joinCode}
        </dd>
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
        <dt>{t("workspace.phase")}</dt>
        <dd>{t(`phase.${survey.phase}`)}</dd>
        {survey.paired ? (
          <>
            <dt>{t("survey.pairedWith")}</dt>
            <dd>
              <Link to={`/surveys/${survey.paired.id}`}>{survey.paired.title}</Link> ({t(`phase.${survey.paired.phase}`)})
            </dd>
          </>
        ) : null}
      </dl>
      <ul className="inline-list">
        <li>
          <Link to={`/surveys/${survey.id}/results`}>{t("results.link")}</Link>
        </li>
        {survey.paired ? (
          // This survey's own pair: the results page is the whole questionnaire's, whose pair may be another event's.
          <li>
            <Link to={`/surveys/${survey.id}/compare`}>{t("results.compare")}</Link>
          </li>
        ) : null}
        {survey.canOrganise ? (
          <li>
            <Link to={`/surveys/${survey.id}/live`}>{t("live.link")}</Link>
          </li>
        ) : null}
        {survey.canOrganise ? (
          <li>
            <Link to={`/surveys/${survey.originalId}/public`}>{t("sharing.link")}</Link>
          </li>
        ) : null}
        <li>
          <Link to={`/surveys/${survey.id}/preview`}>{t("survey.preview")}</Link>
        </li>
        <li>
          <Link to={`/surveys/${survey.originalId}/questions`}>{t("builder.open")}</Link>
        </li>
        <li>
          <Link to={`/surveys/${survey.originalId}/translations`}>{t("translations.open")}</Link>
        </li>
        {survey.canOrganise ? (
          <li>
            <Link to={`/surveys/${survey.originalId}/export`}>{t("exports.open")}</Link>
          </li>
        ) : null}
      </ul>
      {survey.canOrganise ? <WordingForm survey={survey} result={result} /> : null}
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
      {survey.canOrganise ? <PublishForms survey={survey} /> : null}
      <SeriesRuns survey={survey} />
      {survey.responses || survey.edits.length ? <WordingEdits edits={survey.edits} timeZoneName={survey.timeZoneName} /> : null}
    </>
  );
}

/** Every event the questionnaire runs at, and (for organisers) "Run at another event". */
function SeriesRuns({ survey }: { survey: ReturnType<typeof useLoaderData<typeof loader>> }) {
  const { t, uiLanguage } = useTranslation();
  return (
    <section aria-labelledby="series-title">
      <h2 id="series-title">{t("series.title")}</h2>
      <p className="hint">{t("series.hint")}</p>
      <TableScroll label={t("series.title")}>
        <table data-testid="series-runs">
          <thead>
            <tr>
              <th scope="col">{t("workspace.event")}</th>
              <th scope="col">{t("series.country")}</th>
              <th scope="col">{t("workspace.status")}</th>
              <th scope="col">{t("workspace.joinCode")}</th>
              <th scope="col" className="number">
                {t("workspace.responses")}
              </th>
            </tr>
          </thead>
          <tbody>
            {survey.runs.map((run) => (
              <tr key={run.surveyId}>
                <th scope="row">
                  <Link to={`/surveys/${run.surveyId}`} aria-current={run.surveyId === survey.id ? "page" : undefined}>
                    {run.event ? `${run.event} (${run.date})` : t("series.noEvent")}
                  </Link>
                </th>
                <td>{run.countryName || "—"}</td>
                <td>{t(`status.${run.status}`)}</td>
                <td className="code">{run.joinCode}</td>
                <td className="number">{formatNumber(run.responses, uiLanguage)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </TableScroll>
      {survey.canOrganise ? (
        survey.eventsForAnotherRun.length ? (
          <Form method="post" className="narrow-form">
            <CsrfInput />
            <div className="field">
              <label htmlFor="run-event">{t("series.anotherEvent")}</label>
              <select id="run-event" name="eventId" required defaultValue="">
                <option value="" disabled>
                  {t("series.chooseEventOption")}
                </option>
                {survey.eventsForAnotherRun.map((event) => (
                  <option key={event.id} value={event.id}>
                    {event.title} ({event.date})
                  </option>
                ))}
              </select>
            </div>
            <button type="submit" name="intent" value="runElsewhere" className="button">
              {t("series.run")}
            </button>
          </Form>
        ) : (
          <p className="hint">{t("series.noOtherEvent")}</p>
        )
      ) : null}
    </section>
  );
}

/** What was reworded after residents started answering, newest first. */
function WordingEdits({ edits, timeZoneName }: { edits: ReturnType<typeof useLoaderData<typeof loader>>["edits"]; timeZoneName: string }) {
  const { t } = useTranslation();
  return (
    <section aria-labelledby="wording-edits">
      <h2 id="wording-edits">{t("edits.title")}</h2>
      {edits.length === 0 ? (
        <p>{t("edits.none")}</p>
      ) : (
        <>
          <p className="hint">{t("timeZone.timesHint", { zone: timeZoneName })}</p>
          <TableScroll label={t("edits.title")}>
            <table className="wording-edits">
              <thead>
                <tr>
                  <th scope="col">{t("edits.when")}</th>
                  <th scope="col">{t("edits.who")}</th>
                  <th scope="col">{t("edits.what")}</th>
                  <th scope="col">{t("edits.language")}</th>
                  <th scope="col">{t("edits.before")}</th>
                  <th scope="col">{t("edits.after")}</th>
                </tr>
              </thead>
              <tbody>
                {edits.map((edit) => (
                  <tr key={edit.id}>
                    <td>{edit.editedAt}</td>
                    <td>{edit.who ?? t("edits.deletedAccount")}</td>
                    <td>{edit.place ? describePlace(t, edit.place) : <span className="code">{edit.what}</span>}</td>
                    <td>{edit.language}</td>
                    <td lang={edit.language} dir={textDirection(edit.language)}>{edit.before || "—"}</td>
                    <td lang={edit.language} dir={textDirection(edit.language)}>{edit.after || "—"}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </TableScroll>
        </>
      )}
    </section>
  );
}

/** The title and introduction in the questionnaire's main language; the others are translations. */
function WordingForm({ survey, result }: { survey: ReturnType<typeof useLoaderData<typeof loader>>; result: PublishOutcome | undefined }) {
  const { t } = useTranslation();
  const language = languageName(survey.defaultLanguage);
  const error = (field: "title" | "intro") => (result && !result.ok && result.field === field ? result.message : undefined);
  return (
    <section aria-labelledby="wording-title">
      <h2 id="wording-title">{t("survey.wordingTitle")}</h2>
      <Form method="post" noValidate className="narrow-form">
        <CsrfInput />
        <p className="hint">{t("survey.wordingHint", { language })}</p>
        <div className="field">
          <label htmlFor="survey-title">{t("survey.titleField", { language })}</label>
          <input
            id="survey-title"
            name="title"
            lang={survey.defaultLanguage}
            dir={textDirection(survey.defaultLanguage)}
            required
            maxLength={500}
            defaultValue={survey.wording.title}
            aria-invalid={error("title") ? true : undefined}
            aria-describedby={error("title") ? "survey-title-error" : undefined}
          />
          <FieldError id="survey-title-error" error={error("title")} />
        </div>
        <div className="field">
          <label htmlFor="survey-intro">{t("survey.introField", { language })}</label>
          <textarea
            id="survey-intro"
            name="intro"
            lang={survey.defaultLanguage}
            dir={textDirection(survey.defaultLanguage)}
            rows={4}
            maxLength={5000}
            defaultValue={survey.wording.intro}
            aria-invalid={error("intro") ? true : undefined}
            aria-describedby={error("intro") ? "survey-intro-error" : undefined}
          />
          <FieldError id="survey-intro-error" error={error("intro")} />
        </div>
        <button type="submit" name="intent" value="wording" className="button">
          {t("survey.saveWording")}
        </button>
      </Form>
    </section>
  );
}

function PublishForms({ survey }: { survey: ReturnType<typeof useLoaderData<typeof loader>> }) {
  const { t } = useTranslation();
  return (
    <>
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
        {survey.status === "DRAFT" ? (
          <button type="submit" name="intent" value="newCode" className="button">
            {t("schedule.newCode")}
          </button>
        ) : null}
        {survey.paired ? null : (
          <button type="submit" name="intent" value="duplicateAfter" className="button">
            {t("survey.duplicateAfter")}
          </button>
        )}
      </Form>
      <h2 id="schedule-title">{t("schedule.title")}</h2>
      <Form method="post" className="narrow-form" aria-labelledby="schedule-title">
        <CsrfInput />
        <p id="schedule-zone" className="hint">
          {t(survey.timeZoneOfEvent ? "timeZone.eventSurveyHint" : "timeZone.projectSurveyHint", { zone: survey.timeZoneName })}
        </p>
        <div className="field">
          <label htmlFor="opensAt">{t("schedule.opensAt")}</label>
          <input id="opensAt" name="opensAt" type="datetime-local" defaultValue={survey.opensAt} aria-describedby="schedule-zone" />
        </div>
        <div className="field">
          <label htmlFor="closesAt">{t("schedule.closesAt")}</label>
          <input id="closesAt" name="closesAt" type="datetime-local" defaultValue={survey.closesAt} aria-describedby="schedule-zone" />
        </div>
        <button type="submit" name="intent" value="schedule" className="button">
          {t("schedule.submit")}
        </button>
      </Form>
    </>
  );
}
