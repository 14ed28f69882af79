import type { EveryLanguage, TemplateOption, TemplateQuestion } from "~/survey/survey-template";

/**
 * The demographic questions of the ready-made questionnaires. Each has one key and one set of
 * option values in every questionnaire, so that answers can be compared across them.
 */

export const aboutYouTitle: EveryLanguage = {
  lv: "Par jums",
  ru: "О вас",
  en: "About you",
  sv: "Om dig",
  de: "Angaben zu Ihrer Person",
  it: "Informazioni su di Lei",
  es: "Sobre usted",
  fi: "Taustatiedot",
};

/** A band of years reads the same in every language. */
function ageRange(value: string, years: string): TemplateOption<EveryLanguage> {
  return {
    value,
    label: { lv: years, ru: years, en: years, sv: years, de: years, it: years, es: years, fi: years },
  };
}

export const ageBandQuestion: TemplateQuestion<EveryLanguage> = {
  key: "age_band",
  type: "SINGLE_CHOICE",
  required: true,
  demographic: true,
  text: {
    lv: "Cik jums ir gadu?",
    ru: "Сколько вам лет?",
    en: "How old are you?",
    sv: "Hur gammal är du?",
    de: "Wie alt sind Sie?",
    it: "Quanti anni ha?",
    es: "¿Qué edad tiene?",
    fi: "Kuinka vanha olet?",
  },
  options: [
    {
      value: "u18",
      label: {
        lv: "Līdz 17 gadiem",
        ru: "Младше 18 лет",
        en: "Under 18",
        sv: "Under 18 år",
        de: "Unter 18 Jahre",
        it: "Meno di 18 anni",
        es: "Menos de 18 años",
        fi: "Alle 18 vuotta",
      },
    },
    ageRange("18_24", "18–24"),
    ageRange("25_34", "25–34"),
    ageRange("35_44", "35–44"),
    ageRange("45_54", "45–54"),
    ageRange("55_64", "55–64"),
    {
      value: "65p",
      label: {
        lv: "65 un vairāk",
        ru: "65 и старше",
        en: "65 or older",
        sv: "65 år eller äldre",
        de: "65 Jahre und älter",
        it: "65 anni e oltre",
        es: "65 años o más",
        fi: "65 vuotta tai yli",
      },
    },
  ],
};

export const genderQuestion: TemplateQuestion<EveryLanguage> = {
  key: "gender",
  type: "SINGLE_CHOICE",
  required: true,
  demographic: true,
  text: {
    lv: "Kāds ir jūsu dzimums?",
    ru: "Ваш пол",
    en: "What is your gender?",
    sv: "Vilket kön har du?",
    de: "Welches Geschlecht haben Sie?",
    it: "Qual è il Suo genere?",
    es: "¿Cuál es su género?",
    fi: "Mikä on sukupuolesi?",
  },
  options: [
    {
      value: "woman",
      label: {
        lv: "Sieviete",
        ru: "Женщина",
        en: "Woman",
        sv: "Kvinna",
        de: "Weiblich",
        it: "Donna",
        es: "Mujer",
        fi: "Nainen",
      },
    },
    {
      value: "man",
      label: {
        lv: "Vīrietis",
        ru: "Мужчина",
        en: "Man",
        sv: "Man",
        de: "Männlich",
        it: "Uomo",
        es: "Hombre",
        fi: "Mies",
      },
    },
    // No free text here: a self-description in a small group could single someone out.
    // German forms offer "divers", the legal third entry, where English ones say "Other".
    {
      value: "other",
      label: {
        lv: "Cits",
        ru: "Другое",
        en: "Other",
        sv: "Annat",
        de: "Divers",
        it: "Altro",
        es: "Otro",
        fi: "Muu",
      },
    },
    {
      value: "no_answer",
      label: {
        lv: "Nevēlos norādīt",
        ru: "Предпочитаю не указывать",
        en: "Prefer not to say",
        sv: "Vill inte uppge",
        de: "Keine Angabe",
        it: "Preferisco non rispondere",
        es: "Prefiero no contestar",
        fi: "En halua kertoa",
      },
    },
  ],
};

