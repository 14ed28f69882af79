import { useTranslation } from "~/i18n/use-translation";

export function PrivacyNotice() {
  const { t } = useTranslation();
  return (
    <section className="privacy-notice" aria-labelledby="privacy-title">
      <h2 id="privacy-title">{t("privacy.title")}</h2>
      <ul>
        <li>{t("privacy.stored")}</li>
        <li>{t("privacy.notStored")}</li>
        <li>{t("privacy.cookie")}</li>
      </ul>
    </section>
  );
}
