import type { EveryLanguage, TemplateOption } from "~/survey/survey-template";

/**
 * Help texts that several ready-made questionnaires repeat: one wording everywhere, so a
 * correction reaches them all.
 */

export const chooseAllHelp: EveryLanguage = {
  lv: "Atzīmējiet visas atbilstošās atbildes.",
  ru: "Отметьте все подходящие варианты.",
  en: "Choose all that apply.",
  sv: "Du kan välja flera alternativ.",
  de: "Mehrfachnennungen möglich.",
  it: "Sono possibili più risposte.",
  es: "Puede marcar varias respuestas.",
  fi: "Voit valita useamman vaihtoehdon.",
};

export const noPersonalDetailsHelp: EveryLanguage = {
  lv: "Lūdzu, nenorādiet personu vārdus vai citus personas datus.",
  ru: "Пожалуйста, не указывайте имена и другие личные данные.",
  en: "Please do not write names or other personal details.",
  sv: "Skriv inte namn eller andra personuppgifter.",
  de: "Bitte nennen Sie keine Namen oder andere persönliche Daten.",
  it: "Si prega di non indicare nomi o altri dati personali.",
  es: "Por favor, no escriba nombres ni otros datos personales.",
  fi: "Älä kirjoita nimiä tai muita henkilötietoja.",
};

/** "Other", with a field to say what: a fresh object per call, so a caller may change its copy. */
export function otherOption(): TemplateOption<EveryLanguage> {
  return {
    value: "other",
    isOther: true,
    label: { lv: "Cits", ru: "Другое", en: "Other", sv: "Annat", de: "Sonstiges", it: "Altro", es: "Otro", fi: "Muu" },
  };
}
