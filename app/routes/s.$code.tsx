import type { MetaFunction } from "@remix-run/node";
import { isRouteErrorResponse, Outlet, useRouteError } from "@remix-run/react";
import { JoinCodeForm } from "~/components/join-code-form";
import { PageShell } from "~/components/page-shell";
import { useTranslation } from "~/i18n/use-translation";
import type { JoinCodesWait } from "~/survey/resident-page.server";

export { retryAfterHeaders as headers } from "~/utils/retry-after-headers";

export const meta: MetaFunction = () => [{ title: "Balss" }];

export default function SurveyPages() {
  return <Outlet />;
}

export function ErrorBoundary() {
  const error = useRouteError();
  const { t } = useTranslation();
  if (isRouteErrorResponse(error) && error.status === 404) {
    const code = String((error.data as { code?: unknown } | null)?.code ?? "");
    return (
      <PageShell title={t("notFound.title")}>
        <p>{t("notFound.body", { code })}</p>
        <JoinCodeForm defaultCode={code} />
      </PageShell>
    );
  }
  if (isRouteErrorResponse(error) && error.status === 429 && (error.data as Partial<JoinCodesWait> | null)?.reason === "joinCodes") {
    return (
      <PageShell title={t("joinCode.tooManyTitle")}>
        <p>{t("joinCode.tooMany", { wait: (error.data as JoinCodesWait).wait })}</p>
      </PageShell>
    );
  }
  const status = isRouteErrorResponse(error) ? error.status : 500;
  const [title, body] =
    status === 503
      ? (["error.unavailableTitle", "error.unavailableBody"] as const)
      : status === 429
        ? (["error.tooManyTitle", "error.tooManyBody"] as const)
        : (["error.title", "error.body"] as const);
  return (
    <PageShell title={t(title)}>
      <p>{t(body)}</p>
    </PageShell>
  );
}
