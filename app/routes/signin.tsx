import { json, redirect, type ActionFunctionArgs, type LoaderFunctionArgs, type MetaFunction } from "@remix-run/node";
import { Form, useActionData, useLoaderData, useSearchParams } from "@remix-run/react";
import { findSession, startSession } from "~/auth/session.server";
import { isGenuineSignInForm, signInFormToken } from "~/auth/sign-in-form-token.server";
import { safeRedirect, signIn, signInFormSchema } from "~/auth/sign-in.server";
import { readTrustedDevice, trustDevice } from "~/auth/trusted-device.server";
import { RequiredMark } from "~/components/required-mark";
import { PageShell } from "~/components/page-shell";
import { useTranslation } from "~/i18n/use-translation";
import { clientAddressOf } from "~/utils/client-address.server";
import { readForm } from "~/utils/read-form.server";

export { retryAfterHeaders as headers } from "~/utils/retry-after-headers";

export const meta: MetaFunction = () => [{ title: "Balss" }];

export async function loader({ request }: LoaderFunctionArgs) {
  if (await findSession(request)) throw redirect("/projects");
  const { token, setCookie } = await signInFormToken(request);
  return json({ csrf: token }, { headers: { "Set-Cookie": setCookie } });
}

export async function action({ request, context }: ActionFunctionArgs) {
  const data = await readForm(request);
  const form = signInFormSchema.safeParse(Object.fromEntries(data));
  const typed = form.success ? form.data.email : "";
  // A refused form comes back with a fresh token: the loaders run again after the action.
  if (!(await isGenuineSignInForm(request, data))) return json({ error: "signIn.formExpired", wait: 0, email: typed } as const, { status: 403 });
  if (!form.success) {
    const error = form.error.issues.some((issue) => issue.message === "form.controlCharacters") ? "form.controlCharacters" : "signIn.invalid";
    return json({ error, wait: 0, email: typed } as const, { status: 400 });
  }
  const { email, password, redirectTo } = form.data;
  const result = await signIn(email, password, { address: clientAddressOf(context), device: await readTrustedDevice(request) });
  if (!result.ok) {
    const wait = result.wait ?? 0;
    return json({ error: result.error, wait, email }, wait ? { status: 429, headers: { "Retry-After": String(wait * 60) } } : { status: 400 });
  }
  const headers = new Headers();
  headers.append("Set-Cookie", await startSession(request, result.userId));
  headers.append("Set-Cookie", await trustDevice(request, result.userId));
  return redirect(safeRedirect(redirectTo), { headers });
}

export default function SignIn() {
  const { t } = useTranslation();
  const { csrf } = useLoaderData<typeof loader>();
  const result = useActionData<typeof action>();
  const [searchParams] = useSearchParams();
  return (
    <PageShell title={t("signIn.title")}>
      <Form method="post" noValidate className="sign-in-form">
        <input type="hidden" name="csrf" value={csrf} />
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
          <input id="email" name="email" type="email" autoComplete="username" required maxLength={254} defaultValue={result?.email} />
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
