import { json, redirect, type ActionFunctionArgs, type MetaFunction } from "@remix-run/node";
import { useActionData } from "@remix-run/react";
import { JoinCodeForm } from "~/components/join-code-form";
import { PageShell } from "~/components/page-shell";
import { residentLanguages } from "~/i18n/languages";
import { useTranslation } from "~/i18n/use-translation";
import { findJoinCode, joinFormSchema } from "~/survey/join-survey.server";
import { clientAddressOf } from "~/utils/client-address.server";
import { readForm } from "~/utils/read-form.server";

export { retryAfterHeaders as headers } from "~/utils/retry-after-headers";

export const meta: MetaFunction = () => [{ title: "Balss" }];

export async function action({ request, context }: ActionFunctionArgs) {
  const form = joinFormSchema.safeParse(Object.fromEntries(await readForm(request)));
  const typed = form.success ? form.data.code : "";
  const result = await findJoinCode(typed, clientAddressOf(context));
  if (!result.ok) {
    const headers = result.retryAfterSeconds ? { "Retry-After": String(result.retryAfterSeconds) } : undefined;
    return json({ error: result.error, typed }, { status: result.status, headers });
  }
  const lang = form.success && form.data.lang ? `?lang=${encodeURIComponent(form.data.lang)}` : "";
  return redirect(`/s/${result.code}${lang}`);
}

export default function Home() {
  const { t } = useTranslation();
  const actionData = useActionData<typeof action>();
  return (
    <PageShell title={t("home.title")} languages={residentLanguages}>
      <p className="lead">{t("home.lead")}</p>
      <JoinCodeForm defaultCode={actionData?.typed} error={actionData?.error} />
    </PageShell>
  );
}
