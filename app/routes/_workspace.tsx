import { json, type LoaderFunctionArgs } from "@remix-run/node";
import { isRouteErrorResponse, Outlet, useRouteError } from "@remix-run/react";
import { requireSession } from "~/auth/authorize.server";
import { WorkspaceShell, type WorkspaceData } from "~/components/workspace-shell";
import { useTranslation } from "~/i18n/use-translation";

export async function loader({ request }: LoaderFunctionArgs) {
  const { user, csrfToken } = await requireSession(request);
  return json({ user: { name: user.name, role: user.role }, csrf: csrfToken } satisfies WorkspaceData);
}

export default function Workspace() {
  return (
    <WorkspaceShell>
      <Outlet />
    </WorkspaceShell>
  );
}

export function ErrorBoundary() {
  const error = useRouteError();
  const { t } = useTranslation();
  const status = isRouteErrorResponse(error) ? error.status : 500;
  const message = (isRouteErrorResponse(error) && (error.data as { message?: string } | null)?.message) || "";
  const text =
    status === 404
      ? t("pageNotFound.body")
      : message === "forged"
        ? t("workspace.forged")
        : status === 403
          ? t("workspace.forbidden")
          : status === 503
            ? t("error.unavailableBody")
            : status === 409
              ? t("workspace.changedMeanwhile")
              : t("error.body");
  return (
    <main id="main" className="workspace">
      <h1>{status === 404 ? t("pageNotFound.title") : status === 503 ? t("error.unavailableTitle") : t("error.title")}</h1>
      <p>{text}</p>
      <p>
        <a href="/projects">{t("workspace.projects")}</a>
      </p>
    </main>
  );
}
