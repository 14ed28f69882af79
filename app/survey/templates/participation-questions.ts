import type { EveryLanguage, TemplateQuestion } from "~/survey/survey-template";
import { frequencyScale } from "../standard-scales";
import { chooseAllHelp, otherOption } from "./shared-texts";

/**
 * Questions on taking part in local life and on having a say, shared by several ready-made
 * questionnaires with the same keys and option values so that their answers can be compared.
 * They speak of "the city" or "the municipality" and never name one, so that an organiser in
 * any town can use them as they are.
 */

export const takingPartTitle: EveryLanguage = {
  lv: "Līdzdalība pilsētas dzīvē",
  ru: "Участие в жизни города",
  en: "Taking part in city life",
  sv: "Delaktighet i lokalsamhället",
  de: "Beteiligung vor Ort",
  it: "Partecipazione alla vita della città",
  es: "Participación en la vida local",
  fi: "Osallistuminen ja vaikuttaminen",
};

export const yourVoiceTitle: EveryLanguage = {
  lv: "Jūsu balss",
  ru: "Ваш голос",
  en: "Your voice",
  sv: "Din åsikt",
  de: "Ihre Meinung",
  it: "La Sua opinione",
  es: "Su opinión",
  fi: "Sinun mielipiteesi",
};

export const votedMunicipalQuestion: TemplateQuestion<EveryLanguage> = {
  key: "voted_municipal",
  type: "SINGLE_CHOICE",
  required: true,
  text: {
    lv: "Vai jūs balsojāt pēdējās pašvaldību vēlēšanās?",
    ru: "Голосовали ли вы на последних муниципальных выборах?",
    en: "Did you vote in the last municipal election?",
    sv: "Röstade du i det senaste kommunalvalet?",
    de: "Haben Sie bei der letzten Kommunalwahl gewählt?",
    it: "Ha votato alle ultime elezioni comunali?",
    es: "¿Votó en las últimas elecciones municipales?",
    fi: "Äänestitkö viime kuntavaaleissa?",
  },
  options: [
    {
      value: "yes",
      label: { lv: "Jā", ru: "Да", en: "Yes", sv: "Ja", de: "Ja", it: "Sì", es: "Sí", fi: "Kyllä" },
    },
    {
      value: "no",
      label: { lv: "Nē", ru: "Нет", en: "No", sv: "Nej", de: "Nein", it: "No", es: "No", fi: "En" },
    },
    {
      value: "not_eligible",
      label: {
        lv: "Man nebija balsstiesību",
        ru: "У меня не было права голоса",
        en: "I was not eligible to vote",
        sv: "Jag hade inte rösträtt",
        de: "Ich war nicht wahlberechtigt",
        it: "Non avevo diritto di voto",
        es: "No tenía derecho a voto",
        fi: "Minulla ei ollut äänioikeutta",
      },
    },
    {
      value: "no_answer",
      label: {
        lv: "Nevēlos atbildēt",
        ru: "Предпочитаю не отвечать",
        en: "Prefer not to say",
        sv: "Vill inte svara",
        de: "Keine Angabe",
        it: "Preferisco non rispondere",
        es: "Prefiero no contestar",
        fi: "En halua vastata",
      },
    },
  ],
};

