import { z } from "zod";
import { prisma } from "~/db.server";
import { optionalId } from "~/utils/form-fields";
import type { SurveyPhase } from "~/generated/prisma/enums";
import type { MessageKey } from "~/i18n/messages/en";
import { createSurveyFromTemplate } from "./create-survey.server";
import { findSurveyById, type SurveyWithQuestions } from "./find-survey.server";
import { withFreshJoinCode } from "./new-join-code.server";
import type { QuestionSettings, SurveyTemplate } from "./survey-template";
import { surveyTemplates, type SurveyTemplateId } from "./templates";
import { blankSurvey } from "./blank-survey";
import { mainLanguageFirst, residentLanguages, type ResidentLanguage } from "~/i18n/languages";

const startingPoints = ["blank", ...(Object.keys(surveyTemplates) as SurveyTemplateId[])] as const;

export const newSurveySchema = z.object({
  // Blank or a template is the organiser's own first choice: nothing is chosen for them.
  template: z.enum(startingPoints, {
    error: (issue) => (issue.input === undefined || issue.input === "" ? "survey.chooseStart" : "field.invalidChoice"),
  }),
  language: z.enum(residentLanguages, {
    error: (issue) => (issue.input === undefined || issue.input === "" ? "survey.chooseLanguage" : "field.invalidChoice"),
  }),
  eventId: optionalId(),
  phase: z.enum(["NONE", "BEFORE", "AFTER"], { error: "field.invalidChoice" }).default("NONE"),
});

export type NewSurveyErrors = Partial<Record<"template" | "language" | "eventId" | "phase", MessageKey>>;

/**
 * The starting point written in `language`: a blank questionnaire, or a template with `language`
 * as its main language and the template's other languages as ready translations (the organiser
 * removes those not needed). Null when the template has no text in that language.
 */
export function startingPoint(id: (typeof startingPoints)[number], language: ResidentLanguage): SurveyTemplate | null {
  if (id === "blank") return blankSurvey(language);
  const template = surveyTemplates[id];
  if (!template.languages.includes(language)) return null;
  return { ...template, defaultLanguage: language, languages: mainLanguageFirst(template.languages, language) };
}

/** Writes a draft with a fresh join code, trying another code if one is taken meanwhile. */
function createDraft(projectId: string, template: SurveyTemplate, eventId: string | null, phase: SurveyPhase, pairedSurveyId?: string) {
  return withFreshJoinCode((joinCode) =>
    prisma.$transaction((tx) => createSurveyFromTemplate(tx, { projectId, eventId, template, phase, pairedSurveyId, joinCode, status: "DRAFT" })),
  );
}

/** A new draft questionnaire, blank or from one of the ready templates, optionally for an event. */
export async function createSurveyFromForm(projectId: string, fields: Record<string, unknown>) {
  const parsed = newSurveySchema.safeParse(fields);
  if (!parsed.success) {
    const errors: NewSurveyErrors = {};
    for (const issue of parsed.error.issues) errors[issue.path[0] as keyof NewSurveyErrors] ??= issue.message as MessageKey;
    return { ok: false as const, errors };
  }
  const { template: templateId, language, eventId, phase } = parsed.data;
  const template = startingPoint(templateId, language);
  if (!template) return { ok: false as const, errors: { language: "survey.templateNotInLanguage" } as NewSurveyErrors };
  const event = eventId ? await prisma.event.findFirst({ where: { id: eventId, projectId, archivedAt: null } }) : null;
  if (eventId && !event) return { ok: false as const, errors: { eventId: "field.invalidChoice" } as NewSurveyErrors };
  const survey = await createDraft(projectId, template, event?.id ?? null, phase);
  return { ok: true as const, surveyId: survey.id };
}

/** A questionnaire as a template again, with everything it asks and every translation. */
export function surveyAsTemplate(survey: SurveyWithQuestions): SurveyTemplate {
  const text = (value: unknown) => (value ?? {}) as Record<string, string>;
  return {
    title: text(survey.title),
    intro: text(survey.intro),
    languages: survey.languages,
    defaultLanguage: survey.defaultLanguage,
    sections: survey.sections.map((section) => ({
      title: text(section.title),
      questions: section.questions.map((q) => ({
        key: q.key,
        type: q.type,
        required: q.required,
        demographic: q.demographic,
        indicator: q.indicator,
        text: text(q.text),
        help: text(q.help),
        settings: q.settings as QuestionSettings,
        options: q.options.map((o) => ({ value: o.value, label: text(o.label), isOther: o.isOther, isDontKnow: o.isDontKnow })),
        statements: q.statements.map((s) => ({ key: s.key, text: text(s.text), indicator: s.indicator })),
        ...(q.conditionQuestion && q.conditionOption
          ? { showIf: { question: q.conditionQuestion.key, option: q.conditionOption.value } }
          : {}),
      })),
    })),
  };
}

/**
 * The "after the event" copy of a questionnaire: the same questions, a new draft, and the
 * two linked as a before/after pair so their answers can be compared.
 */
export async function duplicateAsAfter(surveyId: string) {
  const original = await findSurveyById(surveyId);
  if (original.pairedSurveyId) return { ok: false as const, error: "survey.alreadyPaired" as const };
  const copy = await createDraft(original.projectId, surveyAsTemplate(original), original.eventId, "AFTER", original.id);
  await prisma.survey.update({ where: { id: original.id }, data: { phase: "BEFORE", pairedSurveyId: copy.id } });
  return { ok: true as const, surveyId: copy.id };
}
