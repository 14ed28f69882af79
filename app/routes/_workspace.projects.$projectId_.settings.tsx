import { json, type ActionFunctionArgs, type LoaderFunctionArgs, type MetaFunction } from "@remix-run/node";
import { FieldError } from "~/components/field-error";
import { Form, Link, useActionData, useLoaderData } from "@remix-run/react";
import { readProtectedForm, requireProject } from "~/auth/authorize.server";
import { CsrfInput } from "~/components/workspace-shell";
import { useTranslation } from "~/i18n/use-translation";
import { projectSettingsValues, saveProjectSettings, type SettingsErrors } from "~/projects/project-settings.server";

export const meta: MetaFunction = () => [{ title: "Balss" }];

export async function loader({ request, params }: LoaderFunctionArgs) {
  const { project } = await requireProject(request, params.projectId ?? "", "organise");
  return json({ projectId: project.id, values: projectSettingsValues(project) });
}

export async function action({ request, params }: ActionFunctionArgs) {
  const { project, session } = await requireProject(request, params.projectId ?? "", "organise");
  const form = Object.fromEntries(await readProtectedForm(request, session.csrfToken));
  const result = await saveProjectSettings(project.id, form);
  return json({ ...result, values: form as Record<string, string> }, { status: result.ok ? 200 : 400 });
}

const fields = ["targetEvents", "targetParticipants", "targetMobilities", "targetResponses", "suppressionThreshold"] as const;

export default function ProjectSettings() {
  const { projectId, values } = useLoaderData<typeof loader>();
  const result = useActionData<typeof action>();
  const { t } = useTranslation();
  const errors: SettingsErrors = result?.errors ?? {};
  const shown = result && !result.ok ? result.values : values;
  return (
    <>
      <p>
        <Link to={`/projects/${projectId}`}>←</Link>
      </p>
      <h1>{t("settings.title")}</h1>
      {result?.ok ? (
        <p className="notice" role="status">
          {t("settings.saved")}
        </p>
      ) : result ? (
        <p className="error-summary" role="alert">
          {t("admin.formProblem")}
        </p>
      ) : null}
      <p className="hint">{t("settings.emptyMeansNone")}</p>
      <Form method="post" noValidate className="narrow-form">
        <CsrfInput />
        {fields.map((name) => (
          <div className="field" key={name}>
            <label htmlFor={name}>{t(name === "suppressionThreshold" ? "settings.threshold" : `settings.${name}`)}</label>
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
              defaultValue={shown[name] ?? ""}
              aria-invalid={errors[name] ? true : undefined}
              aria-describedby={[name === "suppressionThreshold" ? "threshold-hint" : "", errors[name] ? `${name}-error` : ""].filter(Boolean).join(" ") || undefined}
            />
            <FieldError id={`${name}-error`} error={errors[name]} />
          </div>
        ))}
        <button type="submit" className="button primary">
          {t("settings.save")}
        </button>
      </Form>
    </>
  );
}
