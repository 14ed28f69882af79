import type { TemplateQuestion, Translated } from "~/survey/survey-template";
import { frequencyScale } from "../standard-scales";

/**
 * Questions and texts shared by several ready-made questionnaires, so that the same question
 * has the same key, wording and option values everywhere and answers can be compared.
 */

function tr(lv: string, ru: string, en: string): Translated {
  return { lv, ru, en };
}

// ---------------------------------------------------------------------------------------------
// Section titles and help texts

export const aboutYouTitle: Translated = tr("Par jums", "О вас", "About you");

export const takingPartTitle: Translated = tr(
  "Līdzdalība pilsētas dzīvē",
  "Участие в жизни города",
  "Taking part in city life",
);

export const yourVoiceTitle: Translated = tr("Jūsu balss", "Ваш голос", "Your voice");

export const chooseAllHelp: Translated = tr(
  "Atzīmējiet visas atbilstošās atbildes.",
  "Отметьте все подходящие варианты.",
  "Choose all that apply.",
);

export const noPersonalDetailsHelp: Translated = tr(
  "Lūdzu, nenorādiet personu vārdus vai citus personas datus.",
  "Пожалуйста, не указывайте имена и другие личные данные.",
  "Please do not write names or other personal details.",
);

// ---------------------------------------------------------------------------------------------
// About you (demographics)

export const ageBandQuestion: TemplateQuestion = {
  key: "age_band",
  type: "SINGLE_CHOICE",
  required: true,
  demographic: true,
  text: tr("Cik jums ir gadu?", "Сколько вам лет?", "How old are you?"),
  options: [
    { value: "u18", label: tr("Līdz 17 gadiem", "Младше 18 лет", "Under 18") },
    { value: "18_24", label: tr("18–24", "18–24", "18–24") },
    { value: "25_34", label: tr("25–34", "25–34", "25–34") },
    { value: "35_44", label: tr("35–44", "35–44", "35–44") },
    { value: "45_54", label: tr("45–54", "45–54", "45–54") },
    { value: "55_64", label: tr("55–64", "55–64", "55–64") },
    { value: "65p", label: tr("65 un vairāk", "65 и старше", "65 or older") },
  ],
};

export const genderQuestion: TemplateQuestion = {
  key: "gender",
  type: "SINGLE_CHOICE",
  required: true,
  demographic: true,
  text: tr("Kāds ir jūsu dzimums?", "Ваш пол", "What is your gender?"),
  options: [
    { value: "woman", label: tr("Sieviete", "Женщина", "Woman") },
    { value: "man", label: tr("Vīrietis", "Мужчина", "Man") },
    // No free text here: a self-description in a small group could single someone out.
    { value: "other", label: tr("Cits", "Другое", "Other") },
    {
      value: "no_answer",
      label: tr("Nevēlos norādīt", "Предпочитаю не указывать", "Prefer not to say"),
    },
  ],
};

export const firstLanguageQuestion: TemplateQuestion = {
  key: "first_language",
  type: "SINGLE_CHOICE",
  required: true,
  demographic: true,
  text: tr("Kura ir jūsu dzimtā valoda?", "Какой ваш родной язык?", "What is your first language?"),
  help: tr(
    "Ja jums ir vairākas dzimtās valodas, izvēlieties to, kurā mājās runājat visvairāk.",
    "Если родных языков несколько, выберите тот, на котором вы чаще всего говорите дома.",
    "If you have more than one, choose the one you speak most at home.",
  ),
  options: [
    { value: "lv", label: tr("Latviešu", "Латышский", "Latvian") },
    { value: "ru", label: tr("Krievu", "Русский", "Russian") },
    { value: "ltg", label: tr("Latgaliešu", "Латгальский", "Latgalian") },
    { value: "other", label: tr("Cita", "Другой", "Other") },
  ],
};

export const yearsInCityQuestion: TemplateQuestion = {
  key: "years_in_city",
  type: "SINGLE_CHOICE",
  required: true,
  demographic: true,
  text: tr(
    "Cik ilgi jūs dzīvojat Daugavpilī?",
    "Как долго вы живёте в Даугавпилсе?",
    "How long have you lived in Daugavpils?",
  ),
  options: [
    { value: "lt1", label: tr("Mazāk nekā gadu", "Меньше года", "Less than 1 year") },
    { value: "1_5", label: tr("1–5 gadus", "1–5 лет", "1–5 years") },
    { value: "6_15", label: tr("6–15 gadus", "6–15 лет", "6–15 years") },
    { value: "gt15", label: tr("Vairāk nekā 15 gadus", "Больше 15 лет", "More than 15 years") },
    {
      value: "not_resident",
      label: tr("Es nedzīvoju Daugavpilī", "Я не живу в Даугавпилсе", "I do not live in Daugavpils"),
    },
  ],
};

