import { json, redirect, type ActionFunctionArgs, type LoaderFunctionArgs, type MetaFunction } from "@remix-run/node";
import { Form, useActionData, useLoaderData } from "@remix-run/react";
import { findOneTimeToken, redeemOneTimeToken } from "~/auth/one-time-links.server";
import { newPasswordSchema } from "~/auth/password.server";
import { startSession } from "~/auth/session.server";
import { RequiredMark } from "~/components/required-mark";
import { PageShell } from "~/components/page-shell";
import type { MessageKey } from "~/i18n/messages/en";
import { useTranslation } from "~/i18n/use-translation";
import { readForm } from "~/utils/read-form.server";

export const meta: MetaFunction = () => [{ title: "Balss" }, { name: "referrer", content: "no-referrer" }];

export async function loader({ params }: LoaderFunctionArgs) {
  const found = await findOneTimeToken(params.token ?? "");
  return json(found ? { valid: true as const, name: found.user.name, email: found.user.email } : { valid: false as const }, {
    status: found ? 200 : 404,
  });
}

export async function action({ request, params }: ActionFunctionArgs) {
  const parsed = newPasswordSchema.safeParse(Object.fromEntries(await readForm(request)));
  if (!parsed.success) {
    const message = parsed.error.issues[0]!.message;
    return json({ error: (message.startsWith("password.") ? message : "password.tooShort") as MessageKey }, { status: 400 });
  }
  if (parsed.data.next !== parsed.data.confirm) return json({ error: "account.mismatch" as MessageKey }, { status: 400 });
  const userId = await redeemOneTimeToken(params.token ?? "", parsed.data.next);
  if (!userId) return json({ error: "welcome.invalid" as MessageKey }, { status: 404 });
  return redirect("/projects", { headers: { "Set-Cookie": await startSession(request, userId) } });
}

export default function Welcome() {
  const data = useLoaderData<typeof loader>();
  const result = useActionData<typeof action>();
  const { t } = useTranslation();
  if (!data.valid) {
    return (
      <PageShell title={t("welcome.title")}>
        <p>{t("welcome.invalid")}</p>
      </PageShell>
    );
  }
  return (
    <PageShell title={t("welcome.title")}>
      <p>{t("welcome.intro", { name: data.name, email: data.email })}</p>
      {result ? (
        <p className="error-summary" role="alert">
          {t(result.error)}
        </p>
      ) : null}
      <Form method="post" noValidate className="narrow-form">
        <input type="text" name="username" autoComplete="username" value={data.email} readOnly hidden />
        <div className="field">
          <label htmlFor="next">
            {t("account.new")}
            <RequiredMark />
          </label>
          <input id="next" name="next" type="password" autoComplete="new-password" required maxLength={256} />
        </div>
        <div className="field">
          <label htmlFor="confirm">
            {t("account.confirm")}
            <RequiredMark />
          </label>
          <input id="confirm" name="confirm" type="password" autoComplete="new-password" required maxLength={256} />
        </div>
        <button type="submit" className="button primary">
          {t("welcome.submit")}
        </button>
      </Form>
    </PageShell>
  );
}
