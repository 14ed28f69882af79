import { Link } from "@remix-run/react";
import { languageName, textDirection } from "~/i18n/languages";
import { useTranslation } from "~/i18n/use-translation";

/** The languages a preview can be shown in (`?in=`), each named in itself. */
export function PreviewLanguageNav({ languages, lang }: { languages: string[]; lang: string }) {
  const { t } = useTranslation();
  return (
    <nav aria-label={t("survey.previewLanguage")}>
      <ul className="inline-list">
        {languages.map((language) => (
          <li key={language}>
            <Link to={`?in=${language}`} aria-current={language === lang ? "true" : undefined} lang={language} dir={textDirection(language)}>
              {languageName(language)}
            </Link>
          </li>
        ))}
      </ul>
    </nav>
  );
}
