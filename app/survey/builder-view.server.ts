import { prisma } from "~/db.server";
import { pickText } from "~/i18n/translate";

/** The pages and questions of a questionnaire, for the builder's overview. */
export async function builderView(surveyId: string, lang: string) {
  const survey = await prisma.survey.findUniqueOrThrow({
    where: { id: surveyId },
    include: {
      sections: {
        orderBy: { position: "asc" },
        include: {
          questions: {
            orderBy: { position: "asc" },
            include: { conditionQuestion: { select: { key: true } }, _count: { select: { answers: true } } },
          },
        },
      },
    },
  });
  const text = (value: unknown) => pickText(value, lang, survey.defaultLanguage);
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
        answers: q._count.answers,
        showIf: q.conditionQuestion?.key ?? null,
      })),
    })),
  };
}
