import { json, redirect, type ActionFunctionArgs, type LoaderFunctionArgs, type MetaFunction } from "@remix-run/node";
import { Form, useActionData, useSearchParams } from "@remix-run/react";
import { findSession, startSession } from "~/auth/session.server";
import { safeRedirect, signIn, signInFormSchema } from "~/auth/sign-in.server";
import { RequiredMark } from "~/components/required-mark";
import { PageShell } from "~/components/page-shell";
import { useTranslation } from "~/i18n/use-translation";
import { readForm } from "~/utils/read-form.server";

export const meta: MetaFunction = () => [{ title: "Balss" }];

export async function loader({ request }: LoaderFunctionArgs) {
  if (await findSession(request)) throw redirect("/projects");
  return null;
}

export async function action({ request, context }: ActionFunctionArgs) {
  const form = signInFormSchema.safeParse(Object.fromEntries(await readForm(request)));
  if (!form.success) return json({ error: "signIn.invalid" as const, wait: 0 }, { status: 400 });
  const { email, password, redirectTo } = form.data;
  const result = await signIn(email, password, (context as { clientAddress?: string }).clientAddress);
  if (!result.ok) return json({ error: result.error, wait: result.wait ?? 0 }, { status: result.wait ? 429 : 400 });
  return redirect(safeRedirect(redirectTo), { headers: { "Set-Cookie": await startSession(result.userId) } });
}

export default function SignIn() {
  const { t } = useTranslation();
  const result = useActionData<typeof action>();
  const [searchParams] = useSearchParams();
  return (
    <PageShell title={t("signIn.title")}>
      <Form method="post" noValidate className="sign-in-form">
        <input type="hidden" name="redirectTo" value={searchParams.get("redirectTo") ?? ""} />
        {result ? (
          <p className="error-summary" role="alert" id="sign-in-error">
            {t(result.error, { wait: result.wait })}
          </p>
        ) : null}
        <div className="field">
          <label htmlFor="email">
            {t("signIn.email")}
            <RequiredMark />
          </label>
          <input id="email" name="email" type="email" autoComplete="username" required maxLength={254} />
        </div>
        <div className="field">
          <label htmlFor="password">
            {t("signIn.password")}
            <RequiredMark />
          </label>
          <input id="password" name="password" type="password" autoComplete="current-password" required maxLength={256} />
        </div>
        <button type="submit" className="button primary">
          {t("signIn.submit")}
        </button>
      </Form>
      <p className="hint">
        <a href="/">{t("signIn.residentsHint")}</a>
      </p>
    </PageShell>
  );
}
