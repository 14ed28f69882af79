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

/** Picks a survey text in `lang`, falling back to the survey's default language. */
export function pickText(text: unknown, lang: string, fallbackLang: string): string {
  const byLanguage = (text ?? {}) as Record<string, string | undefined>;
  return byLanguage[lang] || byLanguage[fallbackLang] || "";
}
