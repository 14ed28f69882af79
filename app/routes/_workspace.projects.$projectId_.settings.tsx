import { json, type ActionFunctionArgs, type LoaderFunctionArgs, type MetaFunction } from "@remix-run/node";
import { FieldError, FormProblem } from "~/components/field-error";
import { Form, Link, useActionData, useLoaderData } from "@remix-run/react";
import { readProtectedForm, requireProject } from "~/auth/authorize.server";
import { OneLanguageRequiredLegend, RequiredMark } from "~/components/required-mark";
import { TimeZoneSelect } from "~/components/time-zone-select";
import { CsrfInput } from "~/components/workspace-shell";
import { resolveUiLanguage } from "~/i18n/i18n.server";
import { useTranslation } from "~/i18n/use-translation";
import { addPartner, listPartners, removePartner } from "~/projects/project-admin.server";
import { languageName, uiLanguages } from "~/i18n/languages";
import type { TimeZoneChoices } from "~/utils/time-zones";
import {
  projectDetailsValues,
  projectSettingsValues,
  projectTimeZoneChoices,
  saveProjectDetails,
  saveProjectSettings,
  setProjectArchived,
  type SettingsErrors,
} from "~/projects/project-settings.server";

export const meta: MetaFunction = () => [{ title: "Balss" }];

export async function loader({ request, params }: LoaderFunctionArgs) {
  const { project } = await requireProject(request, params.projectId, "organise");
  const partners = await listPartners(project.id);
  return json({
    projectId: project.id,
    values: projectSettingsValues(project),
    details: projectDetailsValues(project),
    timeZones: await projectTimeZoneChoices(project, await resolveUiLanguage(request)),
    archived: Boolean(project.archivedAt),
    partners: partners.map((p) => ({ id: p.id, name: p.name, city: p.city, country: p.country })),
  });
}

export async function action({ request, params }: ActionFunctionArgs) {
  const { project, session } = await requireProject(request, params.projectId, "organise");
  const form = Object.fromEntries(await readProtectedForm(request, session.csrfToken));
  const result =
    form.intent === "addPartner"
      ? await addPartner(project.id, form)
      : form.intent === "removePartner"
        ? await removePartner(project.id, String(form.partnerId ?? ""))
        : form.intent === "details"
          ? await saveProjectDetails(project.id, form)
          : form.intent === "archive" || form.intent === "unarchive"
            ? await setProjectArchived(project.id, form.intent === "archive")
            : await saveProjectSettings(project.id, form);
  return json({ ...result, intent: String(form.intent ?? "save"), values: form as Record<string, string> }, { status: result.ok ? 200 : 400 });
}

const fields = ["targetEvents", "targetParticipants", "targetMobilities", "targetResponses", "suppressionThreshold"] as const;

export default function ProjectSettings() {
  const { projectId, values, partners, details, timeZones, archived } = useLoaderData<typeof loader>();
  const result = useActionData<typeof action>();
  const { t } = useTranslation();
  const onSettings = !result || result.intent === "save";
  const onProject = Boolean(result && ["details", "archive", "unarchive"].includes(result.intent));
  const onPartners = Boolean(result && ["addPartner", "removePartner"].includes(result.intent));
  const errors: SettingsErrors = onSettings ? (result?.errors ?? {}) : {};
  const partnerErrors: SettingsErrors = onPartners ? (result?.errors ?? {}) : {};
  const shown = result && !result.ok && onSettings ? result.values : values;
  return (
    <>
      <p>
        <Link to={`/projects/${projectId}`}>←</Link>
      </p>
      <h1>{t("project.settingsTitle")}</h1>
      <ProjectForms
        details={result && !result.ok && result.intent === "details" ? result.values : details}
        timeZones={timeZones}
        archived={archived}
        errors={onProject ? (result?.errors ?? {}) : {}}
        saved={Boolean(result?.ok && onProject) ? (result!.intent as "details" | "archive" | "unarchive") : null}
      />
      <h2 id="targets">{t("settings.title")}</h2>
      {result?.ok && onSettings ? (
        <p className="notice" role="status">
          {t("settings.saved")}
        </p>
      ) : result && onSettings ? (
        <FormProblem />
      ) : null}
      <p className="hint">{t("settings.emptyMeansNone")}</p>
      <Form method="post" noValidate className="narrow-form" aria-labelledby="targets">
        <CsrfInput />
        {fields.map((name) => (
          <div className="field" key={name}>
            <label htmlFor={name}>
              {t(name === "suppressionThreshold" ? "settings.threshold" : `settings.${name}`)}
              {name === "suppressionThreshold" ? <RequiredMark /> : null}
            </label>
            {name === "suppressionThreshold" ? (
              <p id="threshold-hint" className="hint">
                {t("settings.thresholdHint")}
              </p>
            ) : null}
            <input
              id={name}
              name={name}
              inputMode="numeric"
              maxLength={8}
              required={name === "suppressionThreshold"}
              defaultValue={shown[name] ?? ""}
              aria-invalid={errors[name] ? true : undefined}
              aria-describedby={[name === "suppressionThreshold" ? "threshold-hint" : "", errors[name] ? `${name}-error` : ""].filter(Boolean).join(" ") || undefined}
            />
            <FieldError id={`${name}-error`} error={errors[name]} />
          </div>
        ))}
        <button type="submit" name="intent" value="save" className="button primary">
          {t("settings.save")}
        </button>
      </Form>
      <PartnerForms partners={partners} errors={partnerErrors} values={onPartners ? (result?.values ?? {}) : {}} />
    </>
  );
}

