import type { Prisma } from "~/generated/prisma/client";
import type { SurveyPhase, SurveyStatus } from "~/generated/prisma/enums";
import type { SurveyTemplate } from "./survey-template";

type Tx = Prisma.TransactionClient;

export interface NewSurvey {
  projectId: string;
  eventId?: string | null;
  joinCode: string;
  template: SurveyTemplate;
  status?: SurveyStatus;
  phase?: SurveyPhase;
  pairedSurveyId?: string | null;
  opensAt?: Date | null;
  closesAt?: Date | null;
}

/** Writes a questionnaire given as data (a template) with its sections, questions and options. */
export async function createSurveyFromTemplate(tx: Tx, input: NewSurvey) {
  const { template } = input;
  const survey = await tx.survey.create({
    data: {
      projectId: input.projectId,
      eventId: input.eventId ?? null,
      joinCode: input.joinCode,
      title: template.title,
      intro: template.intro,
      languages: template.languages,
      defaultLanguage: template.defaultLanguage,
      status: input.status ?? "DRAFT",
      phase: input.phase ?? "NONE",
      pairedSurveyId: input.pairedSurveyId ?? null,
      opensAt: input.opensAt ?? null,
      closesAt: input.closesAt ?? null,
    },
  });

  // Conditions refer to earlier questions by key; remember the ids written so far.
  const written = new Map<string, { id: string; options: Map<string, string> }>();
  let position = 0;
  for (const [sectionIndex, sectionTemplate] of template.sections.entries()) {
    const section = await tx.section.create({
      data: { surveyId: survey.id, position: sectionIndex, title: sectionTemplate.title },
    });
    for (const question of sectionTemplate.questions) {
      const condition = question.showIf ? written.get(question.showIf.question) : undefined;
      const conditionOptionId = question.showIf ? condition?.options.get(question.showIf.option) : undefined;
      if (question.showIf && !conditionOptionId) {
        throw new Error(`Question ${question.key}: its condition refers to no earlier question and option`);
      }
      const created = await tx.question.create({
        data: {
          surveyId: survey.id,
          sectionId: section.id,
          key: question.key,
          type: question.type,
          position: position++,
          required: question.required ?? false,
          demographic: question.demographic ?? false,
          indicator: question.type === "LIKERT" && (question.indicator ?? false),
          text: question.text,
          help: question.help ?? {},
          settings: (question.settings ?? {}) as Prisma.InputJsonValue,
          conditionQuestionId: condition?.id ?? null,
          conditionOptionId: conditionOptionId ?? null,
          options: {
            create: (question.options ?? []).map((option, index) => ({
              value: option.value,
              position: index,
              label: option.label,
              isOther: option.isOther ?? false,
              isDontKnow: option.isDontKnow ?? false,
            })),
          },
          statements: {
            create: (question.statements ?? []).map((statement, index) => ({
              key: statement.key,
              position: index,
              text: statement.text,
              indicator: statement.indicator ?? false,
            })),
          },
        },
        include: { options: true },
      });
      written.set(question.key, { id: created.id, options: new Map(created.options.map((o) => [o.value, o.id])) });
    }
  }
  return survey;
}