// Most languages leave the question's sentence open ("how often have you…") and each statement
// finishes it; Italian and Spanish surveys ask a whole question and name the activities instead.
export const civicEngagementMatrix: TemplateQuestion<EveryLanguage> = {
  key: "civic_engagement",
  type: "LIKERT_MATRIX",
  required: true,
  text: {
    lv: "Cik bieži pēdējo 12 mēnešu laikā jūs…",
    ru: "Как часто за последние 12 месяцев вы…",
    en: "In the last 12 months, how often have you…",
    sv: "Hur ofta har du under de senaste 12 månaderna…",
    de: "Wie oft haben Sie in den letzten 12 Monaten…",
    it: "Negli ultimi 12 mesi, con quale frequenza ha svolto le seguenti attività?",
    es: "En los últimos 12 meses, ¿con qué frecuencia ha hecho lo siguiente?",
    fi: "Kuinka usein olet viimeisten 12 kuukauden aikana…",
  },
  options: frequencyScale(),
  statements: [
    {
      key: "public_meeting",
      text: {
        lv: "Apmeklējāt publisku sanāksmi vai sabiedrisko apspriešanu",
        ru: "Посещали открытое собрание или общественные слушания",
        en: "Attended a public meeting or hearing",
        sv: "Gått på ett öppet möte eller samråd",
        de: "An einer Bürgerversammlung oder öffentlichen Anhörung teilgenommen",
        it: "Partecipare a un'assemblea pubblica o a una consultazione pubblica",
        es: "Asistir a una reunión o audiencia pública",
        fi: "Osallistunut asukastilaisuuteen tai kuulemiseen",
      },
    },
    {
      key: "volunteered",
      text: {
        lv: "Veicāt brīvprātīgo darbu",
        ru: "Занимались волонтёрством",
        en: "Volunteered",
        sv: "Arbetat ideellt",
        de: "Sich ehrenamtlich engagiert",
        it: "Fare volontariato",
        es: "Hacer voluntariado",
        fi: "Tehnyt vapaaehtoistyötä",
      },
    },
    {
      key: "petition",
      text: {
        lv: "Parakstījāt petīciju (arī tiešsaistē)",
        ru: "Подписывали петицию (в том числе онлайн)",
        en: "Signed a petition (including online)",
        sv: "Skrivit under en namninsamling (även på nätet)",
        de: "Eine Petition unterschrieben (auch online)",
        it: "Firmare una petizione (anche online)",
        es: "Firmar una petición (también por internet)",
        fi: "Allekirjoittanut adressin (myös verkossa)",
      },
    },
    {
      key: "contacted_council",
      text: {
        lv: "Sazinājāties ar pilsētas domi vai deputātu",
        ru: "Обращались в городскую думу или к депутату",
        en: "Contacted the city council or a deputy",
        sv: "Kontaktat kommunen eller en lokalpolitiker",
        de: "Sich an die Stadtverwaltung oder den Stadtrat gewandt",
        it: "Contattare il Comune o un consigliere comunale",
        es: "Contactar con el ayuntamiento o con algún concejal",
        fi: "Ottanut yhteyttä kuntaan tai valtuutettuun",
      },
    },
    {
      key: "ngo_activity",
      text: {
        lv: "Piedalījāties apkaimes vai nevalstiskās organizācijas (NVO) aktivitātēs",
        ru: "Участвовали в мероприятиях своего района или общественной организации (НКО)",
        en: "Taken part in a neighbourhood or NGO activity",
        sv: "Deltagit i aktiviteter i ditt bostadsområde eller i en förening",
        de: "An Aktivitäten in Ihrem Viertel oder in einem Verein teilgenommen",
        it: "Partecipare ad attività di quartiere o di un'associazione",
        es: "Participar en actividades de su barrio o de una asociación",
        fi: "Osallistunut asuinalueesi tai jonkin järjestön toimintaan",
      },
    },
  ],
};

