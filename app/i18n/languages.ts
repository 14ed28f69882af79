/** Languages the interface is fully translated into: the WIR partnership's (issue 12). */
export const uiLanguages = ["lv", "ru", "en", "sv", "de", "it", "es", "fi"] as const;
export type UiLanguage = (typeof uiLanguages)[number];

export const fallbackUiLanguage: UiLanguage = "en";

/** Each language named in itself, for language pickers. */
export const languageNames: Record<string, string> = {
  lv: "Latviešu",
  ru: "Русский",
  en: "English",
  de: "Deutsch",
  it: "Italiano",
  es: "Español",
  fi: "Suomi",
  sv: "Svenska",
};

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
