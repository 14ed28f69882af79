import { useTranslation } from "~/i18n/use-translation";

/** A freshly made invitation or reset link, shown once for the admin to pass on. */
export function OneTimeLink({ email, url }: { email: string; url: string }) {
  const { t } = useTranslation();
  return (
    <div className="notice" role="status">
      <p>{t("admin.linkIntro", { email })}</p>
      <p>
        <a href={url} className="code" data-testid="one-time-link">
          {url}
        </a>
      </p>
    </div>
  );
}
