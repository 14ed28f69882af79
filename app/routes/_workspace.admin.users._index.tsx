import { json, type ActionFunctionArgs, type LoaderFunctionArgs, type MetaFunction } from "@remix-run/node";
import { FieldError, FormProblem } from "~/components/field-error";
import { Form, Link, useActionData, useLoaderData } from "@remix-run/react";
import { readProtectedForm, requireAdmin } from "~/auth/authorize.server";
import { inviteUser, listProjectChoices, listUsers, userFormFields, type FormErrors } from "~/auth/user-admin.server";
import { OneTimeLink } from "~/components/one-time-link";
import { UserAccessFields } from "~/components/user-access-fields";
import { RequiredMark } from "~/components/required-mark";
import { CsrfInput } from "~/components/workspace-shell";
import { resolveUiLanguage } from "~/i18n/i18n.server";
import { pickText } from "~/i18n/translate";
import { useTranslation } from "~/i18n/use-translation";
import { publicUrl } from "~/utils/public-url.server";
import { TableScroll } from "~/components/table-scroll";

export const meta: MetaFunction = () => [{ title: "Balss" }];

export async function loader({ request }: LoaderFunctionArgs) {
  await requireAdmin(request);
  const lang = await resolveUiLanguage(request);
  const [users, projects] = await Promise.all([listUsers(), listProjectChoices()]);
  return json({
    users: users.map((user) => ({
      id: user.id,
      name: user.name,
      email: user.email,
      role: user.role,
      active: user.active,
      projects: user.memberships.map((m) => pickText(m.project.name, lang, "en")),
    })),
    projects: projects.map((p) => ({ id: p.id, name: pickText(p.name, lang, "en"), archived: Boolean(p.archivedAt) })),
  });
}

export async function action({ request }: ActionFunctionArgs) {
  const session = await requireAdmin(request);
  const form = await readProtectedForm(request, session.csrfToken);
  const result = await inviteUser(userFormFields(form));
  if (!result.ok) return json({ ...result, link: null }, { status: 400 });
  const link = { email: result.email, url: publicUrl(request, `/welcome/${result.token}`) };
  return json({ ok: true as const, errors: {} as FormErrors, link });
}

export default function Users() {
  const { users, projects } = useLoaderData<typeof loader>();
  const result = useActionData<typeof action>();
  const { t } = useTranslation();
  const errors: FormErrors = result?.errors ?? {};
  return (
    <>
      <h1>{t("admin.users")}</h1>
      <TableScroll label={t("admin.users")}>
        <table>
          <thead>
            <tr>
              <th scope="col">{t("admin.name")}</th>
              <th scope="col">{t("admin.email")}</th>
              <th scope="col">{t("admin.role")}</th>
              <th scope="col">{t("workspace.projects")}</th>
            </tr>
          </thead>
          <tbody>
            {users.map((user) => (
              <tr key={user.id}>
                <td>
                  <Link to={`/admin/users/${user.id}`}>{user.name}</Link>
                  {user.active ? null : ` (${t("admin.inactive")})`}
                </td>
                <td>{user.email}</td>
                <td>{t(`role.${user.role}`)}</td>
                <td>{user.projects.join(", ")}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </TableScroll>

      <h2 id="invite">{t("admin.invite")}</h2>
      {result?.link ? <OneTimeLink {...result.link} /> : null}
      {result && !result.ok ? (
        <FormProblem />
      ) : null}
      <Form method="post" noValidate className="narrow-form" aria-labelledby="invite">
        <CsrfInput />
        {(["name", "email"] as const).map((field) => (
          <div className="field" key={field}>
            <label htmlFor={`invite-${field}`}>
              {t(`admin.${field}`)}
              <RequiredMark />
            </label>
            <input
              id={`invite-${field}`}
              name={field}
              required
              type={field === "email" ? "email" : "text"}
              maxLength={254}
              aria-invalid={errors[field] ? true : undefined}
              aria-describedby={errors[field] ? `invite-${field}-error` : undefined}
            />
            <FieldError id={`invite-${field}-error`} error={errors[field]} />
          </div>
        ))}
        <UserAccessFields projects={projects} errors={errors} />
        <button type="submit" className="button primary">
          {t("admin.sendInvite")}
        </button>
      </Form>
    </>
  );
}
