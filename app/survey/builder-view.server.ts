import { prisma } from "~/db.server";
import { pickText } from "~/i18n/translate";
import { lacksChoices } from "./choice-edits";

/**
 * The pages and questions of a questionnaire, for the builder's overview: texts in `lang`
 * (the organiser's language) where the questionnaire has them, else in its main language.
 */
export async function builderView(surveyId: string, lang: string) {
  const survey = await prisma.survey.findUniqueOrThrow({
    where: { id: surveyId },
    include: {
      sections: {
        orderBy: { position: "asc" },
        include: {
          questions: {
            orderBy: { position: "asc" },
            include: {
              conditionQuestion: { select: { key: true, type: true } },
              conditionOption: { select: { label: true } },
              statements: { where: { indicator: true }, select: { id: true } },
              _count: { select: { answers: true, options: true, statements: true } },
            },
          },
        },
      },
    },
  });
  const shown = survey.languages.includes(lang) ? lang : survey.defaultLanguage;
  const text = (value: unknown) => pickText(value, shown, survey.defaultLanguage);
  let index = 0;
  return {
    id: survey.id,
    title: text(survey.title),
    defaultLanguage: survey.defaultLanguage,
    sections: survey.sections.map((section) => ({
      position: section.position,
      title: text(section.title),
      questions: section.questions.map((q) => ({
        /** Place in the whole questionnaire's reading order, 0 first (what "move to" takes). */
        index: index++,
        key: q.key,
        type: q.type,
        text: text(q.text),
        required: q.required,
        demographic: q.demographic,
        /** Agreement items of it the project page follows as attitude indicators. */
        indicators: q.indicator ? 1 : q.statements.length,
        answers: q._count.answers,
        incomplete: lacksChoices(q.type, q._count),
        showIf:
          q.conditionQuestion && q.conditionOption
            ? { question: q.conditionQuestion.key, option: text(q.conditionOption.label), includes: q.conditionQuestion.type === "MULTIPLE_CHOICE" }
            : null,
      })),
    })),
  };
}
