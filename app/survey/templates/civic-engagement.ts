import type { SurveyTemplate } from "~/survey/survey-template";
import {
  aboutYouTitle,
  ageBandQuestion,
  barriersLanguageDetailQuestion,
  barriersQuestion,
  civicEngagementMatrix,
  influenceRating,
  takingPartTitle,
  votedMunicipalQuestion,
  yourVoiceTitle,
} from "./shared-questions";

/**
 * A short standalone questionnaire on how residents take part in city life. It shares its
 * question keys and option values with the stereotypes questionnaire, so answers can be compared.
 */
export const civicEngagement: SurveyTemplate = {
  title: {
    lv: "Pilsoniskā līdzdalība",
    ru: "Гражданское участие",
    en: "Civic engagement",
  },
  intro: {
    lv: "Kā Daugavpils iedzīvotāji piedalās pilsētas dzīvē? Jūsu atbildes palīdzēs pilsētai un projektam WIR. Aptauja aizņems apmēram minūti, un tā ir anonīma.",
    ru: "Как жители Даугавпилса участвуют в жизни города? Ваши ответы помогут городу и проекту WIR. Это займёт около минуты, опрос анонимный.",
    en: "How do the residents of Daugavpils take part in city life? Your answers will help the city and the WIR project. It takes about a minute and is anonymous.",
  },
  languages: ["lv", "ru", "en"],
  defaultLanguage: "lv",
  sections: [
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
      questions: [influenceRating],
    },
    {
      title: aboutYouTitle,
      questions: [ageBandQuestion],
    },
  ],
};
