import { Form, Link, useLocation } from "@remix-run/react";
import { languageName, uiLanguages } from "~/i18n/languages";
import { useContentLanguage, useTranslation } from "~/i18n/use-translation";

/** Up to this many languages fit a phone's header as links; more are a list to pick from. */
const mostLinks = 4;

/**
 * Switches the page's language, keeping its path and query; works without JavaScript. A few
 * languages (a questionnaire's) are plain links; many (the workspace's) are a select with a
 * button, which stays one line on a 320 px phone. Choosing does not switch by itself: a page
 * that changed while a keyboard moves through the list would lose its place.
 */
export function LanguageSwitcher({ languages = uiLanguages }: { languages?: readonly string[] }) {
  const { t } = useTranslation();
  const current = useContentLanguage();
  const location = useLocation();
  if (languages.length < 2) return null;
  const search = new URLSearchParams(location.search);
  search.delete("index"); // left by a form posted to the start page
  search.delete("lang");
  if (languages.length > mostLinks) {
    return (
      <Form method="get" action={location.pathname} className="language-switcher">
        {[...search].map(([name, value], index) => (
          <input key={`${name}-${index}`} type="hidden" name={name} value={value} />
        ))}
        <label htmlFor="language-choice" className="visually-hidden">
          {t("language.label")}
        </label>
        <select id="language-choice" name="lang" defaultValue={current}>
          {languages.map((lang) => (
            <option key={lang} value={lang} lang={lang}>
              {languageName(lang)}
            </option>
          ))}
        </select>
        <button type="submit" className="button">
          {t("language.change")}
        </button>
      </Form>
    );
  }
  return (
    <nav aria-label={t("language.label")} className="language-switcher">
      <ul>
        {languages.map((lang) => {
          const withLanguage = new URLSearchParams(search);
          withLanguage.set("lang", lang);
          return (
            <li key={lang}>
              <Link
                to={`${location.pathname}?${withLanguage}`}
                lang={lang}
                hrefLang={lang}
                aria-current={lang === current ? "true" : undefined}
              >
                {languageName(lang)}
              </Link>
            </li>
          );
        })}
      </ul>
    </nav>
  );
}
