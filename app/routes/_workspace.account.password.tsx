import { json, type ActionFunctionArgs, type LoaderFunctionArgs, type MetaFunction } from "@remix-run/node";
import { FieldError } from "~/components/field-error";
import { Form, useActionData } from "@remix-run/react";
import { readProtectedForm, requireSession } from "~/auth/authorize.server";
import { changePassword } from "~/auth/change-password.server";
import { RequiredMark } from "~/components/required-mark";
import { CsrfInput } from "~/components/workspace-shell";
import { useTranslation } from "~/i18n/use-translation";

export const meta: MetaFunction = () => [{ title: "Balss" }];

export async function loader({ request }: LoaderFunctionArgs) {
  await requireSession(request);
  return null;
}

export async function action({ request }: ActionFunctionArgs) {
  const session = await requireSession(request);
  const form = await readProtectedForm(request, session.csrfToken);
  const result = await changePassword(session.userId, session.id, Object.fromEntries(form));
  return json(result, { status: result.ok ? 200 : 400 });
}

const fields = [
  { name: "current", label: "account.current", autoComplete: "current-password" },
  { name: "next", label: "account.new", autoComplete: "new-password" },
  { name: "confirm", label: "account.confirm", autoComplete: "new-password" },
] as const;

export default function ChangePassword() {
  const { t } = useTranslation();
  const result = useActionData<typeof action>();
  return (
    <>
      <h1>{t("account.title")}</h1>
      {result?.ok ? (
        <p role="status" className="notice">
          {t("account.changed")}
        </p>
      ) : null}
      <Form method="post" noValidate className="narrow-form">
        <CsrfInput />
        {fields.map((field) => {
          const error = result?.errors[field.name];
          return (
            <div className="field" key={field.name}>
              <label htmlFor={field.name}>
                {t(field.label)}
                <RequiredMark />
              </label>
              <input
                id={field.name}
                name={field.name}
                type="password"
                required
                autoComplete={field.autoComplete}
                maxLength={256}
                aria-invalid={error ? true : undefined}
                aria-describedby={error ? `${field.name}-error` : undefined}
              />
              <FieldError id={`${field.name}-error`} error={error} />
            </div>
          );
        })}
        <button type="submit" className="button primary">
          {t("account.submit")}
        </button>
      </Form>
    </>
  );
}
