import { uiLanguages } from "~/i18n/languages";
import type { ReadyTemplate } from "~/survey/survey-template";
import { aboutYouTitle, ageBandQuestion } from "./about-you-questions";
import {
  barriersLanguageDetailQuestion,
  barriersQuestion,
  civicEngagementMatrix,
  influenceRating,
  takingPartTitle,
  votedMunicipalQuestion,
  yourVoiceTitle,
} from "./participation-questions";

/**
 * A short standalone questionnaire on how residents take part in city life. It shares its
 * question keys and option values with the stereotypes questionnaire, so answers can be compared.
 */
export const civicEngagement: ReadyTemplate = {
  title: {
    lv: "Pilsoniskā līdzdalība",
    ru: "Гражданское участие",
    en: "Civic engagement",
    sv: "Samhällsengagemang",
    de: "Gesellschaftliches Engagement",
    it: "Partecipazione civica",
    es: "Participación ciudadana",
    fi: "Kansalaisaktiivisuus",
  },
  intro: {
    lv: "Kā iedzīvotāji piedalās pilsētas dzīvē? Jūsu atbildes palīdzēs pilsētai un projekta komandai. Aptauja aizņems apmēram minūti, un tā ir anonīma.",
    ru: "Как жители участвуют в жизни города? Ваши ответы помогут городу и команде проекта. Это займёт около минуты, опрос анонимный.",
    en: "How do residents take part in the life of their city? Your answers will help the city and the project team. It takes about a minute and is anonymous.",
    sv: "Hur engagerar sig invånarna i sin kommun? Dina svar hjälper kommunen och projektgruppen. Enkäten tar ungefär en minut och du svarar anonymt.",
    de: "Wie beteiligen sich die Menschen am Leben in ihrer Stadt? Ihre Antworten helfen der Stadt und dem Projektteam. Die Umfrage dauert etwa eine Minute und ist anonym.",
    it: "In che modo gli abitanti partecipano alla vita della città? Le risposte aiuteranno il Comune e il gruppo di progetto. La compilazione richiede circa un minuto ed è anonima.",
    es: "¿Cómo participan los vecinos y vecinas en la vida de su ciudad? Sus respuestas ayudarán al ayuntamiento y al equipo del proyecto. La encuesta dura aproximadamente un minuto y es anónima.",
    fi: "Miten asukkaat osallistuvat oman paikkakuntansa elämään? Vastauksesi auttavat kuntaa ja hankkeen tekijöitä. Vastaaminen vie noin minuutin, ja vastaat nimettömänä.",
  },
  languages: [...uiLanguages],
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
