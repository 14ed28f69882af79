import { json, redirect, type ActionFunctionArgs, type LoaderFunctionArgs, type MetaFunction } from "@remix-run/node";
import { Form, Link, useActionData } from "@remix-run/react";
import { readProtectedForm, requireAdmin } from "~/auth/authorize.server";
import { FieldError, FormProblem } from "~/components/field-error";
import { CsrfInput } from "~/components/workspace-shell";
import { languageNames, uiLanguages } from "~/i18n/languages";
import { useTranslation } from "~/i18n/use-translation";
import { createProject } from "~/projects/project-admin.server";
import type { FormErrors } from "~/utils/form-errors";

export const meta: MetaFunction = () => [{ title: "Balss" }];

export async function loader({ request }: LoaderFunctionArgs) {
  await requireAdmin(request);
  return null;
}

export async function action({ request }: ActionFunctionArgs) {
  const session = await requireAdmin(request);
  const form = Object.fromEntries(await readProtectedForm(request, session.csrfToken));
  const result = await createProject(form);
  if (result.ok) return redirect(`/projects/${result.projectId}/settings`);
  return json({ errors: result.errors, values: form as Record<string, string> }, { status: 400 });
}

export default function NewProject() {
  const result = useActionData<typeof action>();
  const { t } = useTranslation();
  const errors: FormErrors = result?.errors ?? {};
  const values = result?.values ?? {};
  const field = (name: string, label: string, type = "text") => (
    <div className="field" key={name}>
      <label htmlFor={name}>{label}</label>
      <input
        id={name}
        name={name}
        type={type}
        maxLength={300}
        defaultValue={values[name] ?? ""}
        aria-invalid={errors[name] ? true : undefined}
        aria-describedby={errors[name] ? `${name}-error` : undefined}
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
      {result ? (
        <FormProblem />
      ) : null}
      <Form method="post" noValidate className="narrow-form">
        <CsrfInput />
        {uiLanguages.map((lang) => field(`name_${lang}`, t("project.nameIn", { language: languageNames[lang] ?? lang })))}
        {field("slug", t("project.slug"))}
        {field("startsOn", t("project.startsOn"), "date")}
        {field("endsOn", t("project.endsOn"), "date")}
        <button type="submit" className="button primary">
          {t("project.create")}
        </button>
      </Form>
    </>
  );
}
