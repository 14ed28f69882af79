import { describe, expect, it } from "vitest";
import { dictionaries } from "~/i18n/i18n.server";
import { residentLanguages, uiLanguages } from "~/i18n/languages";
import { residentOnlyDictionaries } from "~/i18n/resident-dictionaries.server";
import { residentPrefixes, residentPrintedKeys } from "~/i18n/resident-pages";
import { en } from "~/i18n/messages/en";
import { lv } from "~/i18n/messages/lv";
import { ru } from "~/i18n/messages/ru";
import { createTranslator, pickText } from "~/i18n/translate";

const translations = Object.fromEntries(Object.entries(dictionaries).filter(([lang]) => lang !== "en")) as Record<string, Record<string, string>>;

/** Texts that are the same as in English on purpose: the name, and words the languages share. */
const sameAsEnglish: Record<string, string[]> = {
  all: ["app.name"],
  sv: ["edits.what", "translations.text"], // "Text"
  de: ["admin.name", "project.nameGroup", "edits.what", "translations.text"], // "Name", "Text"
  it: ["signIn.password"], // "Password"
};
/** Whether a text has a word in it (placeholders, dashes and single letters such as "n" are none). */
const hasWords = (text: string) => /\p{L}{2,}/u.test(text.replace(/\{\w+\}/g, ""));
const enKeys = Object.keys(en).sort();
const placeholders = (text: string) => [...text.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();

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
      .filter(([, text]) => typeof text !== "string" || text.trim() === "")
      .map(([key]) => key);
    expect(empty).toEqual([]);
  });

  it("leaves no text in English (except names and abbreviations)", () => {
    const english = enKeys.filter((key) => messages[key] === en[key as keyof typeof en] && hasWords(messages[key]!) && ![...sameAsEnglish.all!, ...(sameAsEnglish[lang] ?? [])].includes(key));
    expect(english).toEqual([]);
  });

  it("uses every placeholder of the English text, and no other", () => {
    const wrong = enKeys.filter((key) => {
      const source = placeholders(en[key as keyof typeof en]);
      const target = placeholders(messages[key] ?? "");
      return JSON.stringify([...new Set(source)]) !== JSON.stringify([...new Set(target)]);
    });
    expect(wrong).toEqual([]);
  });
});

it("every workspace language has a dictionary", () => {
  expect(Object.keys(dictionaries).sort()).toEqual([...uiLanguages].sort());
});

describe("English messages", () => {
  it("have no empty text", () => {
    expect(Object.entries(en).filter(([, text]) => text.trim() === "")).toEqual([]);
  });
});

describe("createTranslator", () => {
  it("returns the text of a key", () => {
    expect(createTranslator(en)("answer.next")).toBe(en["answer.next"]);
    expect(createTranslator(lv)("answer.next")).toBe(lv["answer.next"]);
  });

  it("fills in the variables", () => {
    const t = createTranslator(en);
    expect(t("answer.progress", { current: 2, total: 4 })).toBe("Page 2 of 4");
    expect(t("field.tooLong", { max: 500 })).toBe("Please keep it under 500 characters.");
    expect(createTranslator(ru)("field.tooLong", { max: 500 })).toContain("500");
    expect(createTranslator(lv)("joinCode.unknown", { code: "DAUGAV" })).toContain("DAUGAV");
  });

  it("leaves a placeholder without a value as it is", () => {
    expect(createTranslator(en)("answer.progress", { current: 1 })).toBe("Page 1 of {total}");
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
  const messages = residentOnlyDictionaries[lang as keyof typeof residentOnlyDictionaries] as Record<string, string>;
  const residentKeys = enKeys.filter(
    (key) => residentPrefixes.some((prefix) => key.startsWith(prefix)) || (residentPrintedKeys as readonly string[]).includes(key),
  );

  it("has exactly the keys residents read, on their pages and on the poster", () => {
    expect(Object.keys(messages).sort()).toEqual(residentKeys);
  });

  it("has no empty text and none left in English", () => {
    const wrong = residentKeys.filter((key) => !messages[key]?.trim() || (messages[key] === en[key as keyof typeof en] && hasWords(messages[key]!) && !sameAsEnglish.all!.includes(key)));
    expect(wrong).toEqual([]);
  });

  it("uses every placeholder of the English text, and no other", () => {
    const wrong = residentKeys.filter((key) => placeholders(en[key as keyof typeof en]).join() !== [...new Set(placeholders(messages[key]!))].join());
    expect(wrong).toEqual([]);
  });
});

it("every language of residents' pages has its texts", () => {
  const covered = [...Object.keys(dictionaries), ...Object.keys(residentOnlyDictionaries)].sort();
  expect(covered).toEqual([...residentLanguages].sort());
});
