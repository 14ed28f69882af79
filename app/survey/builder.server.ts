import { z } from "zod";
import { prisma } from "~/db.server";
import type { Prisma } from "~/generated/prisma/client";
import type { QuestionType } from "~/generated/prisma/enums";
import type { MessageKey } from "~/i18n/messages/en";
import { pickText } from "~/i18n/translate";
import { formText } from "~/utils/form-fields";
import { isQuestionKey } from "./question-keys";
import { questionTypes } from "./question-types";
import { agreementScale } from "./agreement-scale";

// The builder's changes to a questionnaire's structure. Changes that would make collected
// answers meaningless — deleting a question that has answers — are refused with a message;
// wording is changed through the question form and the translations page.

export type BuilderResult = { ok: true; key?: string } | { ok: false; error: MessageKey; vars?: Record<string, string> };

const requiredText = (error: MessageKey) => formText(error).trim().min(1, { error }).max(1000, { error: "builder.tooLong" });

export const addQuestionSchema = z.object({
  type: z.enum(questionTypes, { error: "field.invalidChoice" }),
  section: z.coerce.number({ error: "field.invalidChoice" }).int({ error: "field.invalidChoice" }),
  text: requiredText("builder.questionTextRequired"),
});

const last = 1_000_000;
const inReadingOrder = [{ section: { position: "asc" as const } }, { position: "asc" as const }];

/**
 * A scale starts as the standard agreement scale; choice options and matrix statements start
 * empty, for the organiser to write (placeholders would have to be deleted again).
 */
function starterOptions(type: QuestionType) {
  return type === "LIKERT" || type === "LIKERT_MATRIX" ? agreementScale(5, true) : [];
}

/** A standard label in the questionnaire's own languages only (the others would show as extra texts). */
export const inLanguages = (label: Record<string, string>, languages: string[]) =>
  Object.fromEntries(Object.entries(label).filter(([lang]) => languages.includes(lang)));

const squeezed = (text: string) => text.replace(/\s+/g, " ").trim();
const sameWording = (a: string, b: string) => squeezed(a).localeCompare(squeezed(b), undefined, { sensitivity: "accent" }) === 0;

/**
 * Holds the questionnaire's row until the transaction ends, so that structural changes made at
 * the same moment (two organisers adding a question) run one after the other: the second sees
 * the first's key and position instead of choosing the same one.
 */
async function lockSurvey(tx: Prisma.TransactionClient, surveyId: string) {
  await tx.$executeRaw`SELECT 1 FROM "Survey" WHERE id = ${surveyId} FOR UPDATE`;
}

/** Writes positions 0, 1, 2 … in the given order (positions count through the whole survey). */
async function renumber(tx: Prisma.TransactionClient, ids: string[]) {
  for (const [position, id] of ids.entries()) await tx.question.update({ where: { id }, data: { position } });
}

async function readingOrder(tx: Prisma.TransactionClient, surveyId: string) {
  return tx.question.findMany({
    where: { surveyId },
    orderBy: inReadingOrder,
    select: { id: true, key: true, sectionId: true, conditionQuestionId: true },
  });
}

/**
 * A new question at the end of a section, with its text in the survey's default language.
 * The same text as the page's last question is refused: that is a second click on "Add",
 * not a second question (a question asked twice in a row would be worded differently).
 */
export async function addQuestion(surveyId: string, fields: Record<string, unknown>): Promise<BuilderResult> {
  const parsed = addQuestionSchema.safeParse(fields);
  if (!parsed.success) return { ok: false, error: parsed.error.issues[0]!.message as MessageKey };
  const survey = await prisma.survey.findUniqueOrThrow({
    where: { id: surveyId },
    include: { sections: true, questions: { orderBy: { position: "asc" } } },
  });
  const section = survey.sections.find((s) => s.position === parsed.data.section);
  if (!section) return { ok: false, error: "field.invalidChoice" };
  const lastOnPage = survey.questions.filter((q) => q.sectionId === section.id).at(-1);
  const lastText = pickText(lastOnPage?.text, survey.defaultLanguage, survey.defaultLanguage);
  if (lastOnPage && sameWording(lastText, parsed.data.text)) return { ok: false, error: "builder.sameAsLast", vars: { key: lastOnPage.key } };
  const lang = survey.defaultLanguage;
  const { type, text } = parsed.data;
  const key = await prisma.$transaction(async (tx) => {
    await lockSurvey(tx, surveyId);
    const taken = new Set((await readingOrder(tx, surveyId)).map((q) => q.key));
    let n = taken.size + 1;
    while (taken.has(`q${n}`)) n++;
    await tx.question.create({
      data: {
        surveyId,
        sectionId: section.id,
        key: `q${n}`,
        type,
        position: last,
        text: { [lang]: text },
        settings: type === "NUMBER" ? { min: 0, max: 100 } : {},
        options: { create: starterOptions(type).map((o, position) => ({ ...o, label: inLanguages(o.label, survey.languages), position })) },
      },
    });
    await renumber(tx, (await readingOrder(tx, surveyId)).map((q) => q.id));
    return `q${n}`;
  });
  return { ok: true, key };
}

