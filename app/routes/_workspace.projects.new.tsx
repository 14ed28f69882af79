import { json, redirect, type ActionFunctionArgs, type LoaderFunctionArgs, type MetaFunction } from "@remix-run/node";
import { Form, Link, useActionData, useLoaderData } from "@remix-run/react";
import { useRef, useState, type FormEvent } from "react";
import { readProtectedForm, requireAdmin } from "~/auth/authorize.server";
import { FieldError, FormProblem } from "~/components/field-error";
import { OneLanguageRequiredLegend, RequiredMark } from "~/components/required-mark";
import { TimeZoneSelect } from "~/components/time-zone-select";
import { CsrfInput } from "~/components/workspace-shell";
import { resolveUiLanguage } from "~/i18n/i18n.server";
import { languageName, uiLanguages } from "~/i18n/languages";
import { useTranslation } from "~/i18n/use-translation";
import { createProject } from "~/projects/project-admin.server";
import { suggestSlug } from "~/projects/project-slug";
import type { FormErrors } from "~/utils/form-errors";
import { fallbackProjectTimeZone, timeZoneChoices } from "~/utils/time-zones";

export const meta: MetaFunction = () => [{ title: "Balss" }];

export async function loader({ request }: LoaderFunctionArgs) {
  await requireAdmin(request);
  return json({ timeZone: fallbackProjectTimeZone, timeZones: timeZoneChoices([fallbackProjectTimeZone], await resolveUiLanguage(request)) });
}

export async function action({ request }: ActionFunctionArgs) {
  const session = await requireAdmin(request);
  const form = Object.fromEntries(await readProtectedForm(request, session.csrfToken));
  const result = await createProject(form);
  if (result.ok) return redirect(`/projects/${result.projectId}?created=1`);
  return json({ errors: result.errors, values: form as Record<string, string> }, { status: 400 });
}

/**
 * The short name follows the name as it is typed, until the user writes one of their own
 * (it stops following once it differs from what was last suggested).
 */
function useSuggestedSlug(values: Record<string, string>) {
  const [slug, setSlug] = useState(values.slug ?? "");
  const lastSuggestion = useRef(suggestSlug(values));
  const followName = (event: FormEvent<HTMLFormElement>) => {
    const input = event.target as HTMLInputElement;
    if (!input.name.startsWith("name_")) return;
    const suggestion = suggestSlug(Object.fromEntries(new FormData(event.currentTarget)));
    if (slug === "" || slug === lastSuggestion.current) setSlug(suggestion);
    lastSuggestion.current = suggestion;
  };
  return { slug, setSlug, followName };
}

export default function NewProject() {
  const { timeZone, timeZones } = useLoaderData<typeof loader>();
  const result = useActionData<typeof action>();
  const { t } = useTranslation();
  const errors: FormErrors = result?.errors ?? {};
  const values = result?.values ?? {};
  const { slug, setSlug, followName } = useSuggestedSlug(values);
  const describedBy = (name: string, hint?: string) => [hint, errors[name] ? `${name}-error` : ""].filter(Boolean).join(" ") || undefined;
  const field = (name: string, label: string, { type = "text", required = false } = {}) => (
    <div className="field" key={name}>
      <label htmlFor={name}>
        {label}
        {required ? <RequiredMark /> : null}
      </label>
      <input
        id={name}
        name={name}
        type={type}
        maxLength={300}
        lang={name.startsWith("name_") ? name.slice(5) : undefined}
        required={required}
        defaultValue={values[name] ?? ""}
        aria-invalid={errors[name] ? true : undefined}
        aria-describedby={describedBy(name)}
      />
      <FieldError id={`${name}-error`} error={errors[name]} />
    </div>
  );
  return (
    <>
      <p>
        <Link to="/projects">←</Link>
      </p>
      <h1>{t("project.new")}</h1>
      {result ? <FormProblem /> : null}
      <Form method="post" noValidate className="narrow-form" onInput={followName}>
        <CsrfInput />
        <fieldset className="question">
          <OneLanguageRequiredLegend>{t("project.nameGroup")}</OneLanguageRequiredLegend>
          {uiLanguages.map((lang) => field(`name_${lang}`, t("project.nameIn", { language: languageName(lang) })))}
        </fieldset>
        <div className="field">
          <label htmlFor="slug">{t("project.slug")}</label>
          <p id="slug-hint" className="hint">
            {t("project.slugHint")}
          </p>
          <input
            id="slug"
            name="slug"
            maxLength={41}
            autoCapitalize="none"
            spellCheck={false}
            value={slug}
            onChange={(event) => setSlug(event.target.value)}
            aria-invalid={errors.slug ? true : undefined}
            aria-describedby={describedBy("slug", "slug-hint")}
          />
          <FieldError id="slug-error" error={errors.slug} />
        </div>
        {field("startsOn", t("project.startsOn"), { type: "date", required: true })}
        {field("endsOn", t("project.endsOn"), { type: "date", required: true })}
        <TimeZoneSelect id="timeZone" value={values.timeZone ?? timeZone} choices={timeZones} error={errors.timeZone} hint={t("timeZone.projectHint")} />
        <button type="submit" className="button primary">
          {t("project.create")}
        </button>
      </Form>
    </>
  );
}
