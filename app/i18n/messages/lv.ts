import type { Messages } from "./en";

export const lv: Messages = {
  "app.name": "Balss",
  "app.tagline": "Tava balss tavā pilsētā",
  "nav.skipToContent": "Pāriet uz saturu",
  "language.label": "Valoda",

  "home.title": "Atbildēt uz aptauju",
  "home.lead": "Ievadiet pasākumā redzamo kodu vai noskenējiet QR kodu uz plakāta.",
  "home.codeLabel": "Pievienošanās kods",
  "home.codeHint": "6 burti un cipari, piemēram, DAUGAV",
  "home.submit": "Turpināt",

  "joinCode.required": "Ievadiet pievienošanās kodu.",
  "joinCode.format": "Pievienošanās kodā ir 6 burti un cipari. Pārbaudiet kodu uz plakāta.",
  "joinCode.unknown": "Nav aptaujas ar kodu {code}. Pārbaudiet kodu uz plakāta.",

  "notFound.title": "Aptauja nav atrasta",
  "notFound.body": "Nav aptaujas ar kodu {code}. Pārbaudiet kodu un mēģiniet vēlreiz.",
  "pageNotFound.title": "Lapa nav atrasta",
  "pageNotFound.body": "Šādas lapas nav. Atveriet sākumlapu, lai atbildētu uz aptauju.",
  "error.title": "Kaut kas nogāja greizi",
  "error.body": "Lūdzu, mēģiniet vēlreiz pēc brīža.",
  "error.home": "Uz sākumlapu",

  "survey.event": "Pasākums: {title}, {place}, {date}",
  "survey.notOpen.title": "Šī aptauja nav atvērta",
  "survey.notOpen.draft": "Tā vēl nav publicēta.",
  "survey.notOpen.scheduled": "Tā tiks atvērta {date}.",
  "survey.notOpen.closed": "Tā ir slēgta. Paldies par interesi!",
  "survey.notOpen.closedOn": "Tā tika slēgta {date}. Paldies par interesi!",

  "privacy.title": "Jūsu atbildes ir anonīmas",
  "privacy.stored": "Mēs saglabājam jūsu atbildes, izvēlēto valodu un stundu, kurā tās nosūtījāt.",
  "privacy.notStored": "Mēs nesaglabājam jūsu vārdu, IP adresi vai ziņas par jūsu ierīci.",
  "privacy.cookie": "Jūsu tālrunī paliek tikai atzīme, ka uz šo aptauju ir atbildēts, lai jums nejautātu divreiz.",

  "landing.start": "Sākt",

  "already.title": "Šajā tālrunī uz šo aptauju jau ir atbildēts",
  "already.body": "Paldies! Katru cilvēku lūdzam atbildēt tikai vienreiz.",
  "already.again": "Šo tālruni lieto kāds cits: atbildēt vēlreiz",

  "answer.progress": "{current}. lapa no {total}",
  "answer.next": "Tālāk",
  "answer.back": "Atpakaļ",
  "answer.submit": "Nosūtīt atbildes",
  "answer.required": "obligāts",
  "answer.optional": "nav obligāts",
  "answer.otherText": "Lūdzu, precizējiet",
  "answer.conditionHint": "Atbildiet tikai tad, ja jautājumā “{question}” izvēlējāties “{option}”.",
  "answer.ratingScale": "0 nozīmē “{low}”, 10 nozīmē “{high}”.",
  "answer.numberRange": "Skaitlis no {min} līdz {max}.",
  "answer.errorSummary": "Dažām atbildēm jāpievērš uzmanība. Tās ir atzīmētas zemāk.",
  "answer.draftRestored": "Mēs atjaunojām atbildes, ko jau bijāt ievadījis šajā tālrunī.",
  "answer.sending": "Sūta…",

  "field.required": "Lūdzu, atbildiet uz šo jautājumu.",
  "field.requiredEveryStatement": "Lūdzu, novērtējiet katru apgalvojumu.",
  "field.invalidChoice": "Izvēlieties kādu no piedāvātajām atbildēm.",
  "field.otherRequired": "Lūdzu, uzrakstiet, ko domājat ar “cits”.",
  "field.notANumber": "Ievadiet skaitli, piemēram, 3.",
  "field.notAWholeNumber": "Ievadiet veselu skaitli.",
  "field.tooSmall": "Ievadiet skaitli, kas nav mazāks par {min}.",
  "field.tooLarge": "Ievadiet skaitli, kas nav lielāks par {max}.",
  "field.tooLong": "Lūdzu, iekļaujieties {max} rakstzīmēs.",

  "submission.notOpen": "Šī aptauja nav atvērta atbildēm, tāpēc jūsu atbildes netika saglabātas.",
  "submission.outOfDate": "Šī veidlapa ir novecojusi, tāpēc jūsu atbildes netika saglabātas. Lūdzu, atveriet aptauju vēlreiz.",
  "submission.otherSurvey": "Šīs atbildes attiecas uz citu aptauju, tāpēc tās netika saglabātas. Lūdzu, atveriet aptauju vēlreiz.",
  "submission.keyReused": "Šīs atbildes jau tika nosūtītas ar citu saturu. Lūdzu, atveriet aptauju vēlreiz.",

  "thanks.title": "Paldies!",
  "thanks.body": "Jūsu atbildes ir saglabātas. Tās palīdz pilsētai saprast, ko domā iedzīvotāji.",
  "thanks.home": "Atpakaļ uz sākumlapu",
};
