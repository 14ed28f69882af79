import { Link, useLocation } from "@remix-run/react";
import { languageNames, uiLanguages } from "~/i18n/languages";
import { useContentLanguage, useTranslation } from "~/i18n/use-translation";

/** Plain links, so switching works without JavaScript; the page keeps its path. */
export function LanguageSwitcher({ languages = uiLanguages }: { languages?: readonly string[] }) {
  const { t } = useTranslation();
  const current = useContentLanguage();
  const location = useLocation();
  if (languages.length < 2) return null;
  return (
    <nav aria-label={t("language.label")} className="language-switcher">
      <ul>
        {languages.map((lang) => {
          const search = new URLSearchParams(location.search);
          search.delete("index"); // left by a form posted to the start page
          search.set("lang", lang);
          return (
            <li key={lang}>
              <Link
                to={`${location.pathname}?${search}`}
                lang={lang}
                hrefLang={lang}
                aria-current={lang === current ? "true" : undefined}
              >
                {languageNames[lang] ?? lang}
              </Link>
            </li>
          );
        })}
      </ul>
    </nav>
  );
}
