import { json } from "@remix-run/node";
import { z } from "zod";
import { prisma } from "~/db.server";
import type { Prisma } from "~/generated/prisma/client";
import type { QuestionType } from "~/generated/prisma/enums";
import type { MessageKey } from "~/i18n/messages/en";
import { inLanguages, type BuilderResult } from "./builder.server";
import { planChoices, translated } from "./choice-edits";
import { isQuestionKey } from "./question-keys";
import { questionTypes } from "./question-types";
import { agreementScale } from "./agreement-scale";
import { hasResponses, recordEdits, textChanges, type WordingEdit } from "./wording-edits.server";

const choiceTypes = new Set(["SINGLE_CHOICE", "MULTIPLE_CHOICE", "LIKERT", "LIKERT_MATRIX"]);

/** One question with everything its form shows, or 404. */
export async function loadQuestion(surveyId: string, key: string | undefined) {
  if (!isQuestionKey(key)) throw json({ message: "not found" }, { status: 404 });
  const survey = await prisma.survey.findUniqueOrThrow({ where: { id: surveyId } });
  const question = await prisma.question.findUnique({
    where: { surveyId_key: { surveyId, key } },
    include: {
      options: { orderBy: { position: "asc" }, include: { _count: { select: { answers: true } } } },
      statements: { orderBy: { position: "asc" }, include: { _count: { select: { answers: true } } } },
      conditionQuestion: true,
      conditionOption: true,
      section: true,
      _count: { select: { answers: true, dependants: true } },
    },
  });
  if (!question) throw json({ message: "not found" }, { status: 404 });
  // A condition may only point to a choice question asked before this one.
  const earlier = await prisma.question.findMany({
    where: {
      surveyId,
      type: { in: ["SINGLE_CHOICE", "MULTIPLE_CHOICE", "LIKERT"] },
      OR: [
        { section: { position: { lt: question.section.position } } },
        { section: { position: question.section.position }, position: { lt: question.position } },
      ],
    },
    include: { options: { orderBy: { position: "asc" } } },
    orderBy: [{ section: { position: "asc" } }, { position: "asc" }],
  });
  return { survey, question, conditionChoices: earlier };
}

type LoadedQuestion = Awaited<ReturnType<typeof loadQuestion>>;

const optionalNumber = z
  .string()
  .trim()
  .default("")
  .transform((value, ctx) => {
    if (!value) return undefined;
    const n = Number(value.replace(",", "."));
    if (!Number.isFinite(n)) ctx.addIssue({ code: "custom", message: "field.notANumber" });
    return n;
  });

/**
 * Saves a question's wording in every language, whether it is required or demographic, which
 * of its agreement items are attitude indicators, its range or scale labels, its options and
 * statements (labels, codes, new ones), and its condition. Nothing here changes what collected answers mean — codes stay once the question
 * has answers — so it is allowed at any time; once the questionnaire has responses, every
 * wording change is recorded (with `editorId`, who made it).
 */
