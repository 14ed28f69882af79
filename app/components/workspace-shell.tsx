import { Form, Link, useRouteLoaderData } from "@remix-run/react";
import type { ReactNode } from "react";
import { useTranslation } from "~/i18n/use-translation";
import { LanguageSwitcher } from "./language-switcher";

export interface WorkspaceData {
  user: { name: string; role: string };
  csrf: string;
}

export function useWorkspace(): WorkspaceData {
  const data = useRouteLoaderData<WorkspaceData>("routes/_workspace");
  if (!data) throw new Error("Workspace pages must be inside routes/_workspace");
  return data;
}

/** The anti-forgery token every workspace form carries. */
export function CsrfInput() {
  return <input type="hidden" name="csrf" value={useWorkspace().csrf} />;
}

/** The frame of the organisers' and evaluators' pages. */
export function WorkspaceShell({ children }: { children: ReactNode }) {
  const { t } = useTranslation();
  const { user } = useWorkspace();
  return (
    <>
      <a className="skip-link" href="#main">
        {t("nav.skipToContent")}
      </a>
      <header className="site-header">
        <Link to="/projects" className="brand">
          {t("app.name")}
        </Link>
        <nav aria-label={t("workspace.nav")} className="workspace-nav">
          <ul>
            <li>
              <Link to="/projects">{t("workspace.projects")}</Link>
            </li>
            {user.role === "ADMIN" ? (
              <li>
                <Link to="/admin/users">{t("admin.users")}</Link>
              </li>
            ) : null}
            <li>
              <Link to="/account/password">{t("workspace.changePassword")}</Link>
            </li>
          </ul>
        </nav>
        <LanguageSwitcher />
        <Form method="post" action="/signout" className="sign-out">
          <CsrfInput />
          <span className="signed-in-as">{t("workspace.signedInAs", { name: user.name })}</span>{" "}
          <button type="submit" className="button small">
            {t("workspace.signOut")}
          </button>
        </Form>
      </header>
      <main id="main" tabIndex={-1} className="workspace">
        {children}
      </main>
    </>
  );
}
