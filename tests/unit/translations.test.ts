import { describe, expect, it } from "vitest";
import { dictionaries, residentMessages } from "~/i18n/i18n.server";
import { residentLanguages, uiLanguages } from "~/i18n/languages";
import { residentOnlyDictionaries } from "~/i18n/resident-dictionaries.server";
import { isResidentPageKey, residentPrintedKeys } from "~/i18n/resident-pages";
import { en } from "~/i18n/messages/en";
import { de } from "~/i18n/messages/de";
import { fi } from "~/i18n/messages/fi";
import { lv } from "~/i18n/messages/lv";
import { ru } from "~/i18n/messages/ru";
import { isPlural, type PluralForms } from "~/i18n/plural";
import { createTranslator, pickText } from "~/i18n/translate";

type Text = string | PluralForms;
type Dictionary = Record<string, Text>;
const english = en as Dictionary;
const translations = Object.fromEntries(Object.entries(dictionaries).filter(([lang]) => lang !== "en")) as Record<string, Dictionary>;

/** Texts that are the same as in English on purpose: the name, and words the languages share. */
const sameAsEnglish: Record<string, string[]> = {
  all: ["app.name"],
  sv: ["edits.what", "translations.text", "indicators.trend"], // "Text", "Trend"
  de: ["admin.name", "project.nameGroup", "edits.what", "translations.text", "indicators.trend"], // "Name", "Text", "Trend"
  it: ["signIn.password"], // "Password"
  lv: ["results.respondents"], // "1 respondents" is Latvian's singular
};
/** Whether a text has a word in it (placeholders, dashes and single letters such as "n" are none). */
const hasWords = (text: string) => /\p{L}{2,}/u.test(text.replace(/\{\w+\}/g, ""));
const enKeys = Object.keys(en).sort();
/** A text's forms: a plural text has one per category, any other text is its only form. */
const forms = (text: Text | undefined): string[] => (text === undefined ? [] : isPlural(text) ? Object.values(text) : [text]);
/** Placeholder names of one form, each once. */
const placeholders = (text: string) => [...new Set([...text.matchAll(/\{(\w+)\}/g)].map((m) => m[1]!))].sort().join();
const pluralKeys = enKeys.filter((key) => isPlural(english[key]!));
const categories = (lang: string) => [...new Intl.PluralRules(lang).resolvedOptions().pluralCategories].sort();

/** Keys whose text is wrongly plural or not, has other plural categories than `lang`'s, or a form without the English placeholders. */
function wrongPlurals(lang: string, messages: Dictionary, keys: string[]): string[] {
  return keys.filter((key) => {
    const text = messages[key];
    if (text === undefined) return false;
    if (!pluralKeys.includes(key)) return isPlural(text);
    if (!isPlural(text)) return true;
    const source = placeholders(forms(english[key]).join(" "));
    return Object.keys(text).sort().join() !== categories(lang).join() || forms(text).some((form) => placeholders(form) !== source);
  });
}

describe.each(Object.keys(translations))("messages in %s", (lang) => {
  const messages = translations[lang]!;

  it("has no key missing compared with English", () => {
    const missing = enKeys.filter((key) => !(key in messages));
    expect(missing).toEqual([]);
  });

  it("has no key that English lacks", () => {
    const extra = Object.keys(messages).filter((key) => !(key in en));
    expect(extra).toEqual([]);
  });

  it("has no empty text", () => {
    const empty = Object.entries(messages)
      .filter(([, text]) => forms(text).some((form) => typeof form !== "string" || form.trim() === ""))
      .map(([key]) => key);
    expect(empty).toEqual([]);
  });

  it("leaves no text in English (except names and abbreviations)", () => {
    const left = enKeys.filter((key) => {
      const englishForms = forms(english[key]);
      const same = forms(messages[key]).filter((form) => englishForms.includes(form) && hasWords(form));
      return same.length > 0 && ![...sameAsEnglish.all!, ...(sameAsEnglish[lang] ?? [])].includes(key);
    });
    expect(left).toEqual([]);
  });

  it("uses every placeholder of the English text, and no other", () => {
    const wrong = enKeys.filter((key) => {
      const source = placeholders(forms(english[key]).join(" "));
      return forms(messages[key]).some((form) => placeholders(form) !== source);
    });
    expect(wrong).toEqual([]);
  });

  it(`writes each count with exactly the plural categories of ${lang}, every form with the English placeholders`, () => {
    expect(wrongPlurals(lang, messages, enKeys)).toEqual([]);
  });
});

