import { prisma } from "~/db.server";
import type { Prisma } from "~/generated/prisma/client";
import { pickText } from "~/i18n/translate";
import type { QuestionSettings } from "./survey-template";
import type { ResidentSurvey } from "./resident-survey";

const byPosition = { orderBy: { position: "asc" } } as const;

const sectionsWithQuestions = {
  ...byPosition,
  include: {
    questions: {
      ...byPosition,
      include: {
        options: byPosition,
        statements: byPosition,
        conditionQuestion: { select: { key: true } },
        conditionOption: { select: { value: true } },
      },
    },
  },
} as const;

const withQuestions = {
  event: true,
  // Its home time zone, for questionnaires without an event (survey-time-zone.ts).
  project: { select: { timeZone: true } },
  sections: sectionsWithQuestions,
  // Whether other events run the same questionnaire (series.server.ts).
  _count: { select: { runs: true } },
} as const;

// A run at another event asks its original's questions: those are the ones it is read with.
async function withOriginalQuestions<T extends { originalId: string | null; sections: unknown[] }>(survey: T, db: Prisma.TransactionClient): Promise<T> {
  if (!survey.originalId) return survey;
  const sections = await db.section.findMany({ where: { surveyId: survey.originalId }, ...sectionsWithQuestions });
  return { ...survey, sections };
}

/** A survey with everything a resident's page needs, by its normalised join code. */
export async function findSurveyByJoinCode(joinCode: string, db: Prisma.TransactionClient = prisma) {
  const survey = await db.survey.findUnique({ where: { joinCode }, include: withQuestions });
  return survey && withOriginalQuestions(survey, db);
}

/** The same, by id, for the workspace (whose routes have already checked the survey exists). */
export async function findSurveyById(surveyId: string) {
  return withOriginalQuestions(await prisma.survey.findUniqueOrThrow({ where: { id: surveyId }, include: withQuestions }), prisma);
}

export type SurveyWithQuestions = NonNullable<Awaited<ReturnType<typeof findSurveyByJoinCode>>>;

/** The survey in one language, as the answering page and validation use it. */
export function toResidentSurvey(survey: SurveyWithQuestions, lang: string): ResidentSurvey {
  const text = (value: unknown) => pickText(value, lang, survey.defaultLanguage);
  return {
    id: survey.id,
    joinCode: survey.joinCode,
    title: text(survey.title),
    intro: text(survey.intro),
    sections: survey.sections.map((section) => ({
      title: text(section.title),
      questions: section.questions.map((question) => {
        const settings = question.settings as QuestionSettings;
        return {
          key: question.key,
          type: question.type,
          required: question.required,
          text: text(question.text),
          help: text(question.help),
          ...(settings.min !== undefined ? { min: settings.min } : {}),
          ...(settings.max !== undefined ? { max: settings.max } : {}),
          ...(settings.lowLabel ? { lowLabel: text(settings.lowLabel) } : {}),
          ...(settings.highLabel ? { highLabel: text(settings.highLabel) } : {}),
          options: question.options.map((option) => ({
            value: option.value,
            label: text(option.label),
            isOther: option.isOther,
            isDontKnow: option.isDontKnow,
          })),
          statements: question.statements.map((s) => ({ key: s.key, text: text(s.text) })),
          showIf:
            question.conditionQuestion && question.conditionOption
              ? { question: question.conditionQuestion.key, option: question.conditionOption.value }
              : null,
        };
      }),
    })),
  };
}
