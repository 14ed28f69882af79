import { residentLanguages, type ResidentLanguage } from "~/i18n/languages";
import type { TemplateOption } from "./survey-template";

/*
 * The standard agreement scale, in every language a questionnaire can be written in: a scale
 * question the builder adds starts with it, whatever the questionnaire's language. Each language
 * words it as its own social surveys do (the European Social Survey's and Eurobarometer's
 * translations: German "Stimme eher zu", Polish "Trudno powiedzieć" for "don't know") rather than
 * as a translation of the English. Where a language has only gendered forms, the masculine takes
 * the feminine ending in brackets, as in "Согласен(-на)".
 */

/** One language's wording of the scale. */
interface AgreementWording {
  /** The seven points, from "Strongly disagree" to "Strongly agree". */
  sevenPoints: readonly [
    stronglyDisagree: string,
    disagree: string,
    somewhatDisagree: string,
    neither: string,
    somewhatAgree: string,
    agree: string,
    stronglyAgree: string,
  ];
  /**
   * Which steps the five-point scale has between an end and the midpoint: "plain" ("Agree"), or
   * "somewhat" where the language's 5-point surveys say "rather agree" (German "Stimme eher zu",
   * Finnish "Jokseenkin samaa mieltä", French "Plutôt d'accord").
   */
  fivePoints: "plain" | "somewhat";
  dontKnow: string;
}

