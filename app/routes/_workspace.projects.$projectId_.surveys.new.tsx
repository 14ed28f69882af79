import { json, redirect, type ActionFunctionArgs, type LoaderFunctionArgs, type MetaFunction } from "@remix-run/node";
import { FieldError, FormProblem } from "~/components/field-error";
import { Form, Link, useActionData, useLoaderData } from "@remix-run/react";
import { readProtectedForm, requireProject } from "~/auth/authorize.server";
import { CsrfInput } from "~/components/workspace-shell";
import { prisma } from "~/db.server";
import { resolveUiLanguage } from "~/i18n/i18n.server";
import { languageName, residentLanguages } from "~/i18n/languages";
import { pickText } from "~/i18n/translate";
import { useTranslation } from "~/i18n/use-translation";
import { createSurveyFromForm, type NewSurveyErrors } from "~/survey/new-survey.server";
import { surveyTemplates } from "~/survey/templates";
import { formatDate } from "~/utils/format-date";

export const meta: MetaFunction = () => [{ title: "Balss" }];

export async function loader({ request, params }: LoaderFunctionArgs) {
  const { project } = await requireProject(request, params.projectId, "organise");
  const lang = await resolveUiLanguage(request);
  const events = await prisma.event.findMany({ where: { projectId: project.id, archivedAt: null }, orderBy: { startsAt: "asc" } });
  return json({
    projectId: project.id,
    uiLanguage: lang,
    templates: [
      { id: "blank", title: null, languages: null },
      ...Object.entries(surveyTemplates).map(([id, template]) => ({ id, title: pickText(template.title, lang, "en"), languages: template.languages })),
    ],
    events: events.map((e) => ({ id: e.id, title: pickText(e.title, lang, "en"), date: formatDate(e.startsAt, lang, e.timeZone) })),
  });
}

export async function action({ request, params }: ActionFunctionArgs) {
  const { project, session } = await requireProject(request, params.projectId, "organise");
  const fields = Object.fromEntries(await readProtectedForm(request, session.csrfToken));
  const result = await createSurveyFromForm(project.id, fields);
  if (result.ok) return redirect(`/surveys/${result.surveyId}`);
  // What was chosen comes back, so that without JavaScript it need not be chosen again.
  const chosen = (name: string) => (typeof fields[name] === "string" ? (fields[name] as string) : "");
  return json(
    { errors: result.errors, values: { template: chosen("template"), language: chosen("language"), eventId: chosen("eventId"), phase: chosen("phase") } },
    { status: 400 },
  );
}

export default function NewSurvey() {
  const { projectId, uiLanguage, templates, events } = useLoaderData<typeof loader>();
  const result = useActionData<typeof action>();
  const { t } = useTranslation();
  const errors: NewSurveyErrors = result?.errors ?? {};
  const values = result?.values;
  const language = values?.language || uiLanguage;
  const chosenTemplate = templates.find((template) => template.id === values?.template);
  const names = (languages: string[]) => languages.map(languageName).join(", ");
  // Which languages the chosen template has, for the message when it lacks the main language.
  const templateLanguages = { languages: names(chosenTemplate?.languages ?? []), language: languageName(language) };
  return (
    <>
      <p>
        <Link to={`/projects/${projectId}`}>←</Link>
      </p>
      <h1>{t("survey.new")}</h1>
      {Object.keys(errors).length ? <FormProblem /> : null}
      <Form method="post" noValidate className="narrow-form">
        <CsrfInput />
        <fieldset className="question" aria-describedby={errors.template ? "template-hint template-error" : "template-hint"}>
          <legend>{t("survey.template")}</legend>
          <p className="hint" id="template-hint">
            {t("survey.templateHint")} {t("survey.templateTranslations")}
          </p>
          <div className="options">
            {templates.map((template) => (
              <div className="option" key={template.id}>
                <input
                  type="radio"
                  id={`template-${template.id}`}
                  name="template"
                  value={template.id}
                  required
                  defaultChecked={values?.template === template.id}
                />
                <label htmlFor={`template-${template.id}`}>
                  {template.title ?? t("survey.blank")}
                  {template.languages ? <span className="hint"> {t("survey.templateLanguages", { languages: names(template.languages) })}</span> : null}
                </label>
              </div>
            ))}
          </div>
          <FieldError id="template-error" error={errors.template} />
        </fieldset>
        <div className="field">
          <label htmlFor="language">{t("survey.mainLanguage")}</label>
          <p className="hint" id="language-hint">
            {t("survey.mainLanguageHint")}
          </p>
          <select
            id="language"
            name="language"
            defaultValue={language}
            aria-describedby={errors.language ? "language-hint language-error" : "language-hint"}
          >
            {residentLanguages.map((code) => (
              <option key={code} value={code} lang={code}>
                {languageName(code)}
              </option>
            ))}
          </select>
          <FieldError id="language-error" error={errors.language} vars={templateLanguages} />
        </div>
        <div className="field">
          <label htmlFor="eventId">{t("survey.forEvent")}</label>
          <select id="eventId" name="eventId" defaultValue={values?.eventId} aria-describedby={errors.eventId ? "eventId-error" : undefined}>
            <option value="">{t("survey.noEvent")}</option>
            {events.map((event) => (
              <option key={event.id} value={event.id}>
                {event.title} ({event.date})
              </option>
            ))}
          </select>
          <FieldError id="eventId-error" error={errors.eventId} />
        </div>
        <div className="field">
          <label htmlFor="phase">{t("workspace.phase")}</label>
          <select id="phase" name="phase" defaultValue={values?.phase} aria-describedby={errors.phase ? "phase-error" : undefined}>
            {(["NONE", "BEFORE", "AFTER"] as const).map((phase) => (
              <option key={phase} value={phase}>
                {t(`phase.${phase}`)}
              </option>
            ))}
          </select>
          <FieldError id="phase-error" error={errors.phase} />
        </div>
        <button type="submit" className="button primary">
          {t("survey.create")}
        </button>
      </Form>
    </>
  );
}
