import type { EveryLanguage, TemplateOption } from "./survey-template";

/**
 * Answer scales shared by the ready-made questionnaires, in every workspace language, worded
 * as each language's own surveys word them (German "Stimme eher zu", Finnish "Jokseenkin samaa
 * mieltä") rather than translated from English. Every call returns fresh objects, so a caller
 * may change its copy safely.
 */

/** The "don't know" option that some scales add at the end. */
export function dontKnowOption(): TemplateOption<EveryLanguage> {
  return {
    value: "dk",
    isDontKnow: true,
    label: {
      lv: "Grūti pateikt",
      ru: "Затрудняюсь ответить",
      en: "Don't know",
      sv: "Vet inte",
      de: "Weiß nicht",
      it: "Non so",
      es: "No sé",
      fi: "En osaa sanoa",
    },
  };
}

const AGREEMENT_5: EveryLanguage[] = [
  {
    lv: "Pilnībā nepiekrītu",
    ru: "Полностью не согласен(-на)",
    en: "Strongly disagree",
    sv: "Tar helt avstånd",
    de: "Stimme überhaupt nicht zu",
    it: "Completamente in disaccordo",
    es: "Totalmente en desacuerdo",
    fi: "Täysin eri mieltä",
  },
  {
    lv: "Nepiekrītu",
    ru: "Не согласен(-на)",
    en: "Disagree",
    sv: "Tar avstånd",
    de: "Stimme eher nicht zu",
    it: "In disaccordo",
    es: "En desacuerdo",
    fi: "Jokseenkin eri mieltä",
  },
  {
    lv: "Ne piekrītu, ne nepiekrītu",
    ru: "Ни да, ни нет",
    en: "Neither agree nor disagree",
    sv: "Varken instämmer eller tar avstånd",
    de: "Teils/teils",
    it: "Né d'accordo né in disaccordo",
    es: "Ni de acuerdo ni en desacuerdo",
    fi: "Ei samaa eikä eri mieltä",
  },
  {
    lv: "Piekrītu",
    ru: "Согласен(-на)",
    en: "Agree",
    sv: "Instämmer",
    de: "Stimme eher zu",
    it: "D'accordo",
    es: "De acuerdo",
    fi: "Jokseenkin samaa mieltä",
  },
  {
    lv: "Pilnībā piekrītu",
    ru: "Полностью согласен(-на)",
    en: "Strongly agree",
    sv: "Instämmer helt",
    de: "Stimme voll und ganz zu",
    it: "Completamente d'accordo",
    es: "Totalmente de acuerdo",
    fi: "Täysin samaa mieltä",
  },
];

// The 7-point scale splits each side in three. German and Finnish name the middle steps of
// the 5-point scale "eher"/"jokseenkin" (somewhat), so their plain "Agree" is a step further out.
const AGREEMENT_7: EveryLanguage[] = [
  AGREEMENT_5[0]!,
  {
    lv: "Nepiekrītu",
    ru: "Не согласен(-на)",
    en: "Disagree",
    sv: "Tar avstånd",
    de: "Stimme nicht zu",
    it: "In disaccordo",
    es: "En desacuerdo",
    fi: "Eri mieltä",
  },
  {
    lv: "Drīzāk nepiekrītu",
    ru: "Скорее не согласен(-на)",
    en: "Somewhat disagree",
    sv: "Tar delvis avstånd",
    de: "Stimme eher nicht zu",
    it: "Parzialmente in disaccordo",
    es: "Algo en desacuerdo",
    fi: "Jokseenkin eri mieltä",
  },
  AGREEMENT_5[2]!,
  {
    lv: "Drīzāk piekrītu",
    ru: "Скорее согласен(-на)",
    en: "Somewhat agree",
    sv: "Instämmer delvis",
    de: "Stimme eher zu",
    it: "Parzialmente d'accordo",
    es: "Algo de acuerdo",
    fi: "Jokseenkin samaa mieltä",
  },
  {
    lv: "Piekrītu",
    ru: "Согласен(-на)",
    en: "Agree",
    sv: "Instämmer",
    de: "Stimme zu",
    it: "D'accordo",
    es: "De acuerdo",
    fi: "Samaa mieltä",
  },
  AGREEMENT_5[4]!,
];

function numbered(labels: EveryLanguage[]): TemplateOption<EveryLanguage>[] {
  return labels.map((label, index) => ({ value: String(index + 1), label: { ...label } }));
}

/**
 * Agreement scale from "Strongly disagree" ("1") to "Strongly agree" ("5" or "7") with a
 * neutral midpoint, optionally followed by "Don't know" ("dk").
 */
export function agreementScale(points: 5 | 7, withDontKnow: boolean): TemplateOption<EveryLanguage>[] {
  const options = numbered(points === 5 ? AGREEMENT_5 : AGREEMENT_7);
  if (withDontKnow) options.push(dontKnowOption());
  return options;
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