const wording: Record<ResidentLanguage, AgreementWording> = {
  bg: {
    sevenPoints: [
      "Напълно несъгласен(-на)",
      "Несъгласен(-на)",
      "По-скоро несъгласен(-на)",
      "Нито съгласен(-на), нито несъгласен(-на)",
      "По-скоро съгласен(-на)",
      "Съгласен(-на)",
      "Напълно съгласен(-на)",
    ],
    fivePoints: "plain",
    dontKnow: "Не знам",
  },
  cs: {
    sevenPoints: [
      "Rozhodně nesouhlasím",
      "Nesouhlasím",
      "Spíše nesouhlasím",
      "Ani souhlasím, ani nesouhlasím",
      "Spíše souhlasím",
      "Souhlasím",
      "Rozhodně souhlasím",
    ],
    fivePoints: "plain",
    dontKnow: "Nevím",
  },
  da: {
    sevenPoints: ["Helt uenig", "Uenig", "Delvis uenig", "Hverken enig eller uenig", "Delvis enig", "Enig", "Helt enig"],
    fivePoints: "plain",
    dontKnow: "Ved ikke",
  },
  de: {
    sevenPoints: [
      "Stimme überhaupt nicht zu",
      "Stimme nicht zu",
      "Stimme eher nicht zu",
      "Teils/teils",
      "Stimme eher zu",
      "Stimme zu",
      "Stimme voll und ganz zu",
    ],
    fivePoints: "somewhat",
    dontKnow: "Weiß nicht",
  },
  el: {
    sevenPoints: [
      "Διαφωνώ απόλυτα",
      "Διαφωνώ",
      "Μάλλον διαφωνώ",
      "Ούτε συμφωνώ ούτε διαφωνώ",
      "Μάλλον συμφωνώ",
      "Συμφωνώ",
      "Συμφωνώ απόλυτα",
    ],
    fivePoints: "plain",
    dontKnow: "Δεν ξέρω",
  },
  en: {
    sevenPoints: [
      "Strongly disagree",
      "Disagree",
      "Somewhat disagree",
      "Neither agree nor disagree",
      "Somewhat agree",
      "Agree",
      "Strongly agree",
    ],
    fivePoints: "plain",
    dontKnow: "Don't know",
  },
  es: {
    sevenPoints: [
      "Totalmente en desacuerdo",
      "En desacuerdo",
      "Algo en desacuerdo",
      "Ni de acuerdo ni en desacuerdo",
      "Algo de acuerdo",
      "De acuerdo",
      "Totalmente de acuerdo",
    ],
    fivePoints: "plain",
    dontKnow: "No sé",
  },
  et: {
    sevenPoints: [
      "Üldse ei ole nõus",
      "Ei ole nõus",
      "Pigem ei ole nõus",
      "Ei nõustu ega ole vastu",
      "Pigem nõus",
      "Nõus",
      "Täiesti nõus",
    ],
    fivePoints: "plain",
    dontKnow: "Ei oska öelda",
  },
  fi: {
    sevenPoints: [
      "Täysin eri mieltä",
      "Eri mieltä",
      "Jokseenkin eri mieltä",
      "Ei samaa eikä eri mieltä",
      "Jokseenkin samaa mieltä",
      "Samaa mieltä",
      "Täysin samaa mieltä",
    ],
    fivePoints: "somewhat",
    dontKnow: "En osaa sanoa",
  },
  fr: {
    sevenPoints: [
      "Pas du tout d'accord",
      "Pas d'accord",
      "Plutôt pas d'accord",
      "Ni d'accord ni pas d'accord",
      "Plutôt d'accord",
      "D'accord",
      "Tout à fait d'accord",
    ],
    fivePoints: "somewhat",
    dontKnow: "Ne sais pas",
  },
  ga: {
    sevenPoints: [
      "Easaontaím go láidir",
      "Easaontaím",
      "Easaontaím go pointe áirithe",
      "Ní aontaím ná ní easaontaím",
      "Aontaím go pointe áirithe",
      "Aontaím",
      "Aontaím go láidir",
    ],
    fivePoints: "plain",
    dontKnow: "Níl a fhios agam",
  },
  hr: {
    sevenPoints: [
      "Uopće se ne slažem",
      "Ne slažem se",
      "Donekle se ne slažem",
      "Niti se slažem niti se ne slažem",
      "Donekle se slažem",
      "Slažem se",
      "U potpunosti se slažem",
    ],
    fivePoints: "plain",
    dontKnow: "Ne znam",
  },
  hu: {
    sevenPoints: [
      "Egyáltalán nem értek egyet",
      "Nem értek egyet",
      "Inkább nem értek egyet",
      "Egyet is értek, meg nem is",
      "Inkább egyetértek",
      "Egyetértek",
      "Teljesen egyetértek",
    ],
    fivePoints: "plain",
    dontKnow: "Nem tudom",
  },
  it: {
    sevenPoints: [
      "Completamente in disaccordo",
      "In disaccordo",
      "Parzialmente in disaccordo",
      "Né d'accordo né in disaccordo",
      "Parzialmente d'accordo",
      "D'accordo",
      "Completamente d'accordo",
    ],
    fivePoints: "plain",
    dontKnow: "Non so",
  },
  lt: {
    sevenPoints: [
      "Visiškai nesutinku",
      "Nesutinku",
      "Iš dalies nesutinku",
      "Nei sutinku, nei nesutinku",
      "Iš dalies sutinku",
      "Sutinku",
      "Visiškai sutinku",
    ],
    fivePoints: "plain",
    dontKnow: "Nežinau",
  },
  lv: {
    sevenPoints: [
      "Pilnībā nepiekrītu",
      "Nepiekrītu",
      "Drīzāk nepiekrītu",
      "Ne piekrītu, ne nepiekrītu",
      "Drīzāk piekrītu",
      "Piekrītu",
      "Pilnībā piekrītu",
    ],
    fivePoints: "plain",
    dontKnow: "Grūti pateikt",
  },
  mt: {
    sevenPoints: [
      "Ma naqbel xejn",
      "Ma naqbilx",
      "Kemxejn ma naqbilx",
      "La naqbel u lanqas ma naqbilx",
      "Kemxejn naqbel",
      "Naqbel",
      "Naqbel bis-sħiħ",
    ],
    fivePoints: "plain",
    dontKnow: "Ma nafx",
  },
  nl: {
    sevenPoints: [
      "Helemaal mee oneens",
      "Mee oneens",
      "Enigszins mee oneens",
      "Niet eens, niet oneens",
      "Enigszins mee eens",
      "Mee eens",
      "Helemaal mee eens",
    ],
    fivePoints: "plain",
    dontKnow: "Weet niet",
  },
  pl: {
    sevenPoints: [
      "Zdecydowanie się nie zgadzam",
      "Nie zgadzam się",
      "Raczej się nie zgadzam",
      "Ani się zgadzam, ani się nie zgadzam",
      "Raczej się zgadzam",
      "Zgadzam się",
      "Zdecydowanie się zgadzam",
    ],
    fivePoints: "plain",
    dontKnow: "Trudno powiedzieć",
  },
  pt: {
    sevenPoints: [
      "Discordo totalmente",
      "Discordo",
      "Discordo parcialmente",
      "Nem concordo nem discordo",
      "Concordo parcialmente",
      "Concordo",
      "Concordo totalmente",
    ],
    fivePoints: "plain",
    dontKnow: "Não sei",
  },
  ro: {
    sevenPoints: [
      "Total în dezacord",
      "În dezacord",
      "Mai degrabă în dezacord",
      "Nici de acord, nici în dezacord",
      "Mai degrabă de acord",
      "De acord",
      "Total de acord",
    ],
    fivePoints: "plain",
    dontKnow: "Nu știu",
  },
  sk: {
    sevenPoints: [
      "Rozhodne nesúhlasím",
      "Nesúhlasím",
      "Skôr nesúhlasím",
      "Ani súhlasím, ani nesúhlasím",
      "Skôr súhlasím",
      "Súhlasím",
      "Rozhodne súhlasím",
    ],
    fivePoints: "plain",
    dontKnow: "Neviem",
  },
  sl: {
    sevenPoints: [
      "Sploh se ne strinjam",
      "Ne strinjam se",
      "Delno se ne strinjam",
      "Niti se strinjam niti se ne strinjam",
      "Delno se strinjam",
      "Strinjam se",
      "Popolnoma se strinjam",
    ],
    fivePoints: "plain",
    dontKnow: "Ne vem",
  },
  sv: {
    sevenPoints: [
      "Tar helt avstånd",
      "Tar avstånd",
      "Tar delvis avstånd",
      "Varken instämmer eller tar avstånd",
      "Instämmer delvis",
      "Instämmer",
      "Instämmer helt",
    ],
    fivePoints: "plain",
    dontKnow: "Vet inte",
  },
  ru: {
    sevenPoints: [
      "Полностью не согласен(-на)",
      "Не согласен(-на)",
      "Скорее не согласен(-на)",
      "Ни да, ни нет",
      "Скорее согласен(-на)",
      "Согласен(-на)",
      "Полностью согласен(-на)",
    ],
    fivePoints: "plain",
    dontKnow: "Затрудняюсь ответить",
  },
  uk: {
    sevenPoints: [
      "Зовсім не згоден(-на)",
      "Не згоден(-на)",
      "Скоріше не згоден(-на)",
      "Ні згоден(-на), ні не згоден(-на)",
      "Скоріше згоден(-на)",
      "Згоден(-на)",
      "Повністю згоден(-на)",
    ],
    fivePoints: "plain",
    dontKnow: "Важко відповісти",
  },
  // First-person verbs, which Arabic does not inflect for gender ("محايد", neutral, would be).
  ar: {
    sevenPoints: [
      "لا أوافق بشدة",
      "لا أوافق",
      "لا أوافق إلى حد ما",
      "لا أوافق ولا أعارض",
      "أوافق إلى حد ما",
      "أوافق",
      "أوافق بشدة",
    ],
    fivePoints: "plain",
    dontKnow: "لا أعرف",
  },
  tr: {
    sevenPoints: [
      "Kesinlikle katılmıyorum",
      "Katılmıyorum",
      "Kısmen katılmıyorum",
      "Ne katılıyorum ne katılmıyorum",
      "Kısmen katılıyorum",
      "Katılıyorum",
      "Kesinlikle katılıyorum",
    ],
    fivePoints: "plain",
    dontKnow: "Bilmiyorum",
  },
};

