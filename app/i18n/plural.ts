/**
 * A text whose words depend on a number, one form per plural category the language has
 * (Intl.PluralRules: Russian "1 ответ", "2 ответа", "5 ответов"). The number is always `{count}`.
 * Every language has `other`; tests/unit/translations.test.ts checks that a dictionary has exactly
 * its language's categories.
 */
export type PluralForms = { readonly [category in Intl.LDMLPluralRule]?: string } & { readonly other: string };

export function isPlural(text: string | PluralForms): text is PluralForms {
  return typeof text === "object";
}

const rules = new Map<string, Intl.PluralRules>();

/** The form for `count` in `lang`; `other` when the browser's rules know a category the dictionary lacks. */
export function pluralForm(forms: PluralForms, lang: string, count: number): string {
  let rule = rules.get(lang);
  if (!rule) {
    rule = new Intl.PluralRules(lang);
    rules.set(lang, rule);
  }
  return forms[rule.select(count)] ?? forms.other;
}