export async function saveQuestion(
  loaded: LoadedQuestion,
  fields: Record<string, unknown>,
  editorId: string | null = null,
): Promise<BuilderResult & { field?: string }> {
  const { survey, question, conditionChoices } = loaded;
  const languages = survey.languages;
  const updates: Prisma.PrismaPromise<unknown>[] = [];
  const edits: WordingEdit[] = [];
  const changed = (what: string, before: unknown, after: unknown) => edits.push(...textChanges(what, before, after, languages));

  const textValues = translated(fields, "text", languages, 1000);
  if ("error" in textValues) return { ok: false, error: textValues.error, field: "text" };
  if (!textValues.values[survey.defaultLanguage]) return { ok: false, error: "field.required", field: `text_${survey.defaultLanguage}` };
  const help = translated(fields, "help", languages, 2000);
  if ("error" in help) return { ok: false, error: help.error, field: "help" };

  const settings = { ...(question.settings as Record<string, unknown>) };
  if (question.type === "NUMBER") {
    const min = optionalNumber.safeParse(fields.min);
    const max = optionalNumber.safeParse(fields.max);
    if (!min.success || !max.success) return { ok: false, error: "field.notANumber", field: !min.success ? "min" : "max" };
    if (min.data !== undefined && max.data !== undefined && min.data > max.data) return { ok: false, error: "builder.minAboveMax", field: "max" };
    settings.min = min.data;
    settings.max = max.data;
  }
  if (question.type === "RATING") {
    for (const end of ["lowLabel", "highLabel"] as const) {
      const labels = translated(fields, end, languages, 200);
      if ("error" in labels) return { ok: false, error: labels.error, field: end };
      changed(`settings.${question.key}.${end}`, settings[end], labels.values);
      settings[end] = labels.values;
    }
  }
  changed(`question.${question.key}.text`, question.text, textValues.values);
  changed(`question.${question.key}.help`, question.help, help.values);

  let conditionQuestionId: string | null = null;
  let conditionOptionId: string | null = null;
  const condition = typeof fields.condition === "string" ? fields.condition : "";
  if (condition) {
    const [key, value] = condition.split("=");
    const parent = conditionChoices.find((q) => q.key === key);
    const option = parent?.options.find((o) => o.value === value);
    if (!parent || !option) return { ok: false, error: "field.invalidChoice", field: "condition" };
    conditionQuestionId = parent.id;
    conditionOptionId = option.id;
  }

  const choices = planChoices({ ...question, answered: question._count.answers > 0 }, fields, languages, survey.defaultLanguage);
  if ("error" in choices) return { ok: false, ...choices };
  // A code may pass to another option in the same save: the renamed ones step aside first.
  for (const option of choices.options.filter((o) => o.renamed)) {
    updates.push(prisma.option.update({ where: { id: option.id }, data: { value: `~${option.id}` } }));
  }
  for (const option of choices.options) {
    changed(`option.${question.key}.${option.value}`, question.options.find((o) => o.id === option.id)!.label, option.label);
    updates.push(prisma.option.update({ where: { id: option.id }, data: { value: option.value, label: option.label, position: option.position } }));
  }
  for (const option of choices.newOptions) {
    changed(`option.${question.key}.${option.value}`, {}, option.label);
    updates.push(prisma.option.create({ data: { questionId: question.id, ...option } }));
  }
  for (const statement of choices.statements) {
    changed(`statement.${question.key}.${statement.key}`, question.statements.find((s) => s.id === statement.id)!.text, statement.text);
    // A reporting choice, not wording: it may change at any time and is not recorded as an edit.
    const indicator = question.type === "LIKERT_MATRIX" && fields[`indicator_${statement.key}`] === "on";
    updates.push(prisma.statement.update({ where: { id: statement.id }, data: { text: statement.text, indicator } }));
  }
  for (const statement of choices.newStatements) {
    changed(`statement.${question.key}.${statement.key}`, {}, statement.text);
    updates.push(prisma.statement.create({ data: { questionId: question.id, ...statement } }));
  }

  updates.unshift(
    prisma.question.update({
      where: { id: question.id },
      data: {
        text: textValues.values,
        help: help.values,
        required: fields.required === "on",
        demographic: choiceTypes.has(question.type) && question.type !== "LIKERT_MATRIX" && fields.demographic === "on",
        indicator: question.type === "LIKERT" && fields.indicator === "on",
        settings: JSON.parse(JSON.stringify(settings)) as Prisma.InputJsonValue,
        conditionQuestionId,
        conditionOptionId,
      },
    }),
  );
  if (edits.length && (await hasResponses(survey.id))) updates.push(recordEdits(survey.id, editorId, edits));
  await prisma.$transaction(updates);
  return { ok: true };
}

/**
 * Types a question can change into without losing what it is: the choice types into each
 * other, the scales into each other, the numeric ones, the text ones.
 */
const typeFamilies: QuestionType[][] = [
  ["SINGLE_CHOICE", "MULTIPLE_CHOICE"],
  ["LIKERT", "LIKERT_MATRIX"],
  ["RATING", "NUMBER"],
  ["SHORT_TEXT", "LONG_TEXT"],
];

/** The types the question editor offers for a question of this type (its own first). */
export function compatibleTypes(type: QuestionType): QuestionType[] {
  return [type, ...(typeFamilies.find((family) => family.includes(type)) ?? []).filter((other) => other !== type)];
}

const isScale = (type: QuestionType) => type === "LIKERT" || type === "LIKERT_MATRIX";

/** The points of a scale question's scale ("don't know" not counted); null for other types. */
export function scalePoints(question: { type: QuestionType; options: { isDontKnow: boolean }[] }): number | null {
  return isScale(question.type) ? question.options.filter((o) => !o.isDontKnow).length : null;
}

/** Scale sizes the editor offers: the standard agreement scales. */
export const scaleSizes = [5, 7] as const;

export const changeTypeSchema = z.object({
  type: z.enum(questionTypes, { error: "field.invalidChoice" }),
  points: z.coerce.number({ error: "field.invalidChoice" }).int({ error: "field.invalidChoice" }).optional(),
});

