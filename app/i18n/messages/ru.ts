import type { Messages } from "./en";

export const ru: Messages = {
  "app.name": "Balss",
  "app.tagline": "Ваш голос в вашем городе",
  "nav.skipToContent": "Перейти к содержанию",
  "language.label": "Язык",

  "home.title": "Ответить на опрос",
  "home.lead": "Введите код, показанный на мероприятии, или отсканируйте QR-код на плакате.",
  "home.codeLabel": "Код для участия",
  "home.codeHint": "6 букв и цифр, например DAUGAV",
  "home.submit": "Продолжить",

  "joinCode.required": "Введите код для участия.",
  "joinCode.format": "Код для участия состоит из 6 латинских букв и цифр. Проверьте код на плакате.",
  "joinCode.unknown": "Опроса с кодом {code} нет. Проверьте код на плакате.",

  "notFound.title": "Опрос не найден",
  "notFound.body": "Опроса с кодом {code} нет. Проверьте код и попробуйте ещё раз.",
  "pageNotFound.title": "Страница не найдена",
  "pageNotFound.body": "Такой страницы нет. Откройте главную страницу, чтобы ответить на опрос.",
  "error.title": "Что-то пошло не так",
  "error.body": "Пожалуйста, попробуйте ещё раз чуть позже.",
  "error.home": "На главную страницу",

  "survey.event": "Мероприятие: {title}, {place}, {date}",
  "survey.notOpen.title": "Этот опрос не открыт",
  "survey.notOpen.draft": "Он ещё не опубликован.",
  "survey.notOpen.scheduled": "Он откроется {date}.",
  "survey.notOpen.closed": "Он закрыт. Спасибо за интерес!",
  "survey.notOpen.closedOn": "Он закрылся {date}. Спасибо за интерес!",

  "privacy.title": "Ваши ответы анонимны",
  "privacy.stored": "Мы сохраняем ваши ответы, выбранный язык и час, когда вы их отправили.",
  "privacy.notStored": "Мы не сохраняем ваше имя, IP-адрес и какие-либо сведения о вашем устройстве.",
  "privacy.cookie": "В вашем телефоне остаётся только отметка о том, что на этот опрос уже ответили, чтобы вас не спрашивали дважды.",

  "landing.start": "Начать",

  "already.title": "На этом телефоне уже ответили на этот опрос",
  "already.body": "Спасибо! Мы просим каждого ответить только один раз.",
  "already.again": "Этим телефоном пользуется другой человек: ответить ещё раз",

  "answer.progress": "Страница {current} из {total}",
  "answer.next": "Далее",
  "answer.back": "Назад",
  "answer.submit": "Отправить ответы",
  "answer.required": "обязательно",
  "answer.optional": "необязательно",
  "answer.otherText": "Уточните, пожалуйста",
  "answer.conditionHint": "Ответьте, только если в вопросе «{question}» вы выбрали «{option}».",
  "answer.ratingScale": "0 означает «{low}», 10 означает «{high}».",
  "answer.numberRange": "Число от {min} до {max}.",
  "answer.errorSummary": "Некоторые ответы требуют внимания. Они отмечены ниже.",
  "answer.draftRestored": "Мы восстановили ответы, которые вы уже ввели на этом телефоне.",
  "answer.sending": "Отправка…",

  "field.required": "Пожалуйста, ответьте на этот вопрос.",
  "field.requiredEveryStatement": "Пожалуйста, оцените каждое утверждение.",
  "field.invalidChoice": "Выберите один из предложенных вариантов.",
  "field.otherRequired": "Пожалуйста, напишите, что вы имеете в виду под «другое».",
  "field.notANumber": "Введите число, например 3.",
  "field.notAWholeNumber": "Введите целое число.",
  "field.tooSmall": "Введите число не меньше {min}.",
  "field.tooLarge": "Введите число не больше {max}.",
  "field.tooLong": "Пожалуйста, уложитесь в {max} знаков.",

  "submission.notOpen": "Этот опрос закрыт для ответов, поэтому ваши ответы не сохранены.",
  "submission.outOfDate": "Эта форма устарела, поэтому ваши ответы не сохранены. Пожалуйста, откройте опрос заново.",
  "submission.otherSurvey": "Эти ответы относятся к другому опросу, поэтому они не сохранены. Пожалуйста, откройте опрос заново.",
  "submission.keyReused": "Эти ответы уже были отправлены с другим содержанием. Пожалуйста, откройте опрос заново.",

  "thanks.title": "Спасибо!",
  "thanks.body": "Ваши ответы сохранены. Они помогают городу понять, что думают жители.",
  "thanks.home": "Вернуться на главную страницу",
};
