import type { ResidentLanguage } from "~/i18n/languages";
import type { SurveyTemplate } from "./survey-template";

/**
 * The two texts a blank questionnaire starts with, in each language it can be written in.
 * They are data of the questionnaire (residents see the page title), not interface texts.
 */
const blankTexts: Record<ResidentLanguage, { title: string; firstPage: string }> = {
  bg: { title: "Анкета без заглавие", firstPage: "Въпроси" },
  cs: { title: "Dotazník bez názvu", firstPage: "Otázky" },
  da: { title: "Spørgeskema uden titel", firstPage: "Spørgsmål" },
  de: { title: "Fragebogen ohne Titel", firstPage: "Fragen" },
  el: { title: "Ερωτηματολόγιο χωρίς τίτλο", firstPage: "Ερωτήσεις" },
  en: { title: "Untitled questionnaire", firstPage: "Questions" },
  es: { title: "Cuestionario sin título", firstPage: "Preguntas" },
  et: { title: "Pealkirjata küsimustik", firstPage: "Küsimused" },
  fi: { title: "Nimetön kysely", firstPage: "Kysymykset" },
  fr: { title: "Questionnaire sans titre", firstPage: "Questions" },
  ga: { title: "Ceistneoir gan teideal", firstPage: "Ceisteanna" },
  hr: { title: "Upitnik bez naslova", firstPage: "Pitanja" },
  hu: { title: "Névtelen kérdőív", firstPage: "Kérdések" },
  it: { title: "Questionario senza titolo", firstPage: "Domande" },
  lt: { title: "Klausimynas be pavadinimo", firstPage: "Klausimai" },
  lv: { title: "Anketa bez nosaukuma", firstPage: "Jautājumi" },
  mt: { title: "Kwestjonarju mingħajr titlu", firstPage: "Mistoqsijiet" },
  nl: { title: "Naamloze vragenlijst", firstPage: "Vragen" },
  pl: { title: "Ankieta bez tytułu", firstPage: "Pytania" },
  pt: { title: "Questionário sem título", firstPage: "Perguntas" },
  ro: { title: "Chestionar fără titlu", firstPage: "Întrebări" },
  sk: { title: "Dotazník bez názvu", firstPage: "Otázky" },
  sl: { title: "Vprašalnik brez naslova", firstPage: "Vprašanja" },
  sv: { title: "Namnlös enkät", firstPage: "Frågor" },
  ru: { title: "Анкета без названия", firstPage: "Вопросы" },
  uk: { title: "Анкета без назви", firstPage: "Запитання" },
  ar: { title: "استبيان بلا عنوان", firstPage: "الأسئلة" },
  tr: { title: "Başlıksız anket", firstPage: "Sorular" },
};

/**
 * Starting from scratch: one empty page, in the main language only. "Untitled" asks for a
 * title (on the questionnaire's page) and cannot be mistaken for the "New questionnaire" button
 * next to it. Other languages get no placeholder: it would read as their translation, complete,
 * and reach residents as "Untitled questionnaire" after the organiser names it.
 */
export function blankSurvey(language: ResidentLanguage): SurveyTemplate {
  const texts = blankTexts[language];
  return {
    title: { [language]: texts.title },
    intro: {},
    languages: [language],
    defaultLanguage: language,
    sections: [{ title: { [language]: texts.firstPage }, questions: [] }],
  };
}