export const firstLanguageQuestion: TemplateQuestion<EveryLanguage> = {
  key: "first_language",
  type: "SINGLE_CHOICE",
  required: true,
  demographic: true,
  text: {
    lv: "Kura ir jūsu dzimtā valoda?",
    ru: "Какой ваш родной язык?",
    en: "What is your first language?",
    sv: "Vilket är ditt modersmål?",
    de: "Was ist Ihre Muttersprache?",
    it: "Qual è la Sua lingua madre?",
    es: "¿Cuál es su lengua materna?",
    fi: "Mikä on äidinkielesi?",
  },
  help: {
    lv: "Ja jums ir vairākas dzimtās valodas, izvēlieties to, kurā mājās runājat visvairāk.",
    ru: "Если родных языков несколько, выберите тот, на котором вы чаще всего говорите дома.",
    en: "If you have more than one, choose the one you speak most at home.",
    sv: "Om du har flera modersmål, välj det som du talar mest hemma.",
    de: "Wenn Sie mehrere Muttersprachen haben, wählen Sie die, die Sie zu Hause am meisten sprechen.",
    it: "Se ne ha più di una, indichi quella che parla più spesso a casa.",
    es: "Si tiene más de una, elija la que más habla en casa.",
    fi: "Jos sinulla on useampi äidinkieli, valitse se, jota puhut kotona eniten.",
  },
  // The languages of Latvia, where the questionnaire was first used; an organiser elsewhere
  // changes the list, and the "other" value stays comparable.
  options: [
    {
      value: "lv",
      label: {
        lv: "Latviešu",
        ru: "Латышский",
        en: "Latvian",
        sv: "Lettiska",
        de: "Lettisch",
        it: "Lettone",
        es: "Letón",
        fi: "Latvia",
      },
    },
    {
      value: "ru",
      label: {
        lv: "Krievu",
        ru: "Русский",
        en: "Russian",
        sv: "Ryska",
        de: "Russisch",
        it: "Russo",
        es: "Ruso",
        fi: "Venäjä",
      },
    },
    {
      value: "ltg",
      label: {
        lv: "Latgaliešu",
        ru: "Латгальский",
        en: "Latgalian",
        sv: "Latgalliska",
        de: "Lettgallisch",
        it: "Latgalico",
        es: "Latgaliano",
        fi: "Latgalli",
      },
    },
    {
      value: "other",
      label: {
        lv: "Cita",
        ru: "Другой",
        en: "Other",
        sv: "Annat",
        de: "Andere",
        it: "Altra",
        es: "Otra",
        fi: "Muu",
      },
    },
  ],
};

// "Here" rather than a town's name: the organiser's own town is the one meant.
export const yearsInCityQuestion: TemplateQuestion<EveryLanguage> = {
  key: "years_in_city",
  type: "SINGLE_CHOICE",
  required: true,
  demographic: true,
  text: {
    lv: "Cik ilgi jūs dzīvojat šajā pilsētā?",
    ru: "Как долго вы живёте в этом городе?",
    en: "How long have you lived here?",
    sv: "Hur länge har du bott i kommunen?",
    de: "Wie lange wohnen Sie schon hier?",
    it: "Da quanto tempo vive in questo comune?",
    es: "¿Cuánto tiempo lleva viviendo en este municipio?",
    fi: "Kuinka kauan olet asunut tällä paikkakunnalla?",
  },
  options: [
    {
      value: "lt1",
      label: {
        lv: "Mazāk nekā gadu",
        ru: "Меньше года",
        en: "Less than 1 year",
        sv: "Mindre än 1 år",
        de: "Weniger als 1 Jahr",
        it: "Meno di 1 anno",
        es: "Menos de 1 año",
        fi: "Alle vuoden",
      },
    },
    {
      value: "1_5",
      label: {
        lv: "1–5 gadus",
        ru: "1–5 лет",
        en: "1–5 years",
        sv: "1–5 år",
        de: "1–5 Jahre",
        it: "1–5 anni",
        es: "1–5 años",
        fi: "1–5 vuotta",
      },
    },
    {
      value: "6_15",
      label: {
        lv: "6–15 gadus",
        ru: "6–15 лет",
        en: "6–15 years",
        sv: "6–15 år",
        de: "6–15 Jahre",
        it: "6–15 anni",
        es: "6–15 años",
        fi: "6–15 vuotta",
      },
    },
    {
      value: "gt15",
      label: {
        lv: "Vairāk nekā 15 gadus",
        ru: "Больше 15 лет",
        en: "More than 15 years",
        sv: "Mer än 15 år",
        de: "Mehr als 15 Jahre",
        it: "Più di 15 anni",
        es: "Más de 15 años",
        fi: "Yli 15 vuotta",
      },
    },
    {
      value: "not_resident",
      label: {
        lv: "Es nedzīvoju šajā pilsētā",
        ru: "Я не живу в этом городе",
        en: "I do not live here",
        sv: "Jag bor inte i kommunen",
        de: "Ich wohne nicht hier",
        it: "Non vivo in questo comune",
        es: "No vivo en este municipio",
        fi: "En asu tällä paikkakunnalla",
      },
    },
  ],
};

export const householdSizeQuestion: TemplateQuestion<EveryLanguage> = {
  key: "household_size",
  type: "NUMBER",
  required: false,
  demographic: false,
  text: {
    lv: "Cik cilvēku dzīvo jūsu mājsaimniecībā, ieskaitot jūs?",
    ru: "Сколько человек, включая вас, живёт в вашем домохозяйстве?",
    en: "How many people live in your household, including you?",
    sv: "Hur många personer bor i ditt hushåll, du själv inräknad?",
    de: "Wie viele Personen leben in Ihrem Haushalt, Sie selbst eingeschlossen?",
    it: "Quante persone compongono il Suo nucleo familiare, Lei compreso/a?",
    es: "¿Cuántas personas viven en su hogar, incluido/a usted?",
    fi: "Kuinka monta henkeä kotitaloudessasi asuu, sinut mukaan lukien?",
  },
  settings: { min: 1, max: 20 },
};
