import type { MessageKey, Messages } from "./messages/en";

export type Translate = (key: MessageKey, vars?: Record<string, string | number>) => string;

export function createTranslator(messages: Messages): Translate {
  return (key, vars) => {
    // An unknown key shows itself rather than breaking the page.
    const template = messages[key] ?? key;
    if (!vars) return template;
    return template.replace(/\{(\w+)\}/g, (whole, name: string) =>
      name in vars ? String(vars[name]) : whole,
    );
  };
}

/**
 * Picks a text in `lang`, falling back to `fallbackLang` (a survey's default language), then to
 * any language it has: a project or event named only in Russian still has a name in English.
 */
export function pickText(text: unknown, lang: string, fallbackLang: string): string {
  const byLanguage = (text ?? {}) as Record<string, string | undefined>;
  return byLanguage[lang] || byLanguage[fallbackLang] || Object.values(byLanguage).find((value) => typeof value === "string" && value) || "";
}
