import type { SurveyTemplate } from "~/survey/survey-template";
import { agreementScale } from "../standard-scales";
import {
  aboutYouTitle,
  ageBandQuestion,
  barriersLanguageDetailQuestion,
  barriersQuestion,
  civicEngagementMatrix,
  firstLanguageQuestion,
  genderQuestion,
  householdSizeQuestion,
  influenceRating,
  noPersonalDetailsHelp,
  takingPartTitle,
  votedMunicipalQuestion,
  yearsInCityQuestion,
  yourVoiceTitle,
} from "./shared-questions";

/**
 * The questionnaire of the WIR project's final meeting in Daugavpils: attitudes towards other
 * groups in society, taking part in city life, and the sense of having a say. Uses every
 * question type at least once.
 */
export const stereotypesAndCivicEngagement: SurveyTemplate = {
  title: {
    lv: "Stereotipi un pilsoniskā līdzdalība",
    ru: "Стереотипы и гражданское участие",
    en: "Stereotypes and civic engagement",
  },
  intro: {
    lv: "Daugavpils pilsētas dome un ES projekts WIR aicina projekta noslēguma tikšanās dalībniekus dalīties savā viedoklī par līdzcilvēkiem un līdzdalību pilsētas dzīvē. Aptauja aizņems apmēram 2 minūtes, un tā ir anonīma.",
    ru: "Даугавпилсская городская дума и проект ЕС WIR приглашают участников заключительной встречи проекта поделиться мнением о людях вокруг нас и об участии в жизни города. Это займёт около 2 минут, опрос анонимный.",
    en: "Daugavpils City Council and the EU project WIR invite everyone at the project's final meeting to share their views on the people around us and on taking part in city life. It takes about 2 minutes and is anonymous.",
  },
  languages: ["lv", "ru", "en"],
  defaultLanguage: "lv",
  sections: [
    {
      title: aboutYouTitle,
      questions: [
        ageBandQuestion,
        genderQuestion,
        firstLanguageQuestion,
        yearsInCityQuestion,
        householdSizeQuestion,
      ],
    },
    {
      title: {
        lv: "Viedoklis par cilvēkiem mums apkārt",
        ru: "Взгляд на людей вокруг нас",
        en: "Views on people around us",
      },
      questions: [
        {
          key: "stereotypes",
          type: "LIKERT_MATRIX",
          required: true,
          text: {
            lv: "Cik lielā mērā jūs piekrītat vai nepiekrītat šiem apgalvojumiem?",
            ru: "Насколько вы согласны или не согласны со следующими утверждениями?",
            en: "How much do you agree or disagree with the following statements?",
          },
          help: {
            lv: "Pareizu vai nepareizu atbilžu nav — mūs interesē tieši jūsu viedoklis.",
            ru: "Правильных или неправильных ответов нет — нам важно именно ваше мнение.",
            en: "There are no right or wrong answers — we are interested in your own opinion.",
          },
          options: agreementScale(5, true),
          statements: [
            {
              key: "newcomers_jobs",
              text: {
                lv: "Imigranti atņem darbu vietējiem iedzīvotājiem.",
                ru: "Иммигранты отнимают работу у местных жителей.",
                en: "Immigrants take jobs away from local people.",
              },
            },
            {
              key: "young_irresponsible",
              text: {
                lv: "Mūsdienu jaunieši ir bezatbildīgi.",
                ru: "Современная молодёжь безответственна.",
                en: "Young people today are irresponsible.",
              },
            },
            {
              key: "older_resist_change",
              text: {
                lv: "Gados vecāki cilvēki pretojas jebkādām pārmaiņām.",
                ru: "Пожилые люди противятся любым переменам.",
                en: "Older people resist any kind of change.",
              },
            },
            {
              key: "other_language_separate",
              text: {
                lv: "Cilvēki, kuru valoda atšķiras no manējās, turas savrup.",
                ru: "Люди, чей язык отличается от моего, держатся особняком.",
                en: "People whose language is different from mine keep to themselves.",
              },
            },
            {
              key: "other_religion_trust",
              text: {
                lv: "Citas reliģijas cilvēkiem var uzticēties tāpat kā jebkuram citam.",
                ru: "Людям другого вероисповедания можно доверять так же, как всем остальным.",
                en: "People of another religion can be trusted as much as anyone else.",
              },
            },
            {
              key: "newcomers_enrich",
              text: {
                lv: "Cilvēki, kas atbraukuši dzīvot šeit no citām valstīm, bagātina pilsētas kultūras dzīvi.",
                ru: "Люди, приехавшие жить сюда из других стран, обогащают культурную жизнь города.",
                en: "People who have come to live here from other countries enrich the city's cultural life.",
              },
            },
            {
              key: "older_burden",
              text: {
                lv: "Vecāka gadagājuma cilvēki ir slogs sabiedrībai.",
                ru: "Пожилые люди — обуза для общества.",
                en: "Older people are a burden on society.",
              },
            },
          ],
        },
        {
          key: "eu_belonging",
          type: "LIKERT",
          required: false,
          text: {
            lv: "Es jūtu, ka Daugavpils ir daļa no kopīgās Eiropas.",
            ru: "Я чувствую, что Даугавпилс — часть общей Европы.",
            en: "I feel that Daugavpils is part of a common Europe.",
          },
          options: agreementScale(5, true),
        },
      ],
    },
    {
      title: takingPartTitle,
      questions: [
        votedMunicipalQuestion,
        civicEngagementMatrix,
        barriersQuestion,
        barriersLanguageDetailQuestion,
      ],
    },
    {
      title: yourVoiceTitle,
      questions: [
        influenceRating,
        {
          key: "attended_event_before",
          type: "SINGLE_CHOICE",
          required: false,
          text: {
            lv: "Vai jūs jau agrāk piedalījāties kādā WIR projekta pasākumā?",
            ru: "Участвовали ли вы раньше в мероприятиях проекта WIR?",
            en: "Have you taken part in a WIR project event before?",
          },
          options: [
            { value: "yes", label: { lv: "Jā", ru: "Да", en: "Yes" } },
            { value: "no", label: { lv: "Nē", ru: "Нет", en: "No" } },
          ],
        },
        {
          key: "message_to_city",
          type: "LONG_TEXT",
          required: false,
          text: {
            lv: "Ko, jūsuprāt, pilsētai vajadzētu darīt, lai vairāk iedzīvotāju iesaistītos?",
            ru: "Что, по-вашему, стоит сделать городу, чтобы больше жителей участвовали в его жизни?",
            en: "What would you like the city to do so that more residents take part?",
          },
          help: noPersonalDetailsHelp,
        },
      ],
    },
  ],
};
