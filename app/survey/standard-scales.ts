import type { EveryLanguage, TemplateOption } from "./survey-template";

/**
 * Answer scales shared by the ready-made questionnaires, in every workspace language, worded
 * as each language's own surveys word them (German "Häufig", Finnish "En kertaakaan") rather
 * than translated from English. Every call returns fresh objects, so a caller may change its
 * copy safely. The agreement scale, which the builder also uses, is in every language a
 * questionnaire can be written in, in ./agreement-scale.
 */

function numbered(labels: EveryLanguage[]): TemplateOption<EveryLanguage>[] {
  return labels.map((label, index) => ({ value: String(index + 1), label: { ...label } }));
}

/** How often in the last 12 months: "1" never … "5" every month or more often. */
export function frequencyScale(): TemplateOption<EveryLanguage>[] {
  return numbered([
    {
      lv: "Nekad",
      ru: "Ни разу",
      en: "Never",
      sv: "Aldrig",
      de: "Nie",
      it: "Mai",
      es: "Nunca",
      fi: "En kertaakaan",
    },
    {
      lv: "Vienu reizi",
      ru: "Один раз",
      en: "Once",
      sv: "En gång",
      de: "Einmal",
      it: "Una volta",
      es: "Una vez",
      fi: "Kerran",
    },
    {
      lv: "Dažas reizes (2–3)",
      ru: "Несколько раз (2–3 раза)",
      en: "A few times (2–3)",
      sv: "Några gånger (2–3)",
      de: "Ein paar Mal (2–3)",
      it: "Qualche volta (2–3)",
      es: "Algunas veces (2–3)",
      fi: "Muutaman kerran (2–3)",
    },
    {
      lv: "Bieži (4–11 reizes)",
      ru: "Часто (4–11 раз)",
      en: "Often (4–11 times)",
      sv: "Ofta (4–11 gånger)",
      de: "Häufig (4–11 Mal)",
      it: "Spesso (4–11 volte)",
      es: "A menudo (4–11 veces)",
      fi: "Usein (4–11 kertaa)",
    },
    {
      lv: "Regulāri (katru mēnesi vai biežāk)",
      ru: "Регулярно (каждый месяц или чаще)",
      en: "Regularly (every month or more often)",
      sv: "Regelbundet (varje månad eller oftare)",
      de: "Regelmäßig (jeden Monat oder öfter)",
      it: "Regolarmente (ogni mese o più spesso)",
      es: "Con regularidad (cada mes o más a menudo)",
      fi: "Säännöllisesti (kuukausittain tai useammin)",
    },
  ]);
}

/** Satisfaction, for event feedback: "1" very dissatisfied … "5" very satisfied. */
export function satisfactionScale(): TemplateOption<EveryLanguage>[] {
  return numbered([
    {
      lv: "Ļoti neapmierināts(-a)",
      ru: "Очень недоволен(-льна)",
      en: "Very dissatisfied",
      sv: "Mycket missnöjd",
      de: "Sehr unzufrieden",
      it: "Molto insoddisfatto/a",
      es: "Muy insatisfecho/a",
      fi: "Erittäin tyytymätön",
    },
    {
      lv: "Neapmierināts(-a)",
      ru: "Недоволен(-льна)",
      en: "Dissatisfied",
      sv: "Ganska missnöjd",
      de: "Eher unzufrieden",
      it: "Insoddisfatto/a",
      es: "Insatisfecho/a",
      fi: "Melko tyytymätön",
    },
    {
      lv: "Ne apmierināts(-a), ne neapmierināts(-a)",
      ru: "Нечто среднее",
      en: "Neither satisfied nor dissatisfied",
      sv: "Varken nöjd eller missnöjd",
      de: "Weder zufrieden noch unzufrieden",
      it: "Né soddisfatto/a né insoddisfatto/a",
      es: "Ni satisfecho/a ni insatisfecho/a",
      fi: "Ei tyytyväinen eikä tyytymätön",
    },
    {
      lv: "Apmierināts(-a)",
      ru: "Доволен(-льна)",
      en: "Satisfied",
      sv: "Ganska nöjd",
      de: "Eher zufrieden",
      it: "Soddisfatto/a",
      es: "Satisfecho/a",
      fi: "Melko tyytyväinen",
    },
    {
      lv: "Ļoti apmierināts(-a)",
      ru: "Очень доволен(-льна)",
      en: "Very satisfied",
      sv: "Mycket nöjd",
      de: "Sehr zufrieden",
      it: "Molto soddisfatto/a",
      es: "Muy satisfecho/a",
      fi: "Erittäin tyytyväinen",
    },
  ]);
}
