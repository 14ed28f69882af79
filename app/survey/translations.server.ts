import { z } from "zod";
import { prisma } from "~/db.server";
import type { Prisma } from "~/generated/prisma/client";
import { residentLanguages } from "~/i18n/languages";
import type { MessageKey } from "~/i18n/messages/en";
import { hasControlCharacters } from "~/utils/form-fields";
import type { SurveyWithQuestions } from "./find-survey.server";
import { inSeries, updateSeriesTexts } from "./series.server";
import { standardTranslation } from "./standard-label-translations";
import { surveyTexts } from "./survey-texts";
import { hasResponses, recordEdits, type WordingEdit } from "./wording-edits.server";

const textLimit = 5000;

/** A translatable text with `lang` set to `text` (or removed when `text` is empty). */
export function withLanguage(value: unknown, lang: string, text: string): Record<string, string> {
  const next = { ...((value ?? {}) as Record<string, string>) };
  if (text) next[lang] = text;
  else delete next[lang];
  return next;
}

/**
 * Saves the texts of one language from fields named `text:<address>`. Only wording changes:
 * nothing is added or removed, so this is safe also once answers have come in — and then
 * every change is recorded, with `editorId`, who made it.
 */
export async function saveTranslations(
  survey: SurveyWithQuestions,
  lang: string,
  form: FormData,
  editorId: string | null = null,
): Promise<{ ok: true; changed: number } | { ok: false; error: MessageKey }> {
  if (!survey.languages.includes(lang)) return { ok: false, error: "translations.unknownLanguage" };
  const known = new Map(surveyTexts(survey).map((text) => [text.address, text]));
  const updates: Prisma.PrismaPromise<unknown>[] = [];
  const edits: WordingEdit[] = [];
  // Both labels of a rating live in one settings object: the second change builds on the first.
  const settingsSoFar = new Map<string, Record<string, unknown>>();
  const seen = new Set<string>();
  for (const [name, raw] of form.entries()) {
    if (!name.startsWith("text:")) continue;
    const address = name.slice(5);
    const text = known.get(address);
    // The page has one field per text: a text sent twice is not from it.
    if (!text || typeof raw !== "string" || seen.has(address)) return { ok: false, error: "translations.outOfDate" };
    seen.add(address);
    const value = raw.trim();
    if (value.length > textLimit) return { ok: false, error: "translations.tooLong" };
    if (hasControlCharacters(value)) return { ok: false, error: "form.controlCharacters" };
    if ((text.value[lang] ?? "") === value) continue;
    updates.push(updateText(survey, address, lang, value, settingsSoFar));
    edits.push({ what: address, language: lang, before: text.value[lang] ?? "", after: value });
  }
  const changed = updates.length;
  if (edits.length && (await hasResponses(survey.id))) updates.push(recordEdits(survey.id, editorId, edits));
  await prisma.$transaction(updates);
  return { ok: true, changed };
}

function updateText(
  survey: SurveyWithQuestions,
  address: string,
  lang: string,
  value: string,
  settingsSoFar: Map<string, Record<string, unknown>>,
) {
  const [kind, key, part] = address.split(".") as [string, string, string | undefined];
  const questions = survey.sections.flatMap((s) => s.questions);
  const question = questions.find((q) => q.key === key);
  switch (kind) {
    case "survey": {
      const field = key as "title" | "intro";
      return updateSeriesTexts(survey.id, { [field]: withLanguage(survey[field], lang, value) });
    }
    case "section": {
      const section = survey.sections.find((s) => String(s.position) === key)!;
      return prisma.section.update({ where: { id: section.id }, data: { title: withLanguage(section.title, lang, value) } });
    }
    case "question": {
      const field = part as "text" | "help";
      return prisma.question.update({ where: { id: question!.id }, data: { [field]: withLanguage(question![field], lang, value) } });
    }
    case "settings": {
      const settings = { ...(settingsSoFar.get(question!.id) ?? (question!.settings as Record<string, unknown>)) };
      settings[part!] = withLanguage(settings[part!], lang, value);
      settingsSoFar.set(question!.id, settings);
      return prisma.question.update({ where: { id: question!.id }, data: { settings: settings as Prisma.InputJsonValue } });
    }
    case "option": {
      const option = question!.options.find((o) => o.value === part)!;
      return prisma.option.update({ where: { id: option.id }, data: { label: withLanguage(option.label, lang, value) } });
    }
    default: {
      const statement = question!.statements.find((s) => s.key === part)!;
      return prisma.statement.update({ where: { id: statement.id }, data: { text: withLanguage(statement.text, lang, value) } });
    }
  }
}

const languageSchema = z.object({ language: z.enum(residentLanguages) });

/** Scale labels the new language gets ready: standard ones, unchanged, that it has no text for yet. */
function standardLabelsIn(survey: SurveyWithQuestions, language: string) {
  return survey.sections
    .flatMap((section) => section.questions.flatMap((question) => question.options))
    .flatMap((option) => {
      const label = option.label as Record<string, string>;
      const ready = label[language] ? undefined : standardTranslation(label, survey.defaultLanguage, language);
      return ready ? [prisma.option.update({ where: { id: option.id }, data: { label: withLanguage(label, language, ready) } })] : [];
    });
}

/**
 * Adds a language (its texts start empty, but for standard scale labels) or removes one other
 * than the default.
 */
export async function changeLanguages(survey: SurveyWithQuestions, intent: "addLanguage" | "removeLanguage", fields: Record<string, unknown>) {
  const parsed = languageSchema.safeParse(fields);
  if (!parsed.success) return { ok: false as const, error: "translations.unknownLanguage" as MessageKey };
  const { language } = parsed.data;
  if (intent === "addLanguage") {
    if (survey.languages.includes(language)) return { ok: true as const, language };
    await prisma.$transaction([
      updateSeriesTexts(survey.id, { languages: [...survey.languages, language] }),
      ...standardLabelsIn(survey, language),
    ]);
    return { ok: true as const, language };
  }
  if (language === survey.defaultLanguage) return { ok: false as const, error: "translations.cannotRemoveDefault" as MessageKey };
  // Residents at any event of the questionnaire may be answering in it.
  if (await prisma.survey.count({ where: { ...inSeries(survey.id), status: "OPEN" } })) {
    return { ok: false as const, error: "translations.cannotRemoveWhileOpen" as MessageKey };
  }
  await updateSeriesTexts(survey.id, { languages: survey.languages.filter((l) => l !== language) });
  return { ok: true as const, language };
}
