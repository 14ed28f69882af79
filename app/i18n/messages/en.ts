// The source dictionary: every key here must exist in lv.ts and ru.ts (the type enforces it,
// tests/unit/translations.test.ts checks it too). {name} marks a value filled in at run time.
export const en = {
  "app.name": "Balss",
  "app.tagline": "Your voice in your city",
  "nav.skipToContent": "Skip to content",
  "language.label": "Language",

  "home.title": "Answer a survey",
  "home.lead": "Type the code shown at the event, or scan the QR code on the poster.",
  "home.codeLabel": "Join code",
  "home.codeHint": "6 letters and digits, for example DAUGAV",
  "home.submit": "Continue",

  "joinCode.required": "Type the join code.",
  "joinCode.format": "A join code has 6 letters and digits. Check the code on the poster.",
  "joinCode.unknown": "No survey has the code {code}. Check the code on the poster.",

  "notFound.title": "Survey not found",
  "notFound.body": "There is no survey with the code {code}. Check the code and try again.",
  "pageNotFound.title": "Page not found",
  "pageNotFound.body": "This page does not exist. Go to the start page to answer a survey.",
  "error.title": "Something went wrong",
  "error.body": "Please try again in a moment.",
  "error.home": "Go to the start page",

  "survey.event": "Event: {title}, {place}, {date}",
  "survey.notOpen.title": "This survey is not open",
  "survey.notOpen.draft": "It has not been published yet.",
  "survey.notOpen.scheduled": "It opens on {date}.",
  "survey.notOpen.closed": "It has been closed. Thank you for your interest.",
  "survey.notOpen.closedOn": "It closed on {date}. Thank you for your interest.",

  "privacy.title": "Your answers are anonymous",
  "privacy.stored": "We store your answers, the language you chose and the hour when you sent them.",
  "privacy.notStored": "We do not store your name, your IP address or anything about your device.",
  "privacy.cookie": "Your phone keeps only a note that this survey was answered, so that you are not asked twice.",

  "landing.start": "Start",

  "already.title": "This survey has already been answered on this phone",
  "already.body": "Thank you! Each person is asked to answer only once.",
  "already.again": "Someone else is using this phone: answer again",

  "answer.progress": "Page {current} of {total}",
  "answer.next": "Next",
  "answer.back": "Back",
  "answer.submit": "Send answers",
  "answer.required": "required",
  "answer.optional": "optional",
  "answer.otherText": "Please specify",
  "answer.conditionHint": "Answer this only if you chose “{option}” in “{question}”.",
  "answer.ratingScale": "0 means “{low}”, 10 means “{high}”.",
  "answer.numberRange": "A number from {min} to {max}.",
  "answer.errorSummary": "Some answers need your attention. They are marked below.",
  "answer.draftRestored": "We brought back the answers you had already given on this phone.",
  "answer.sending": "Sending…",

  "field.required": "Please answer this question.",
  "field.requiredEveryStatement": "Please answer every statement.",
  "field.invalidChoice": "Choose one of the options shown.",
  "field.otherRequired": "Please write what you mean by “other”.",
  "field.notANumber": "Enter a number, for example 3.",
  "field.notAWholeNumber": "Enter a whole number.",
  "field.tooSmall": "Enter a number of at least {min}.",
  "field.tooLarge": "Enter a number of at most {max}.",
  "field.tooLong": "Please keep it under {max} characters.",

  "submission.notOpen": "This survey is not open for answers, so your answers were not saved.",
  "submission.outOfDate": "This form is out of date, so your answers were not saved. Please open the survey again.",
  "submission.otherSurvey": "These answers belong to a different survey, so they were not saved. Please open the survey again.",
  "submission.keyReused": "These answers were already sent with different content. Please open the survey again.",

  "thanks.title": "Thank you!",
  "thanks.body": "Your answers have been saved. They help the city understand what residents think.",
  "thanks.home": "Back to the start page",
} as const;

export type MessageKey = keyof typeof en;
export type Messages = Record<MessageKey, string>;
