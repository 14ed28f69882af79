import { uiLanguages } from "~/i18n/languages";
import type { ReadyTemplate } from "~/survey/survey-template";
import { agreementScale } from "../agreement-scale";
import {
  aboutYouTitle,
  ageBandQuestion,
  firstLanguageQuestion,
  genderQuestion,
  householdSizeQuestion,
  yearsInCityQuestion,
} from "./about-you-questions";
import {
  barriersLanguageDetailQuestion,
  barriersQuestion,
  civicEngagementMatrix,
  influenceRating,
  takingPartTitle,
  votedMunicipalQuestion,
  yourVoiceTitle,
} from "./participation-questions";
import { noPersonalDetailsHelp } from "./shared-texts";

/**
 * Attitudes towards other groups in society, taking part in city life, and the sense of having
 * a say; written for the WIR project's final meeting in Daugavpils, worded here for any town
 * (the demo seed puts Daugavpils back). Uses every question type at least once.
 */
export const stereotypesAndCivicEngagement: ReadyTemplate = {
  title: {
    lv: "Stereotipi un pilsoniskā līdzdalība",
    ru: "Стереотипы и гражданское участие",
    en: "Stereotypes and civic engagement",
    sv: "Stereotyper och samhällsengagemang",
    de: "Stereotype und gesellschaftliches Engagement",
    it: "Stereotipi e partecipazione civica",
    es: "Estereotipos y participación ciudadana",
    fi: "Stereotypiat ja kansalaisaktiivisuus",
  },
  intro: {
    lv: "Aicinām jūs dalīties savā viedoklī par līdzcilvēkiem un līdzdalību pilsētas dzīvē. Aptauja aizņems apmēram 2 minūtes, un tā ir anonīma.",
    ru: "Приглашаем вас поделиться мнением о людях вокруг нас и об участии в жизни города. Это займёт около 2 минут, опрос анонимный.",
    en: "We invite you to share your views on the people around us and on taking part in city life. It takes about 2 minutes and is anonymous.",
    sv: "Vi vill gärna höra vad du tycker om människorna omkring oss och om att delta i samhällslivet där du bor. Enkäten tar ungefär 2 minuter och du svarar anonymt.",
    de: "Wir möchten Ihre Meinung über die Menschen um uns herum und über die Beteiligung am Leben in Ihrer Stadt erfahren. Die Umfrage dauert etwa 2 Minuten und ist anonym.",
    it: "La invitiamo a condividere la Sua opinione sulle persone che ci circondano e sulla partecipazione alla vita della città. La compilazione richiede circa 2 minuti ed è anonima.",
    es: "Le invitamos a compartir su opinión sobre las personas que nos rodean y sobre la participación en la vida de su ciudad. La encuesta dura unos 2 minutos y es anónima.",
    fi: "Kerro meille, mitä ajattelet ympärilläsi olevista ihmisistä ja osallistumisesta oman paikkakuntasi elämään. Vastaaminen vie noin 2 minuuttia, ja vastaat nimettömänä.",
  },
  languages: [...uiLanguages],
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
        sv: "Din syn på människor omkring oss",
        de: "Ihr Blick auf die Menschen um uns herum",
        it: "Opinioni sulle persone che ci circondano",
        es: "Opiniones sobre las personas que nos rodean",
        fi: "Näkemyksiä muista ihmisistä",
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
            sv: "I vilken grad instämmer du i följande påståenden?",
            de: "Inwieweit stimmen Sie den folgenden Aussagen zu?",
            it: "In che misura è d'accordo o in disaccordo con le seguenti affermazioni?",
            es: "¿En qué medida está de acuerdo o en desacuerdo con las siguientes afirmaciones?",
            fi: "Kuinka samaa tai eri mieltä olet seuraavista väittämistä?",
          },
          help: {
            lv: "Pareizu vai nepareizu atbilžu nav — mūs interesē tieši jūsu viedoklis.",
            ru: "Правильных или неправильных ответов нет — нам важно именно ваше мнение.",
            en: "There are no right or wrong answers — we are interested in your own opinion.",
            sv: "Det finns inga rätta eller felaktiga svar – vi vill veta vad just du tycker.",
            de: "Es gibt keine richtigen oder falschen Antworten – uns interessiert Ihre persönliche Meinung.",
            it: "Non ci sono risposte giuste o sbagliate: ci interessa la Sua opinione.",
            es: "No hay respuestas correctas ni incorrectas: nos interesa su opinión.",
            fi: "Oikeita tai vääriä vastauksia ei ole – haluamme tietää juuri sinun mielipiteesi.",
          },
          options: agreementScale(5, true, uiLanguages),
          statements: [
            {
              key: "newcomers_jobs",
              text: {
                lv: "Imigranti atņem darbu vietējiem iedzīvotājiem.",
                ru: "Иммигранты отнимают работу у местных жителей.",
                en: "Immigrants take jobs away from local people.",
                sv: "Invandrare tar jobben från lokalbefolkningen.",
                de: "Zuwanderer nehmen den Einheimischen die Arbeitsplätze weg.",
                it: "Gli immigrati tolgono il lavoro alla gente del posto.",
                es: "Los inmigrantes quitan el trabajo a la gente de aquí.",
                fi: "Maahanmuuttajat vievät työpaikat paikallisilta.",
              },
            },
            {
              key: "young_irresponsible",
              text: {
                lv: "Mūsdienu jaunieši ir bezatbildīgi.",
                ru: "Современная молодёжь безответственна.",
                en: "Young people today are irresponsible.",
                sv: "Dagens unga är oansvariga.",
                de: "Die Jugend von heute ist verantwortungslos.",
                it: "I giovani di oggi sono irresponsabili.",
                es: "Los jóvenes de hoy son irresponsables.",
                fi: "Nykyajan nuoret ovat vastuuttomia.",
              },
            },
            {
              key: "older_resist_change",
              text: {
                lv: "Gados vecāki cilvēki pretojas jebkādām pārmaiņām.",
                ru: "Пожилые люди противятся любым переменам.",
                en: "Older people resist any kind of change.",
                sv: "Äldre människor motsätter sig alla förändringar.",
                de: "Ältere Menschen sträuben sich gegen jede Veränderung.",
                it: "Gli anziani si oppongono a qualsiasi cambiamento.",
                es: "Las personas mayores se oponen a cualquier cambio.",
                fi: "Ikääntyneet ihmiset vastustavat kaikkia muutoksia.",
              },
            },
            {
              key: "other_language_separate",
              text: {
                lv: "Cilvēki, kuru valoda atšķiras no manējās, turas savrup.",
                ru: "Люди, чей язык отличается от моего, держатся особняком.",
                en: "People whose language is different from mine keep to themselves.",
                sv: "Människor som talar ett annat språk än jag håller sig för sig själva.",
                de: "Menschen, die eine andere Sprache sprechen als ich, bleiben unter sich.",
                it: "Le persone che parlano una lingua diversa dalla mia stanno solo tra di loro.",
                es: "Las personas que hablan una lengua distinta de la mía se relacionan solo entre sí.",
                fi: "Ihmiset, joiden kieli on eri kuin minun, pysyttelevät omissa porukoissaan.",
              },
            },
            {
              key: "other_religion_trust",
              text: {
                lv: "Citas reliģijas cilvēkiem var uzticēties tāpat kā jebkuram citam.",
                ru: "Людям другого вероисповедания можно доверять так же, как всем остальным.",
                en: "People of another religion can be trusted as much as anyone else.",
                sv: "Man kan lita lika mycket på människor med en annan religion som på alla andra.",
                de: "Menschen mit einer anderen Religion kann man genauso vertrauen wie allen anderen.",
                it: "Delle persone di un'altra religione ci si può fidare come di chiunque altro.",
                es: "Se puede confiar en las personas de otra religión tanto como en cualquier otra.",
                fi: "Eri uskontoa edustaviin ihmisiin voi luottaa yhtä paljon kuin kehen tahansa muuhun.",
              },
            },
            {
              key: "newcomers_enrich",
              text: {
                lv: "Cilvēki, kas atbraukuši dzīvot šeit no citām valstīm, bagātina pilsētas kultūras dzīvi.",
                ru: "Люди, приехавшие жить сюда из других стран, обогащают культурную жизнь города.",
                en: "People who have come to live here from other countries enrich the city's cultural life.",
                sv: "Människor som har flyttat hit från andra länder berikar kulturlivet på orten.",
                de: "Menschen, die aus anderen Ländern hierhergezogen sind, bereichern das kulturelle Leben der Stadt.",
                it: "Le persone venute a vivere qui da altri paesi arricchiscono la vita culturale della città.",
                es: "Las personas que han venido a vivir aquí desde otros países enriquecen la vida cultural de la ciudad.",
                fi: "Muista maista tänne muuttaneet ihmiset rikastuttavat paikkakunnan kulttuurielämää.",
              },
            },
            {
              key: "older_burden",
              text: {
                lv: "Vecāka gadagājuma cilvēki ir slogs sabiedrībai.",
                ru: "Пожилые люди — обуза для общества.",
                en: "Older people are a burden on society.",
                sv: "Äldre människor är en börda för samhället.",
                de: "Ältere Menschen sind eine Last für die Gesellschaft.",
                it: "Gli anziani sono un peso per la società.",
                es: "Las personas mayores son una carga para la sociedad.",
                fi: "Ikääntyneet ihmiset ovat taakka yhteiskunnalle.",
              },
            },
          ],
        },
        {
          key: "eu_belonging",
          type: "LIKERT",
          required: false,
          text: {
            lv: "Es jūtu, ka mūsu pilsēta ir daļa no kopīgās Eiropas.",
            ru: "Я чувствую, что наш город — часть общей Европы.",
            en: "I feel that our city is part of a common Europe.",
            sv: "Jag känner att vår kommun är en del av ett gemensamt Europa.",
            de: "Ich habe das Gefühl, dass unsere Stadt Teil eines gemeinsamen Europas ist.",
            it: "Sento che la nostra città fa parte di un'Europa comune.",
            es: "Siento que nuestra ciudad forma parte de una Europa común.",
            fi: "Koen, että paikkakuntamme on osa yhteistä Eurooppaa.",
          },
          options: agreementScale(5, true, uiLanguages),
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
            lv: "Vai jūs jau agrāk piedalījāties kādā šī projekta pasākumā?",
            ru: "Участвовали ли вы раньше в мероприятиях этого проекта?",
            en: "Have you taken part in one of this project's events before?",
            sv: "Har du varit på något av projektets evenemang tidigare?",
            de: "Haben Sie schon früher an einer Veranstaltung dieses Projekts teilgenommen?",
            it: "Ha già partecipato in passato a un evento di questo progetto?",
            es: "¿Ha participado antes en alguna actividad de este proyecto?",
            fi: "Oletko osallistunut aiemmin tämän hankkeen tapahtumiin?",
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
            sv: "Vad tycker du att kommunen borde göra för att fler invånare ska engagera sig?",
            de: "Was sollte die Stadt Ihrer Meinung nach tun, damit sich mehr Menschen beteiligen?",
            it: "Secondo Lei, che cosa dovrebbe fare il Comune perché più abitanti partecipino?",
            es: "En su opinión, ¿qué debería hacer el ayuntamiento para que participen más vecinos y vecinas?",
            fi: "Mitä kunnan pitäisi mielestäsi tehdä, jotta useammat asukkaat osallistuisivat?",
          },
          help: noPersonalDetailsHelp,
        },
      ],
    },
  ],
};