/** Which of the seven points each language's five-point scale keeps. */
const fivePointSteps = { plain: [0, 1, 3, 5, 6], somewhat: [0, 2, 3, 4, 6] } as const;

/** The labels of the scale's points, lowest first, in `languages`. */
function pointLabels<L extends ResidentLanguage>(points: 5 | 7, languages: readonly L[]): Record<L, string>[] {
  return Array.from({ length: points }, (_, point) =>
    Object.fromEntries(
      languages.map((lang) => {
        const { sevenPoints, fivePoints } = wording[lang];
        return [lang, sevenPoints[points === 7 ? point : fivePointSteps[fivePoints][point]!]];
      }),
    ) as Record<L, string>,
  );
}

const allLanguages = residentLanguages as readonly ResidentLanguage[];

/** The "don't know" option that an agreement scale may add at the end, in `languages` (all by default). */
export function dontKnowOption<L extends ResidentLanguage = ResidentLanguage>(
  languages: readonly L[] = allLanguages as readonly L[],
): TemplateOption<Record<L, string>> {
  return {
    value: "dk",
    isDontKnow: true,
    label: Object.fromEntries(languages.map((lang) => [lang, wording[lang].dontKnow])) as Record<L, string>,
  };
}

/**
 * Agreement scale from "Strongly disagree" ("1") to "Strongly agree" ("5" or "7") with a
 * neutral midpoint, optionally followed by "Don't know" ("dk"). Labelled in every language a
 * questionnaire can be written in, or only in `languages` (a ready-made questionnaire asks for
 * its own, so as not to carry texts in languages it is not offered in). Every call returns fresh
 * objects, so a caller may change its copy safely.
 */
export function agreementScale<L extends ResidentLanguage = ResidentLanguage>(
  points: 5 | 7,
  withDontKnow: boolean,
  languages: readonly L[] = allLanguages as readonly L[],
): TemplateOption<Record<L, string>>[] {
  const options: TemplateOption<Record<L, string>>[] = pointLabels(points, languages).map((label, index) => ({
    value: String(index + 1),
    label,
  }));
  if (withDontKnow) options.push(dontKnowOption(languages));
  return options;
}
