/** Languages the interface is fully translated into: the WIR partnership's (issue 12). */
export const uiLanguages = ["lv", "ru", "en", "sv", "de", "it", "es", "fi"] as const;
export type UiLanguage = (typeof uiLanguages)[number];

export const fallbackUiLanguage: UiLanguage = "en";

/**
 * Languages residents' pages speak: the EU's 24 official languages, and Russian, Ukrainian,
 * Arabic and Turkish, for residents who came from outside the EU (issue 12). A questionnaire
 * can be written in any of them.
 */
export const residentLanguages = [
  "bg", "cs", "da", "de", "el", "en", "es", "et", "fi", "fr", "ga", "hr", "hu", "it", "lt", "lv",
  "mt", "nl", "pl", "pt", "ro", "sk", "sl", "sv", "ru", "uk", "ar", "tr",
] as const;
export type ResidentLanguage = (typeof residentLanguages)[number];

/** Each language named in itself, for language pickers. */
export const languageNames: Record<ResidentLanguage, string> = {
  bg: "Български",
  cs: "Čeština",
  da: "Dansk",
  de: "Deutsch",
  el: "Ελληνικά",
  en: "English",
  es: "Español",
  et: "Eesti",
  fi: "Suomi",
  fr: "Français",
  ga: "Gaeilge",
  hr: "Hrvatski",
  hu: "Magyar",
  it: "Italiano",
  lt: "Lietuvių",
  lv: "Latviešu",
  mt: "Malti",
  nl: "Nederlands",
  pl: "Polski",
  pt: "Português",
  ro: "Română",
  sk: "Slovenčina",
  sl: "Slovenščina",
  sv: "Svenska",
  ru: "Русский",
  uk: "Українська",
  ar: "العربية",
  tr: "Türkçe",
};

/** The name of a language code, in that language; the code itself when it is none of ours. */
export function languageName(code: string): string {
  return (languageNames as Record<string, string>)[code] ?? code;
}

export function isResidentLanguage(value: unknown): value is ResidentLanguage {
  return typeof value === "string" && (residentLanguages as readonly string[]).includes(value);
}

/**
 * The `dir` attribute for a language written right to left (Arabic); none for the others,
 * whose left-to-right is the default. An explicit `dir="ltr"` on the page made Chromium send a
 * broken character in a textarea's Latvian text (tests/e2e/builder.spec.ts, without JavaScript).
 */
export function textDirection(lang: string): "rtl" | undefined {
  return lang === "ar" ? "rtl" : undefined;
}

/** A questionnaire's languages with its main one first, where it leads (poster, new drafts). */
export function mainLanguageFirst(languages: readonly string[], main: string): string[] {
  return [main, ...languages.filter((language) => language !== main)];
}

export function isUiLanguage(value: unknown): value is UiLanguage {
  return typeof value === "string" && (uiLanguages as readonly string[]).includes(value);
}

/**
 * Picks the best of `available` for an Accept-Language header: by quality, an exact tag
 * first, then its primary subtag ("ru-RU" matches "ru"). Returns `fallback` when none fits.
 */
export function negotiateLanguage(
  acceptLanguage: string | null | undefined,
  available: readonly string[],
  fallback: string,
): string {
  const ranges = (acceptLanguage ?? "")
    .split(",")
    .map((part, index) => {
      const [tag = "", ...params] = part.trim().split(";");
      const qParam = params.map((p) => p.trim()).find((p) => p.startsWith("q="));
      const quality = qParam ? Number(qParam.slice(2)) : 1;
      return { tag: tag.trim().toLowerCase(), quality: Number.isFinite(quality) ? quality : 0, index };
    })
    .filter((range) => range.tag && range.quality > 0)
    .sort((a, b) => b.quality - a.quality || a.index - b.index);

  for (const { tag } of ranges) {
    const primary = tag.split("-")[0];
    const match =
      available.find((lang) => lang.toLowerCase() === tag) ??
      available.find((lang) => lang.toLowerCase() === primary);
    if (match) return match;
  }
  return fallback;
}
