import type { SurveyTemplate } from "~/survey/survey-template";
import { satisfactionScale } from "../standard-scales";
import {
  aboutYouTitle,
  ageBandQuestion,
  chooseAllHelp,
  firstLanguageQuestion,
  noPersonalDetailsHelp,
} from "./shared-questions";

/** A one-minute feedback questionnaire to hand out at the end of any project event. */
export const eventFeedback: SurveyTemplate = {
  title: {
    lv: "Atsauksmes par pasākumu",
    ru: "Отзыв о мероприятии",
    en: "Event feedback",
  },
  intro: {
    lv: "Paldies, ka piedalījāties! Pastāstiet, kā jums patika pasākums. Tas aizņems apmēram minūti, un jūsu atbildes ir anonīmas.",
    ru: "Спасибо, что пришли! Расскажите, как вам понравилось мероприятие. Это займёт около минуты, ответы анонимны.",
    en: "Thank you for coming! Tell us what you thought of the event. It takes about a minute, and your answers are anonymous.",
  },
  languages: ["lv", "ru", "en"],
  defaultLanguage: "lv",
  sections: [
    {
      title: { lv: "Par pasākumu", ru: "О мероприятии", en: "About the event" },
      questions: [
        {
          key: "overall",
          type: "LIKERT",
          required: true,
          text: {
            lv: "Cik lielā mērā kopumā esat apmierināts(-a) ar pasākumu?",
            ru: "Насколько в целом вы довольны мероприятием?",
            en: "Overall, how satisfied are you with the event?",
          },
          options: satisfactionScale(),
        },
        {
          key: "recommend",
          type: "RATING",
          required: true,
          text: {
            lv: "Cik ticams, ka jūs ieteiktu šādus pasākumus draugam vai kolēģim?",
            ru: "Насколько вероятно, что вы порекомендуете такие мероприятия другу или коллеге?",
            en: "How likely are you to recommend events like this to a friend or colleague?",
          },
          settings: {
            lowLabel: {
              lv: "Noteikti neieteiktu",
              ru: "Точно не порекомендую",
              en: "Not at all likely",
            },
            highLabel: {
              lv: "Noteikti ieteiktu",
              ru: "Обязательно порекомендую",
              en: "Extremely likely",
            },
          },
        },
        {
          key: "learned",
          type: "MULTIPLE_CHOICE",
          required: false,
          text: {
            lv: "Par ko jūs šajā pasākumā uzzinājāt ko jaunu?",
            ru: "О чём вы узнали что-то новое на этом мероприятии?",
            en: "What did you learn more about at this event?",
          },
          help: chooseAllHelp,
          options: [
            {
              value: "eu_integration",
              label: {
                lv: "Integrācijas procesi Eiropas Savienībā",
                ru: "Процессы интеграции в Европейском союзе",
                en: "Integration in the European Union",
              },
            },
            {
              value: "other_cultures",
              label: { lv: "Citas kultūras", ru: "Другие культуры", en: "Other cultures" },
            },
            {
              value: "city_decisions",
              label: {
                lv: "Kā piedalīties pilsētas lēmumu pieņemšanā",
                ru: "Как участвовать в принятии решений в городе",
                en: "How to take part in city decisions",
              },
            },
            {
              value: "partner_cities",
              label: {
                lv: "Projekta partneru pilsētas",
                ru: "Города-партнёры проекта",
                en: "The project's partner cities",
              },
            },
            {
              value: "nothing_new",
              label: { lv: "Neko jaunu", ru: "Ничего нового", en: "Nothing new" },
            },
            { value: "other", isOther: true, label: { lv: "Cits", ru: "Другое", en: "Other" } },
          ],
        },
        {
          key: "improve",
          type: "LONG_TEXT",
          required: false,
          text: {
            lv: "Ko mēs nākamreiz varētu darīt labāk?",
            ru: "Что мы могли бы сделать лучше в следующий раз?",
            en: "What could we do better next time?",
          },
          help: noPersonalDetailsHelp,
        },
      ],
    },
    {
      title: aboutYouTitle,
      questions: [ageBandQuestion, firstLanguageQuestion],
    },
  ],
};