/** The project's name and dates, and archiving it. */
function ProjectForms({
  details,
  timeZones,
  archived,
  errors,
  saved,
}: {
  details: Record<string, string>;
  timeZones: TimeZoneChoices;
  archived: boolean;
  errors: SettingsErrors;
  saved: "details" | "archive" | "unarchive" | null;
}) {
  const { t } = useTranslation();
  const field = (name: string, label: string, { type = "text", required = false } = {}) => (
    <div className="field" key={name}>
      <label htmlFor={`project-${name}`}>
        {label}
        {required ? <RequiredMark /> : null}
      </label>
      <input
        id={`project-${name}`}
        name={name}
        type={type}
        maxLength={300}
        required={required}
        lang={name.startsWith("name_") ? name.slice(5) : undefined}
        defaultValue={details[name] ?? ""}
        aria-invalid={errors[name] ? true : undefined}
        aria-describedby={errors[name] ? `project-${name}-error` : undefined}
      />
      <FieldError id={`project-${name}-error`} error={errors[name]} />
    </div>
  );
  return (
    <>
      <h2 id="project-details">{t("project.details")}</h2>
      {saved ? (
        <p className="notice" role="status">
          {t(saved === "details" ? "project.saved" : saved === "archive" ? "project.archived" : "project.unarchived")}
        </p>
      ) : Object.keys(errors).length ? (
        <FormProblem />
      ) : null}
      {archived ? <p className="notice">{t("project.isArchived")}</p> : null}
      <Form method="post" noValidate className="narrow-form" aria-labelledby="project-details">
        <CsrfInput />
        <fieldset className="question">
          <OneLanguageRequiredLegend>{t("project.nameGroup")}</OneLanguageRequiredLegend>
          {uiLanguages.map((lang) => field(`name_${lang}`, t("project.nameIn", { language: languageName(lang) })))}
        </fieldset>
        {field("startsOn", t("project.startsOn"), { type: "date", required: true })}
        {field("endsOn", t("project.endsOn"), { type: "date", required: true })}
        <TimeZoneSelect id="project-timeZone" value={details.timeZone ?? ""} choices={timeZones} error={errors.timeZone} hint={t("timeZone.projectHint")} />
        <button type="submit" name="intent" value="details" className="button primary">
          {t("project.saveDetails")}
        </button>
      </Form>
      <Form method="post" className="form-actions">
        <CsrfInput />
        <p className="hint" id="archive-hint">
          {t(archived ? "project.unarchiveHint" : "project.archiveHint")}
        </p>
        <FieldError id="archive-error" error={errors.archive} />
        <button
          type="submit"
          name="intent"
          value={archived ? "unarchive" : "archive"}
          className="button"
          aria-describedby={errors.archive ? "archive-hint archive-error" : "archive-hint"}
        >
          {t(archived ? "project.unarchive" : "project.archive")}
        </button>
      </Form>
    </>
  );
}

function PartnerForms({
  partners,
  errors,
  values,
}: {
  partners: { id: string; name: string; city: string; country: string }[];
  errors: SettingsErrors;
  values: Record<string, string>;
}) {
  const { t } = useTranslation();
  return (
    <>
      <h2 id="partners">{t("partner.title")}</h2>
      <FieldError id="partner-error" error={errors.partner} />
      <ul className="card-list">
        {partners.map((partner) => (
          <li key={partner.id}>
            {partner.name}, {partner.city} ({partner.country})
            <Form method="post" className="inline-form">
              <CsrfInput />
              <input type="hidden" name="partnerId" value={partner.id} />
              <button type="submit" name="intent" value="removePartner" className="button">
                {t("partner.remove", { name: partner.name })}
              </button>
            </Form>
          </li>
        ))}
      </ul>
      <Form method="post" noValidate className="narrow-form" aria-labelledby="partners">
        <CsrfInput />
        {(["name", "city", "country"] as const).map((name) => (
          <div className="field" key={name}>
            <label htmlFor={`partner-${name}`}>
              {t(`partner.${name}`)}
              <RequiredMark />
            </label>
            <input
              id={`partner-${name}`}
              name={name}
              required
              maxLength={name === "country" ? 2 : 300}
              defaultValue={values[name] ?? ""}
              aria-invalid={errors[name] ? true : undefined}
              aria-describedby={errors[name] ? `partner-${name}-error` : undefined}
            />
            <FieldError id={`partner-${name}-error`} error={errors[name]} />
          </div>
        ))}
        <button type="submit" name="intent" value="addPartner" className="button">
          {t("partner.add")}
        </button>
      </Form>
    </>
  );
}
