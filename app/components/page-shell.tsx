import { Link, useLocation } from "@remix-run/react";
import { useEffect, type ReactNode } from "react";
import { useTranslation } from "~/i18n/use-translation";
import { LanguageSwitcher } from "./language-switcher";
import { keepOfflineCopy } from "~/survey/offline-copy";
import { OutboxStatus } from "./outbox-delivery";

interface PageShellProps {
  title: string;
  /** Languages the page can be shown in; the interface languages when omitted. */
  languages?: readonly string[];
  children: ReactNode;
}

/** The frame of every resident page: skip link, brand, language switcher and one h1. */
export function PageShell({ title, languages, children }: PageShellProps) {
  const { t, uiLanguage } = useTranslation();
  const { pathname, search } = useLocation();
  useEffect(() => void keepOfflineCopy(), [pathname, search]);
  return (
    <>
      <a className="skip-link" href="#main">
        {t("nav.skipToContent")}
      </a>
      <header className="site-header">
        <Link to={`/?lang=${uiLanguage}`} className="brand">
          {t("app.name")}
        </Link>
        <LanguageSwitcher languages={languages} />
      </header>
      <main id="main" tabIndex={-1}>
        <h1>{title}</h1>
        <OutboxStatus />
        {children}
      </main>
    </>
  );
}
