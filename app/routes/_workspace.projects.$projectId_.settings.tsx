import { json, type ActionFunctionArgs, type LoaderFunctionArgs, type MetaFunction } from "@remix-run/node";
import { FieldError, FormProblem } from "~/components/field-error";
import { Form, Link, useActionData, useLoaderData } from "@remix-run/react";
import { readProtectedForm, requireProject } from "~/auth/authorize.server";
import { CsrfInput } from "~/components/workspace-shell";
import { useTranslation } from "~/i18n/use-translation";
import { addPartner, listPartners, removePartner } from "~/projects/project-admin.server";
import { projectSettingsValues, saveProjectSettings, type SettingsErrors } from "~/projects/project-settings.server";

export const meta: MetaFunction = () => [{ title: "Balss" }];

export async function loader({ request, params }: LoaderFunctionArgs) {
  const { project } = await requireProject(request, params.projectId ?? "", "organise");
  const partners = await listPartners(project.id);
  return json({
    projectId: project.id,
    values: projectSettingsValues(project),
    partners: partners.map((p) => ({ id: p.id, name: p.name, city: p.city, country: p.country })),
  });
}

export async function action({ request, params }: ActionFunctionArgs) {
  const { project, session } = await requireProject(request, params.projectId ?? "", "organise");
  const form = Object.fromEntries(await readProtectedForm(request, session.csrfToken));
  const result =
    form.intent === "addPartner"
      ? await addPartner(project.id, form)
      : form.intent === "removePartner"
        ? await removePartner(project.id, String(form.partnerId ?? ""))
        : await saveProjectSettings(project.id, form);
  return json({ ...result, intent: String(form.intent ?? "save"), values: form as Record<string, string> }, { status: result.ok ? 200 : 400 });
}

const fields = ["targetEvents", "targetParticipants", "targetMobilities", "targetResponses", "suppressionThreshold"] as const;

export default function ProjectSettings() {
  const { projectId, values, partners } = useLoaderData<typeof loader>();
  const result = useActionData<typeof action>();
  const { t } = useTranslation();
  const onSettings = !result || result.intent === "save";
  const errors: SettingsErrors = onSettings ? (result?.errors ?? {}) : {};
  const partnerErrors: SettingsErrors = onSettings ? {} : (result?.errors ?? {});
  const shown = result && !result.ok && onSettings ? result.values : values;
  return (
    <>
      <p>
        <Link to={`/projects/${projectId}`}>←</Link>
      </p>
      <h1>{t("settings.title")}</h1>
      {result?.ok && onSettings ? (
        <p className="notice" role="status">
          {t("settings.saved")}
        </p>
      ) : result && onSettings ? (
        <FormProblem />
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
        <button type="submit" name="intent" value="save" className="button primary">
          {t("settings.save")}
        </button>
      </Form>
      <PartnerForms partners={partners} errors={partnerErrors} values={onSettings ? {} : (result?.values ?? {})} />
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
            <label htmlFor={`partner-${name}`}>{t(`partner.${name}`)}</label>
            <input
              id={`partner-${name}`}
              name={name}
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
