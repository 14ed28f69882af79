import { z } from "zod";
import { uiLanguages, type UiLanguage } from "~/i18n/languages";
import type { MessageKey } from "~/i18n/messages/en";
import { isUuid } from "./ids";

/** An optional whole number typed into a form: empty means none (null). */
export function optionalWholeNumber(max: number) {
  return z
    .string()
    .trim()
    .default("")
    .transform((value, ctx) => {
      if (!value) return null;
      const n = Number(value);
      if (!Number.isInteger(n) || n < 0 || n > max) ctx.addIssue({ code: "custom", message: "event.countInvalid" });
      return n;
    });
}

// NUL and the other control characters are never typed: PostgreSQL refuses NUL in text, and the
// rest would hide inside names and exports. Tabs and line breaks are typed, so they stay.
const controlCharacters = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F]/;

/**
 * Text sent by a form; control characters are refused with a message ("form.controlCharacters").
 * `notText`: the message when the field is missing or is not text (a file).
 */
export function formText(notText?: MessageKey) {
  return z.string(notText ? { error: notText } : undefined).refine((value) => !controlCharacters.test(value), { message: "form.controlCharacters" });
}

export function hasControlCharacters(value: string): boolean {
  return controlCharacters.test(value);
}

/** One field per workspace language, `${prefix}_${lang}`, each read with `schema` (a name, a title). */
export function fieldsPerLanguage<Prefix extends string, Schema extends z.ZodType>(prefix: Prefix, schema: Schema) {
  return Object.fromEntries(uiLanguages.map((lang) => [`${prefix}_${lang}`, schema])) as Record<`${Prefix}_${UiLanguage}`, Schema>;
}

/** The texts given in those fields, by language (empty ones left out), as they are stored. */
export function textsByLanguage<Prefix extends string>(prefix: Prefix, fields: Partial<Record<`${Prefix}_${UiLanguage}`, string>>) {
  return Object.fromEntries(
    uiLanguages.flatMap((lang) => {
      const text = fields[`${prefix}_${lang}`];
      return text ? [[lang, text]] : [];
    }),
  ) as Partial<Record<UiLanguage, string>>;
}

/** A row picked in a form (a host partner, an event), or "" for none; anything else is no choice. */
export function optionalId() {
  return z
    .string({ error: "field.invalidChoice" })
    .refine((id) => id === "" || isUuid(id), { error: "field.invalidChoice" })
    .default("");
}
