import { formatNumber } from "./format-number";
import type { MessageKey, Messages, PluralKey } from "./messages/en";
import { isPlural, pluralForm } from "./plural";

type Vars = Record<string, string | number>;

/** A plural text cannot be shown without the number that picks its form. */
export type Translate = <Key extends MessageKey>(key: Key, ...vars: Key extends PluralKey ? [vars: Vars & { count: number }] : [vars?: Vars]) => string;

/**
 * Texts of `messages` in `lang`, whose rules pick a plural text's form and write the numbers
 * put into a text (decimal mark, grouping). A number that must read otherwise is passed as a string.
 */
export function createTranslator(messages: Messages, lang: string): Translate {
  return ((key: MessageKey, vars?: Vars) => {
    // An unknown key shows itself rather than breaking the page.
    const text = messages[key] ?? key;
    const template = isPlural(text) ? pluralForm(text, lang, Number(vars?.count)) : text;
    if (!vars) return template;
    return template.replace(/\{(\w+)\}/g, (whole, name: string) => {
      if (!(name in vars)) return whole;
      const value = vars[name]!;
      return typeof value === "number" ? formatNumber(value, lang) : value;
    });
  }) as Translate;
}

/**
 * Picks a text in `lang`, falling back to `fallbackLang` (a survey's default language), then to
 * any language it has: a project or event named only in Russian still has a name in English.
 */
export function pickText(text: unknown, lang: string, fallbackLang: string): string {
  const byLanguage = (text ?? {}) as Record<string, string | undefined>;
  return byLanguage[lang] || byLanguage[fallbackLang] || Object.values(byLanguage).find((value) => typeof value === "string" && value) || "";
}