it("every workspace language has a dictionary", () => {
  expect(Object.keys(dictionaries).sort()).toEqual([...uiLanguages].sort());
});

describe("English messages", () => {
  it("have no empty text", () => {
    expect(Object.entries(english).filter(([, text]) => forms(text).some((form) => form.trim() === ""))).toEqual([]);
  });

  it("write counts as plurals chosen by {count}, in English's categories", () => {
    expect(pluralKeys).toContain("results.respondents");
    expect(pluralKeys.filter((key) => forms(english[key]).some((form) => !form.includes("{count}")))).toEqual([]);
    expect(wrongPlurals("en", english, enKeys)).toEqual([]);
  });

  it("leave no count to a bare number placeholder: a text that counts something is plural", () => {
    const counting = enKeys.filter((key) => !pluralKeys.includes(key) && forms(english[key]).some((form) => /\{(n|count|total)\}/.test(form)));
    expect(counting).toEqual(["answer.progress"]);
  });
});

describe("createTranslator", () => {
  it("returns the text of a key", () => {
    expect(createTranslator(en, "en")("answer.next")).toBe(en["answer.next"]);
    expect(createTranslator(lv, "lv")("answer.next")).toBe(lv["answer.next"]);
  });

  it("fills in the variables", () => {
    const t = createTranslator(en, "en");
    expect(t("answer.progress", { current: 2, total: 4 })).toBe("Page 2 of 4");
    expect(t("field.tooLong", { count: 500 })).toBe("Please keep it under 500 characters.");
    expect(createTranslator(ru, "ru")("field.tooLong", { count: 500 })).toBe("Пожалуйста, уложитесь в 500 знаков.");
    expect(createTranslator(lv, "lv")("joinCode.unknown", { code: "DAUGAV" })).toContain("DAUGAV");
  });

  it("leaves a placeholder without a value as it is", () => {
    expect(createTranslator(en, "en")("answer.progress", { current: 1 })).toBe("Page 1 of {total}");
  });

  it("picks the English form by count", () => {
    const t = createTranslator(en, "en");
    expect([0, 1, 2, 5].map((count) => t("results.respondents", { count }))).toEqual(["0 respondents", "1 respondent", "2 respondents", "5 respondents"]);
    expect(t("translations.saved", { count: 1 })).toBe("Saved: 1 text changed.");
  });

  it("picks the Russian form by count: 1 and 21 ответ, 2 ответа, 5 and 11 ответов", () => {
    const t = createTranslator(ru, "ru");
    expect([1, 2, 5, 11, 21, 22, 111].map((count) => t("results.textCount", { count }))).toEqual([
      "1 ответ", "2 ответа", "5 ответов", "11 ответов", "21 ответ", "22 ответа", "111 ответов",
    ]);
    expect([1, 3, 5, 21].map((count) => t("results.respondents", { count }))).toEqual(["1 респондент", "3 респондента", "5 респондентов", "21 респондент"]);
  });

  it("picks the Latvian form by count: 0, 10–20, 30… atbilžu; 1, 21, 31… atbilde (but 11 atbilžu); else atbildes", () => {
    const t = createTranslator(lv, "lv");
    expect([0, 1, 2, 10, 11, 21, 22, 30].map((count) => t("results.textCount", { count }))).toEqual([
      "0 atbilžu", "1 atbilde", "2 atbildes", "10 atbilžu", "11 atbilžu", "21 atbilde", "22 atbildes", "30 atbilžu",
    ]);
    expect([0, 1, 2].map((count) => t("results.respondents", { count }))).toEqual(["0 respondentu", "1 respondents", "2 respondenti"]);
  });

  it("picks the Arabic form by count, from its six categories", () => {
    const t = createTranslator(residentMessages("ar"), "ar");
    const noun = (count: number) => t("field.tooLong", { count }).replace(/^.*الحد الأقصى هو /, "").replace(/\.$/, "");
    expect([0, 1, 2, 3, 11, 100].map(noun)).toEqual(["0 حرف", "1 حرف", "2 حرفان", "3 أحرف", "11 حرفًا", "100 حرف"]);
  });

  it("writes numbers as the language does: grouping and decimal mark", () => {
    expect(createTranslator(de, "de")("projectResults.ofTarget", { value: 1234, target: 2000, share: 61.7 })).toBe("1.234 von 2.000 geplant (61,7 %)");
    expect(createTranslator(fi, "fi")("results.respondents", { count: 1234 })).toBe("1\u00a0234 vastaajaa");
    expect(createTranslator(en, "en")("results.respondents", { count: 1234 })).toBe("1,234 respondents");
    expect(createTranslator(de, "de")("results.summaryTop", { label: "Ja", share: 33.3 })).toBe("Am häufigsten gewählt: Ja (33,3 %).");
  });

  it("leaves a number given as a string as it is", () => {
    expect(createTranslator(de, "de")("answer.numberRange", { min: "1900", max: "2010" })).toContain("1900");
  });
});

