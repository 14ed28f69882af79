import type { MetaFunction } from "@remix-run/node";
import { isRouteErrorResponse, Outlet, useRouteError } from "@remix-run/react";
import { JoinCodeForm } from "~/components/join-code-form";
import { PageShell } from "~/components/page-shell";
import { useTranslation } from "~/i18n/use-translation";

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
  const unavailable = isRouteErrorResponse(error) && error.status === 503;
  return (
    <PageShell title={t(unavailable ? "error.unavailableTitle" : "error.title")}>
      <p>{t(unavailable ? "error.unavailableBody" : "error.body")}</p>
    </PageShell>
  );
}
