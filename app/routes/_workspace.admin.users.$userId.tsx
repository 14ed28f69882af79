import { json, type ActionFunctionArgs, type LoaderFunctionArgs, type MetaFunction } from "@remix-run/node";
import { FormProblem } from "~/components/field-error";
import { Form, Link, useActionData, useLoaderData } from "@remix-run/react";
import { readProtectedForm, requireAdmin } from "~/auth/authorize.server";
import { createOneTimeToken } from "~/auth/one-time-links.server";
import { findUser, listProjectChoices, updateUser, userFormFields, type FormErrors } from "~/auth/user-admin.server";
import { OneTimeLink } from "~/components/one-time-link";
import { UserAccessFields } from "~/components/user-access-fields";
import { CsrfInput } from "~/components/workspace-shell";
import { resolveUiLanguage } from "~/i18n/i18n.server";
import { pickText } from "~/i18n/translate";
import { useTranslation } from "~/i18n/use-translation";
import { publicUrl } from "~/utils/public-url.server";

export const meta: MetaFunction = () => [{ title: "Balss" }];

export async function loader({ request, params }: LoaderFunctionArgs) {
  await requireAdmin(request);
  const user = await findUser(params.userId);
  const lang = await resolveUiLanguage(request);
  const projects = await listProjectChoices();
  return json({
    user: {
      name: user.name,
      email: user.email,
      role: user.role,
      active: user.active,
      projectIds: user.memberships.map((m) => m.projectId),
    },
    projects: projects.map((p) => ({ id: p.id, name: pickText(p.name, lang, "en"), archived: Boolean(p.archivedAt) })),
  });
}

export async function action({ request, params }: ActionFunctionArgs) {
  const session = await requireAdmin(request);
  const user = await findUser(params.userId);
  const form = await readProtectedForm(request, session.csrfToken);
  if (form.get("intent") === "reset") {
    const token = await createOneTimeToken(user.id, "RESET");
    const link = { email: user.email, url: publicUrl(request, `/welcome/${token}`) };
    return json({ ok: true as const, errors: {} as FormErrors, link });
  }
  const result = await updateUser(user.id, session.userId, userFormFields(form));
  return json({ ...result, link: null }, { status: result.ok ? 200 : 400 });
}

export default function EditUser() {
  const { user, projects } = useLoaderData<typeof loader>();
  const result = useActionData<typeof action>();
  const { t } = useTranslation();
  return (
    <>
      <p>
        <Link to="/admin/users">{t("admin.users")}</Link>
      </p>
      <h1>{user.name}</h1>
      <p>{user.email}</p>
      {result?.link ? <OneTimeLink {...result.link} /> : null}
      {result?.ok && !result.link ? (
        <p className="notice" role="status">
          {t("admin.saved")}
        </p>
      ) : null}
      {result && !result.ok ? (
        <FormProblem />
      ) : null}
      <Form method="post" noValidate className="narrow-form">
        <CsrfInput />
        <UserAccessFields projects={projects} role={user.role} projectIds={user.projectIds} errors={result?.errors} />
        <div className="option">
          <input type="checkbox" id="active" name="active" defaultChecked={user.active} />
          <label htmlFor="active">{t("admin.active")}</label>
        </div>
        <div className="form-actions">
          <button type="submit" name="intent" value="save" className="button primary">
            {t("admin.save")}
          </button>
        </div>
      </Form>
      <Form method="post">
        <CsrfInput />
        <button type="submit" name="intent" value="reset" className="button">
          {t("admin.resetLink")}
        </button>
      </Form>
    </>
  );
}