describe("pickText", () => {
  it("picks the language, then the fallback language, then any language, then an empty string", () => {
    const text = { lv: "Sveiki", ru: "Привет", en: "" };
    expect(pickText(text, "ru", "lv")).toBe("Привет");
    expect(pickText(text, "en", "lv")).toBe("Sveiki");
    expect(pickText(text, "de", "lv")).toBe("Sveiki");
    expect(pickText({ lv: "", ru: "Молодёжный совет" }, "en", "en")).toBe("Молодёжный совет");
    expect(pickText({}, "de", "lv")).toBe("");
    expect(pickText(null, "de", "lv")).toBe("");
  });
});

describe.each(Object.keys(residentOnlyDictionaries))("residents' pages in %s", (lang) => {
  const messages = residentOnlyDictionaries[lang as keyof typeof residentOnlyDictionaries] as Dictionary;
  const residentKeys = enKeys.filter((key) => isResidentPageKey(key) || (residentPrintedKeys as readonly string[]).includes(key));

  it("has exactly the keys residents read, on their pages and on the poster", () => {
    expect(Object.keys(messages).sort()).toEqual(residentKeys);
  });

  it("has no empty text and none left in English", () => {
    const wrong = residentKeys.filter((key) =>
      forms(messages[key]).some((form) => !form.trim() || (forms(english[key]).includes(form) && hasWords(form) && !sameAsEnglish.all!.includes(key))),
    );
    expect(wrong).toEqual([]);
  });

  it("uses every placeholder of the English text, and no other", () => {
    const wrong = residentKeys.filter((key) => forms(messages[key]).some((form) => placeholders(form) !== placeholders(forms(english[key]).join(" "))));
    expect(wrong).toEqual([]);
  });

  it(`writes each count with exactly the plural categories of ${lang}, every form with the English placeholders`, () => {
    expect(pluralKeys.some((key) => residentKeys.includes(key))).toBe(true);
    expect(wrongPlurals(lang, messages, residentKeys)).toEqual([]);
  });
});

it("every language of residents' pages has its texts", () => {
  const covered = [...Object.keys(dictionaries), ...Object.keys(residentOnlyDictionaries)].sort();
  expect(covered).toEqual([...residentLanguages].sort());
});