export const barriersQuestion: TemplateQuestion<EveryLanguage> = {
  key: "barriers",
  type: "MULTIPLE_CHOICE",
  required: false,
  text: {
    lv: "Kas jums traucē piedalīties vairāk?",
    ru: "Что мешает вам участвовать больше?",
    en: "What keeps you from taking part more?",
    sv: "Vad hindrar dig från att delta mer?",
    de: "Was hält Sie davon ab, sich mehr zu beteiligen?",
    it: "Che cosa Le impedisce di partecipare di più?",
    es: "¿Qué le impide participar más?",
    fi: "Mikä estää sinua osallistumasta enemmän?",
  },
  help: chooseAllHelp,
  options: [
    {
      value: "time",
      label: {
        lv: "Laika trūkums",
        ru: "Нехватка времени",
        en: "Lack of time",
        sv: "Tidsbrist",
        de: "Zeitmangel",
        it: "Mancanza di tempo",
        es: "Falta de tiempo",
        fi: "Ajan puute",
      },
    },
    {
      value: "information",
      label: {
        lv: "Informācijas trūkums",
        ru: "Недостаток информации",
        en: "Lack of information",
        sv: "Brist på information",
        de: "Zu wenig Informationen",
        it: "Mancanza di informazioni",
        es: "Falta de información",
        fi: "Tiedon puute",
      },
    },
    {
      value: "no_effect",
      label: {
        lv: "Neticu, ka tas kaut ko maina",
        ru: "Не верю, что это что-то меняет",
        en: "I do not believe it changes anything",
        sv: "Jag tror inte att det gör någon skillnad",
        de: "Ich glaube nicht, dass es etwas ändert",
        it: "Non credo che serva a cambiare le cose",
        es: "No creo que sirva para cambiar nada",
        fi: "En usko, että sillä on vaikutusta",
      },
    },
    {
      value: "language",
      label: {
        lv: "Valodas barjera",
        ru: "Языковой барьер",
        en: "Language barrier",
        sv: "Språkhinder",
        de: "Sprachbarrieren",
        it: "Barriere linguistiche",
        es: "La barrera del idioma",
        fi: "Kielimuuri",
      },
    },
    {
      value: "health",
      label: {
        lv: "Veselība vai grūtības pārvietoties",
        ru: "Здоровье или трудности с передвижением",
        en: "Health or mobility",
        sv: "Hälsoskäl eller svårt att ta mig fram",
        de: "Gesundheit oder eingeschränkte Mobilität",
        it: "Motivi di salute o difficoltà negli spostamenti",
        es: "Salud o problemas de movilidad",
        fi: "Terveys tai liikkumisen vaikeudet",
      },
    },
    {
      value: "nothing",
      label: {
        lv: "Nekas netraucē",
        ru: "Ничего не мешает",
        en: "Nothing keeps me from taking part",
        sv: "Inget hindrar mig",
        de: "Nichts hält mich davon ab",
        it: "Nulla me lo impedisce",
        es: "Nada me lo impide",
        fi: "Mikään ei estä minua",
      },
    },
    otherOption(),
  ],
};

export const barriersLanguageDetailQuestion: TemplateQuestion<EveryLanguage> = {
  key: "barriers_language_detail",
  type: "SHORT_TEXT",
  required: false,
  text: {
    lv: "Kura valoda jums atvieglotu līdzdalību?",
    ru: "На каком языке вам было бы проще участвовать?",
    en: "Which language would make it easier for you to take part?",
    sv: "På vilket språk skulle det vara lättare för dig att delta?",
    de: "In welcher Sprache könnten Sie sich leichter beteiligen?",
    it: "In quale lingua Le sarebbe più facile partecipare?",
    es: "¿En qué idioma le resultaría más fácil participar?",
    fi: "Millä kielellä sinun olisi helpompi osallistua?",
  },
  showIf: { question: "barriers", option: "language" },
};

export const influenceRating: TemplateQuestion<EveryLanguage> = {
  key: "influence",
  type: "RATING",
  required: true,
  text: {
    lv: "Cik lielā mērā iedzīvotāji var ietekmēt lēmumus, kas tiek pieņemti pilsētā?",
    ru: "Насколько жители могут влиять на решения, которые принимаются в городе?",
    en: "How much can residents influence decisions in the city?",
    sv: "Hur stora möjligheter har invånarna att påverka beslut i kommunen?",
    de: "Wie viel Einfluss haben die Einwohnerinnen und Einwohner auf Entscheidungen in ihrer Stadt?",
    it: "Quanto possono incidere gli abitanti sulle decisioni prese dal Comune?",
    es: "¿En qué medida puede la ciudadanía influir en las decisiones de su municipio?",
    fi: "Kuinka paljon asukkaat voivat vaikuttaa kunnan päätöksiin?",
  },
  settings: {
    lowLabel: {
      lv: "Nemaz",
      ru: "Совсем не могут",
      en: "Not at all",
      sv: "Inga alls",
      de: "Gar keinen",
      it: "Per niente",
      es: "Nada",
      fi: "Ei lainkaan",
    },
    highLabel: {
      lv: "Ļoti lielā mērā",
      ru: "В очень большой степени",
      en: "Very much",
      sv: "Mycket stora",
      de: "Sehr viel",
      it: "Moltissimo",
      es: "Mucho",
      fi: "Erittäin paljon",
    },
  },
};
