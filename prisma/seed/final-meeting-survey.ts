import type { EveryLanguage, ReadyTemplate, SurveyTemplate } from "~/survey/survey-template";
import { uiLanguages } from "~/i18n/languages";
import { surveyTemplates } from "~/survey/templates";

/**
 * The demo's questionnaire for the WIR final meeting in Daugavpils: the stereotypes template,
 * whose wording fits any town, with Daugavpils and WIR named again where the meeting's
 * questionnaire named them. The evaluation pages and their tests read these texts.
 */

const intro: EveryLanguage = {
  lv: "Daugavpils pilsētas dome un ES projekts WIR aicina projekta noslēguma tikšanās dalībniekus dalīties savā viedoklī par līdzcilvēkiem un līdzdalību pilsētas dzīvē. Aptauja aizņems apmēram 2 minūtes, un tā ir anonīma.",
  ru: "Даугавпилсская городская дума и проект ЕС WIR приглашают участников заключительной встречи проекта поделиться мнением о людях вокруг нас и об участии в жизни города. Это займёт около 2 минут, опрос анонимный.",
  en: "Daugavpils City Council and the EU project WIR invite everyone at the project's final meeting to share their views on the people around us and on taking part in city life. It takes about 2 minutes and is anonymous.",
  sv: "Daugavpils kommun och EU-projektet WIR vill gärna höra vad alla som deltar i projektets avslutande möte tycker om människorna omkring oss och om att delta i stadens liv. Enkäten tar ungefär 2 minuter och du svarar anonymt.",
  de: "Die Stadt Daugavpils und das EU-Projekt WIR laden alle Teilnehmenden des Abschlusstreffens ein, ihre Meinung über die Menschen um uns herum und über die Beteiligung am Leben der Stadt mitzuteilen. Die Umfrage dauert etwa 2 Minuten und ist anonym.",
  it: "Il Comune di Daugavpils e il progetto europeo WIR invitano i partecipanti all'incontro conclusivo del progetto a condividere la propria opinione sulle persone che ci circondano e sulla partecipazione alla vita della città. La compilazione richiede circa 2 minuti ed è anonima.",
  es: "El Ayuntamiento de Daugavpils y el proyecto europeo WIR invitan a quienes asisten al encuentro final del proyecto a compartir su opinión sobre las personas que nos rodean y sobre la participación en la vida de la ciudad. La encuesta dura unos 2 minutos y es anónima.",
  fi: "Daugavpilsin kaupunki ja EU-hanke WIR pyytävät hankkeen päätöstilaisuuden osallistujia kertomaan, mitä he ajattelevat ympärillämme olevista ihmisistä ja osallistumisesta kaupungin elämään. Vastaaminen vie noin 2 minuuttia, ja vastaat nimettömänä.",
};

const questionTexts: Record<string, EveryLanguage> = {
  years_in_city: {
    lv: "Cik ilgi jūs dzīvojat Daugavpilī?",
    ru: "Как долго вы живёте в Даугавпилсе?",
    en: "How long have you lived in Daugavpils?",
    sv: "Hur länge har du bott i Daugavpils?",
    de: "Wie lange wohnen Sie schon in Daugavpils?",
    it: "Da quanto tempo vive a Daugavpils?",
    es: "¿Cuánto tiempo lleva viviendo en Daugavpils?",
    fi: "Kuinka kauan olet asunut Daugavpilsissa?",
  },
  eu_belonging: {
    lv: "Es jūtu, ka Daugavpils ir daļa no kopīgās Eiropas.",
    ru: "Я чувствую, что Даугавпилс — часть общей Европы.",
    en: "I feel that Daugavpils is part of a common Europe.",
    sv: "Jag känner att Daugavpils är en del av ett gemensamt Europa.",
    de: "Ich habe das Gefühl, dass Daugavpils Teil eines gemeinsamen Europas ist.",
    it: "Sento che Daugavpils fa parte di un'Europa comune.",
    es: "Siento que Daugavpils forma parte de una Europa común.",
    fi: "Koen, että Daugavpils on osa yhteistä Eurooppaa.",
  },
  attended_event_before: {
    lv: "Vai jūs jau agrāk piedalījāties kādā WIR projekta pasākumā?",
    ru: "Участвовали ли вы раньше в мероприятиях проекта WIR?",
    en: "Have you taken part in a WIR project event before?",
    sv: "Har du varit på något av WIR-projektets evenemang tidigare?",
    de: "Haben Sie schon früher an einer Veranstaltung des Projekts WIR teilgenommen?",
    it: "Ha già partecipato in passato a un evento del progetto WIR?",
    es: "¿Ha participado antes en alguna actividad del proyecto WIR?",
    fi: "Oletko osallistunut aiemmin WIR-hankkeen tapahtumiin?",
  },
};

const optionLabels: Record<string, Record<string, EveryLanguage>> = {
  years_in_city: {
    not_resident: {
      lv: "Es nedzīvoju Daugavpilī",
      ru: "Я не живу в Даугавпилсе",
      en: "I do not live in Daugavpils",
      sv: "Jag bor inte i Daugavpils",
      de: "Ich wohne nicht in Daugavpils",
      it: "Non vivo a Daugavpils",
      es: "No vivo en Daugavpils",
      fi: "En asu Daugavpilsissa",
    },
  },
};

function withDaugavpilsWording(template: ReadyTemplate): ReadyTemplate {
  return {
    ...template,
    intro,
    sections: template.sections.map((section) => ({
      ...section,
      questions: section.questions.map((question) => ({
        ...question,
        text: questionTexts[question.key] ?? question.text,
        ...(question.options && {
          options: question.options.map((option) => ({
            ...option,
            label: optionLabels[question.key]?.[option.value] ?? option.label,
          })),
        }),
      })),
    })),
  };
}

export const finalMeetingSurvey: SurveyTemplate = {
  ...withDaugavpilsWording(surveyTemplates.stereotypes),
  // An international meeting: the partnership's languages, Latvian first (the host's).
  languages: [...uiLanguages],
};