/**
 * Changes a question's type (among compatible types) or its scale's number of points. Only
 * while nobody has answered it: afterwards the answers collected would no longer mean what
 * they meant, so it is refused with the suggestion to close the questionnaire and duplicate it.
 * A new number of points puts in the standard agreement scale, whose labels can then be edited.
 */
export async function changeQuestionType(loaded: LoadedQuestion, fields: Record<string, unknown>): Promise<BuilderResult & { field?: string }> {
  const { survey, question } = loaded;
  if (question._count.answers) return { ok: false, error: "builder.typeHasAnswers", field: "type" };
  const parsed = changeTypeSchema.safeParse({ type: fields.type, points: fields.points || undefined });
  if (!parsed.success) return { ok: false, error: "field.invalidChoice", field: parsed.error.issues[0]?.path[0] === "points" ? "points" : "type" };
  const { type } = parsed.data;
  if (!compatibleTypes(question.type).includes(type)) return { ok: false, error: "builder.typeIncompatible", field: "type" };
  const currentPoints = scalePoints(question);
  const points = isScale(type) ? (parsed.data.points ?? currentPoints ?? 5) : null;
  if (points !== null && points !== currentPoints && !(scaleSizes as readonly number[]).includes(points)) {
    return { ok: false, error: "field.invalidChoice", field: "points" };
  }
  const rescale = points !== null && points !== currentPoints;
  if (type === question.type && !rescale) return { ok: true };
  // Conditions point at this question's options, and a matrix cannot be a condition.
  if (question._count.dependants && (rescale || type === "LIKERT_MATRIX")) return { ok: false, error: "builder.hasDependants", field: "type" };

  const settings = { ...(question.settings as Record<string, unknown>) };
  if (type === "NUMBER" && question.type === "RATING") {
    delete settings.lowLabel;
    delete settings.highLabel;
    Object.assign(settings, { min: 0, max: 10 });
  }
  if (type === "RATING" && question.type === "NUMBER") {
    delete settings.min;
    delete settings.max;
  }
  const hadDontKnow = question.options.some((o) => o.isDontKnow);
  await prisma.$transaction(async (tx) => {
    await tx.question.update({
      where: { id: question.id },
      data: {
        type,
        settings: settings as Prisma.InputJsonValue,
        demographic: question.demographic && type !== "LIKERT_MATRIX",
        // An indicator stays one: a question that becomes a matrix passes it to its first
        // statement, a matrix that becomes one question keeps it if any statement had it.
        indicator: type === "LIKERT" && (question.type === "LIKERT" ? question.indicator : question.statements.some((s) => s.indicator)),
      },
    });
    if (type === "LIKERT_MATRIX" && !question.statements.length) {
      await tx.statement.create({
        data: { questionId: question.id, key: "s1", position: 0, text: question.text as Prisma.InputJsonValue, indicator: question.indicator },
      });
    }
    if (type === "LIKERT" && question.statements.length) await tx.statement.deleteMany({ where: { questionId: question.id } });
    if (rescale) {
      await tx.option.deleteMany({ where: { questionId: question.id } });
      await tx.option.createMany({
        data: agreementScale(points as 5 | 7, hadDontKnow).map((option, position) => ({
          questionId: question.id,
          value: option.value,
          position,
          label: inLanguages(option.label, survey.languages),
          isDontKnow: Boolean(option.isDontKnow),
        })),
      });
    }
  });
  return { ok: true };
}

/** Deletes an option or statement that no answer uses and no condition points to. */
export async function deleteChoice(loaded: LoadedQuestion, kind: "option" | "statement", id: string): Promise<BuilderResult> {
  const { question } = loaded;
  // By id: the same save may just have given the option a new code.
  const found = (kind === "option" ? question.options : question.statements).find((choice) => choice.id === id);
  if (!found) return { ok: false, error: "builder.unknownQuestion" };
  if (found._count.answers) return { ok: false, error: "builder.hasAnswers" };
  const remaining = (kind === "option" ? question.options : question.statements).length;
  if (remaining <= 1) return { ok: false, error: "builder.lastChoice" };
  if (kind === "option") {
    if (await prisma.question.count({ where: { conditionOptionId: found.id } })) return { ok: false, error: "builder.hasDependants" };
    await prisma.option.delete({ where: { id: found.id } });
  } else {
    await prisma.statement.delete({ where: { id: found.id } });
  }
  return { ok: true };
}
