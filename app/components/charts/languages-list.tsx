import type { LanguageCount } from "~/evaluation/partnership.server";
import { formatNumber } from "~/i18n/format-number";
import { useTranslation } from "~/i18n/use-translation";

/** "latviešu: 12, русский: 8, English: hidden" — the languages answered in, as a table cell holds them. */
export function LanguagesList({ languages }: { languages: LanguageCount[] }) {
  const { t, uiLanguage } = useTranslation();
  if (!languages.length) return <>–</>;
  return (
    <>
      {languages.map((entry, i) => (
        <span key={entry.language}>
          {i ? ", " : ""}
          {t("partnership.language", {
            language: entry.name,
            responses: entry.responses === null ? t("results.hidden") : formatNumber(entry.responses, uiLanguage),
          })}
        </span>
      ))}
    </>
  );
}