export const householdSizeQuestion: TemplateQuestion = {
  key: "household_size",
  type: "NUMBER",
  required: false,
  demographic: false,
  text: tr(
    "Cik cilvēku dzīvo jūsu mājsaimniecībā, ieskaitot jūs?",
    "Сколько человек, включая вас, живёт в вашем домохозяйстве?",
    "How many people live in your household, including you?",
  ),
  settings: { min: 1, max: 20 },
};

// ---------------------------------------------------------------------------------------------
// Taking part in city life

export const votedMunicipalQuestion: TemplateQuestion = {
  key: "voted_municipal",
  type: "SINGLE_CHOICE",
  required: true,
  text: tr(
    "Vai jūs balsojāt pēdējās pašvaldību vēlēšanās?",
    "Голосовали ли вы на последних муниципальных выборах?",
    "Did you vote in the last municipal election?",
  ),
  options: [
    { value: "yes", label: tr("Jā", "Да", "Yes") },
    { value: "no", label: tr("Nē", "Нет", "No") },
    {
      value: "not_eligible",
      label: tr("Man nebija balsstiesību", "У меня не было права голоса", "I was not eligible to vote"),
    },
    {
      value: "no_answer",
      label: tr("Nevēlos atbildēt", "Предпочитаю не отвечать", "Prefer not to say"),
    },
  ],
};

export const civicEngagementMatrix: TemplateQuestion = {
  key: "civic_engagement",
  type: "LIKERT_MATRIX",
  required: true,
  text: tr(
    "Cik bieži pēdējo 12 mēnešu laikā jūs…",
    "Как часто за последние 12 месяцев вы…",
    "In the last 12 months, how often have you…",
  ),
  options: frequencyScale(),
  statements: [
    {
      key: "public_meeting",
      text: tr(
        "Apmeklējāt publisku sanāksmi vai sabiedrisko apspriešanu",
        "Посещали открытое собрание или общественные слушания",
        "Attended a public meeting or hearing",
      ),
    },
    {
      key: "volunteered",
      text: tr("Veicāt brīvprātīgo darbu", "Занимались волонтёрством", "Volunteered"),
    },
    {
      key: "petition",
      text: tr(
        "Parakstījāt petīciju (arī tiešsaistē)",
        "Подписывали петицию (в том числе онлайн)",
        "Signed a petition (including online)",
      ),
    },
    {
      key: "contacted_council",
      text: tr(
        "Sazinājāties ar pilsētas domi vai deputātu",
        "Обращались в городскую думу или к депутату",
        "Contacted the city council or a deputy",
      ),
    },
    {
      key: "ngo_activity",
      text: tr(
        "Piedalījāties apkaimes vai nevalstiskās organizācijas (NVO) aktivitātēs",
        "Участвовали в мероприятиях своего района или общественной организации (НКО)",
        "Taken part in a neighbourhood or NGO activity",
      ),
    },
  ],
};

export const barriersQuestion: TemplateQuestion = {
  key: "barriers",
  type: "MULTIPLE_CHOICE",
  required: false,
  text: tr(
    "Kas jums traucē piedalīties vairāk?",
    "Что мешает вам участвовать больше?",
    "What keeps you from taking part more?",
  ),
  help: chooseAllHelp,
  options: [
    { value: "time", label: tr("Laika trūkums", "Нехватка времени", "Lack of time") },
    {
      value: "information",
      label: tr("Informācijas trūkums", "Недостаток информации", "Lack of information"),
    },
    {
      value: "no_effect",
      label: tr(
        "Neticu, ka tas kaut ko maina",
        "Не верю, что это что-то меняет",
        "I do not believe it changes anything",
      ),
    },
    { value: "language", label: tr("Valodas barjera", "Языковой барьер", "Language barrier") },
    {
      value: "health",
      label: tr(
        "Veselība vai grūtības pārvietoties",
        "Здоровье или трудности с передвижением",
        "Health or mobility",
      ),
    },
    {
      value: "nothing",
      label: tr("Nekas netraucē", "Ничего не мешает", "Nothing keeps me from taking part"),
    },
    { value: "other", isOther: true, label: tr("Cits", "Другое", "Other") },
  ],
};

export const barriersLanguageDetailQuestion: TemplateQuestion = {
  key: "barriers_language_detail",
  type: "SHORT_TEXT",
  required: false,
  text: tr(
    "Kura valoda jums atvieglotu līdzdalību?",
    "На каком языке вам было бы проще участвовать?",
    "Which language would make it easier for you to take part?",
  ),
  showIf: { question: "barriers", option: "language" },
};

// ---------------------------------------------------------------------------------------------
// Your voice

export const influenceRating: TemplateQuestion = {
  key: "influence",
  type: "RATING",
  required: true,
  text: tr(
    "Cik lielā mērā iedzīvotāji var ietekmēt lēmumus, kas tiek pieņemti pilsētā?",
    "Насколько жители могут влиять на решения, которые принимаются в городе?",
    "How much can residents influence decisions in the city?",
  ),
  settings: {
    lowLabel: tr("Nemaz", "Совсем не могут", "Not at all"),
    highLabel: tr("Ļoti lielā mērā", "В очень большой степени", "Very much"),
  },
};