/** A new, empty page at the end. */
export async function addSection(surveyId: string, fields: Record<string, unknown>): Promise<BuilderResult> {
  const parsed = z.object({ title: requiredText("builder.pageTitleRequired") }).safeParse(fields);
  if (!parsed.success) return { ok: false, error: parsed.error.issues[0]!.message as MessageKey };
  await prisma.$transaction(async (tx) => {
    await lockSurvey(tx, surveyId);
    const survey = await tx.survey.findUniqueOrThrow({ where: { id: surveyId }, include: { sections: true } });
    const position = Math.max(-1, ...survey.sections.map((s) => s.position)) + 1;
    await tx.section.create({ data: { surveyId, position, title: { [survey.defaultLanguage]: parsed.data.title } } });
  });
  return { ok: true };
}

/**
 * Moves a question one place up or down; past the edge of its page it moves to the end of
 * the page before (or the start of the page after). A question never moves above the
 * question its condition depends on.
 */
export async function moveQuestion(surveyId: string, key: string, direction: "up" | "down"): Promise<BuilderResult> {
  return prisma.$transaction(async (tx) => {
    const order = await readingOrder(tx, surveyId);
    const index = order.findIndex((q) => q.key === key);
    if (index < 0) return { ok: false, error: "builder.unknownQuestion" } as const;
    const moved = order[index]!;
    const sections = await tx.section.findMany({ where: { surveyId }, orderBy: { position: "asc" } });
    const sectionIndex = sections.findIndex((s) => s.id === moved.sectionId);
    const neighbour = order[direction === "up" ? index - 1 : index + 1];
    let sectionId = moved.sectionId;
    const ids = order.map((q) => q.id);
    if (neighbour && neighbour.sectionId === moved.sectionId) {
      const other = direction === "up" ? index - 1 : index + 1;
      [ids[index], ids[other]] = [ids[other]!, ids[index]!];
    } else {
      const target = sections[direction === "up" ? sectionIndex - 1 : sectionIndex + 1];
      if (!target) return { ok: true } as const; // already first or last
      sectionId = target.id;
    }
    const after = ids.map((id) => order.find((q) => q.id === id)!);
    const place = new Map(after.map((q, i) => [q.id, i]));
    const breaksCondition = after.some((q) => q.conditionQuestionId && place.get(q.conditionQuestionId)! > place.get(q.id)!);
    if (breaksCondition) return { ok: false, error: "builder.conditionOrder" } as const;
    if (sectionId !== moved.sectionId) await tx.question.update({ where: { id: moved.id }, data: { sectionId } });
    await renumber(tx, ids);
    return { ok: true } as const;
  });
}

export const moveToSchema = z.object({
  key: z.string().refine(isQuestionKey),
  position: z.coerce.number({ error: "field.invalidChoice" }).int({ error: "field.invalidChoice" }).min(0, { error: "field.invalidChoice" }),
});

/**
 * Moves a question to a place in the reading order (0 = first), onto the page of the question
 * that is there now: what dragging a question in the builder does. A question never moves
 * above the question its condition depends on.
 */
export async function moveQuestionTo(surveyId: string, fields: Record<string, unknown>): Promise<BuilderResult> {
  const parsed = moveToSchema.safeParse(fields);
  if (!parsed.success) return { ok: false, error: "field.invalidChoice" };
  const { key, position } = parsed.data;
  return prisma.$transaction(async (tx) => {
    const order = await readingOrder(tx, surveyId);
    const moved = order.find((q) => q.key === key);
    if (!moved) return { ok: false, error: "builder.unknownQuestion" } as const;
    const target = order[position];
    if (!target) return { ok: false, error: "field.invalidChoice" } as const;
    if (target.id === moved.id) return { ok: true } as const;
    const after = order.filter((q) => q.id !== moved.id);
    after.splice(position, 0, moved);
    const place = new Map(after.map((q, i) => [q.id, i]));
    if (after.some((q) => q.conditionQuestionId && place.get(q.conditionQuestionId)! > place.get(q.id)!)) {
      return { ok: false, error: "builder.conditionOrder" } as const;
    }
    if (target.sectionId !== moved.sectionId) await tx.question.update({ where: { id: moved.id }, data: { sectionId: target.sectionId } });
    await renumber(tx, after.map((q) => q.id));
    return { ok: true } as const;
  });
}

/** Deletes a question that has no answers and that no other question depends on. */
export async function deleteQuestion(surveyId: string, key: string): Promise<BuilderResult> {
  if (!isQuestionKey(key)) return { ok: false, error: "builder.unknownQuestion" };
  const question = await prisma.question.findUnique({
    where: { surveyId_key: { surveyId, key } },
    include: { _count: { select: { answers: true, dependants: true } } },
  });
  if (!question) return { ok: false, error: "builder.unknownQuestion" };
  if (question._count.answers) return { ok: false, error: "builder.hasAnswers" };
  if (question._count.dependants) return { ok: false, error: "builder.hasDependants" };
  await prisma.question.delete({ where: { id: question.id } });
  return { ok: true };
}

/** Deletes a page that has no questions left, keeping at least one page. */
export async function deleteSection(surveyId: string, position: number): Promise<BuilderResult> {
  const sections = await prisma.section.findMany({ where: { surveyId }, include: { _count: { select: { questions: true } } } });
  const section = sections.find((s) => s.position === position);
  if (!section) return { ok: false, error: "builder.unknownQuestion" };
  if (section._count.questions || sections.length === 1) return { ok: false, error: "builder.sectionNotEmpty" };
  await prisma.section.delete({ where: { id: section.id } });
  return { ok: true };
}
