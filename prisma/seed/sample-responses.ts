import { randomUUID } from "node:crypto";
import type { Prisma } from "~/generated/prisma/client";
import { allQuestions } from "~/survey/conditions";
import type { SurveyWithQuestions } from "~/survey/find-survey.server";
import { toResidentSurvey } from "~/survey/find-survey.server";
import { fieldName, otherPart, type AnswerValues, type ResidentQuestion } from "~/survey/resident-survey";
import { answerRows, answersHash, truncateToHour } from "~/survey/submit-response.server";
import { visibleQuestionKeys } from "~/survey/conditions";
import { validateAnswers } from "~/survey/validate-answers";

// Generated answers for the demo project only, so that its charts are not empty on a fresh
// install. They are marked isSample. Attitudes lean with age and shift a little between
// the "before" and "after" questionnaires, and each event of a questionnaire run at several
// events has its own pattern (`SamplePattern`), so breakdowns and comparisons show something.

export type Random = () => number;

/** A small deterministic generator (mulberry32): the same seed gives the same demo data. */
export function seededRandom(seed: number): Random {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function weighted<T>(random: Random, items: readonly T[], weights: readonly number[]): T {
  const total = weights.reduce((sum, w) => sum + w, 0);
  let pick = random() * total;
  for (const [index, item] of items.entries()) {
    pick -= weights[index] ?? 0;
    if (pick < 0) return item;
  }
  return items[items.length - 1]!;
}

const normalish = (random: Random) => (random() + random() + random() - 1.5) / 1.5;

/** Weights for well-known demographic questions; others are answered evenly. */
const knownWeights: Record<string, Record<string, number>> = {
  first_language: { lv: 3, ru: 5, ltg: 0.6, other: 0.5 },
  age_band: { u18: 0.6, "18_24": 1.4, "25_34": 1.8, "35_44": 1.9, "45_54": 1.7, "55_64": 1.5, "65p": 1.2 },
  years_in_city: { lt1: 0.4, "1_5": 1, "6_15": 1.5, gt15: 5, not_resident: 0.6 },
};

const sampleTexts: Record<string, string[]> = {
  lv: [
    "Vairāk tikšanos ar iedzīvotājiem apkaimēs.",
    "Informēt laikus un divās valodās.",
    "Rīkot šādus pasākumus biežāk.",
    "Ieklausīties jauniešos.",
  ],
  ru: [
    "Больше встреч с жителями в микрорайонах.",
    "Сообщать заранее и на двух языках.",
    "Проводить такие мероприятия чаще.",
    "Прислушиваться к молодёжи.",
  ],
  en: ["More meetings with residents in the neighbourhoods.", "Inform people early and in several languages."],
  sv: ["Fler möten med invånarna i bostadsområdena.", "Informera i god tid och på flera språk."],
  de: ["Mehr Treffen mit den Menschen in den Stadtteilen.", "Früh und in mehreren Sprachen informieren."],
  it: ["Più incontri con i cittadini nei quartieri.", "Informare per tempo e in più lingue."],
  es: ["Más encuentros con los vecinos en los barrios.", "Informar con tiempo y en varios idiomas."],
  fi: ["Enemmän tapaamisia asukkaiden kanssa asuinalueilla.", "Tiedottaminen ajoissa ja usealla kielellä."],
};

/** Scale choices (no "don't know") ordered from low to high. */
function scaleAnswer(question: ResidentQuestion, random: Random, lean: number): string {
  const dontKnow = question.options.find((o) => o.isDontKnow);
  if (dontKnow && random() < 0.06) return dontKnow.value;
  const points = question.options.filter((o) => !o.isDontKnow);
  const middle = (points.length - 1) / 2;
  const index = Math.round(middle + lean * middle * 0.7 + normalish(random) * middle * 0.8);
  return points[Math.max(0, Math.min(points.length - 1, index))]!.value;
}

const positiveStatement = /enrich|trust|contribut|welcome|benefit|equal/;

/**
 * How one event's people answer, on top of the common generator. Every part is optional and
 * an empty pattern draws exactly what the generator drew before patterns existed, so the
 * Daugavpils questionnaires' sample answers stay the same.
 */
export interface SamplePattern {
  /** Added to everyone's openness (about -1 … 1): below 0, more agreement with stereotypes. */
  opennessShift?: number;
  /** Added to the lean towards agreeing, per statement key of a matrix (or key of a Likert question). */
  agreement?: Record<string, number>;
  /** Weights of the languages people answer in (a language left out weighs 0.2). */
  languages?: Record<string, number>;
  /** Weights of a choice question's options by value, instead of `knownWeights`. */
  answers?: Record<string, Record<string, number>>;
}

interface Resident {
  language: string;
  /** How open to others, about -1 … 1. */
  openness: number;
  /** How active in city life, about -1 … 1. */
  activity: number;
}

function answerQuestion(question: ResidentQuestion, resident: Resident, random: Random, values: AnswerValues, pattern: SamplePattern) {
  const name = fieldName(question.key);
  if (!question.required && random() < 0.15) return;
  switch (question.type) {
    case "SINGLE_CHOICE":
    case "MULTIPLE_CHOICE": {
      const weights = pattern.answers?.[question.key] ?? knownWeights[question.key];
      const choices = question.options.filter((o) => !o.isOther || random() < 0.3);
      const pick = () => weighted(random, choices, choices.map((o) => weights?.[o.value] ?? 1)).value;
      const chosen =
        question.type === "MULTIPLE_CHOICE" ? [...new Set([pick(), ...(random() < 0.5 ? [pick()] : [])])] : [pick()];
      values[name] = chosen;
      if (chosen.some((value) => question.options.find((o) => o.value === value)?.isOther)) {
        values[fieldName(question.key, otherPart)] = [sampleTexts[resident.language]?.[0] ?? "—"];
      }
      return;
    }
    case "LIKERT":
      values[name] = [scaleAnswer(question, random, resident.openness + (pattern.agreement?.[question.key] ?? 0))];
      return;
    case "LIKERT_MATRIX":
      for (const statement of question.statements) {
        const isCivic = question.key.includes("civic");
        const lean = isCivic ? resident.activity : positiveStatement.test(statement.key) ? resident.openness : -resident.openness;
        values[fieldName(question.key, statement.key)] = [scaleAnswer(question, random, lean + (pattern.agreement?.[statement.key] ?? 0))];
      }
      return;
    case "RATING":
      values[name] = [String(Math.max(0, Math.min(10, Math.round(4.5 + resident.activity * 2.5 + normalish(random) * 2.5))))];
      return;
    case "NUMBER": {
      const min = question.min ?? 0;
      const max = Math.min(question.max ?? min + 10, min + 6);
      values[name] = [String(min + Math.floor(random() * random() * (max - min + 1)))];
      return;
    }
    default: {
      const texts = sampleTexts[resident.language] ?? sampleTexts.en!;
      if (question.type === "LONG_TEXT" && random() < 0.7) return;
      values[name] = [texts[Math.floor(random() * texts.length)]!];
    }
  }
}

function sampleResident(survey: SurveyWithQuestions, random: Random, pattern: SamplePattern): Resident {
  // Most answer in the questionnaire's main language (in Daugavpils, Russian as often), few in
  // English; elsewhere, in the languages the event's pattern gives.
  const weights = survey.languages.map((lang) =>
    pattern.languages ? (pattern.languages[lang] ?? 0.2) : lang === survey.defaultLanguage ? 5 : ({ ru: 5, en: 0.5 })[lang] ?? 0.3,
  );
  return {
    language: weighted(random, survey.languages, weights),
    openness: normalish(random) + (pattern.opennessShift ?? 0),
    activity: normalish(random),
  };
}

export function sampleAnswerValues(survey: SurveyWithQuestions, random: Random, pattern: SamplePattern = {}) {
  const resident = sampleResident(survey, random, pattern);
  const residentSurvey = toResidentSurvey(survey, resident.language);
  const values: AnswerValues = {};
  for (const question of allQuestions(residentSurvey)) {
    // Age shapes attitudes a little: the older, the less open, in this made-up sample.
    if (question.key === "age_band") {
      answerQuestion(question, resident, random, values, pattern);
      const ageIndex = question.options.findIndex((o) => o.value === values[fieldName("age_band")]?.[0]);
      resident.openness += (2 - ageIndex) * 0.12;
      continue;
    }
    if (visibleQuestionKeys(residentSurvey, values).has(question.key)) answerQuestion(question, resident, random, values, pattern);
  }
  const { errors, answers } = validateAnswers(residentSurvey, allQuestions(residentSurvey), values);
  if (Object.keys(errors).length) throw new Error(`Generated sample answers are invalid: ${JSON.stringify(errors)}`);
  return { language: resident.language, answers };
}

export interface SampleOptions {
  count: number;
  from: Date;
  to: Date;
  seed: number;
  pattern?: SamplePattern;
}

const hour = 60 * 60 * 1000;

/** Writes `count` generated responses, submitted during the event's opening hours (from `from`, 8 hours a day, until `to`). */
export async function writeSampleResponses(tx: Prisma.TransactionClient, survey: SurveyWithQuestions, options: SampleOptions) {
  const random = seededRandom(options.seed);
  const responses: Prisma.ResponseCreateManyInput[] = [];
  const answers: Prisma.AnswerCreateManyInput[] = [];
  for (let i = 0; i < options.count; i++) {
    const sample = sampleAnswerValues(survey, random, options.pattern);
    const id = randomUUID();
    const days = Math.max(1, Math.ceil((options.to.getTime() - options.from.getTime()) / (24 * hour)));
    const at = new Date(options.from.getTime() + Math.floor(random() * days) * 24 * hour + random() * 8 * hour);
    responses.push({
      id,
      surveyId: survey.id,
      language: sample.language,
      submittedHour: truncateToHour(at),
      idempotencyKey: randomUUID(),
      answersHash: answersHash(survey.id, sample.language, sample.answers),
      isSample: true,
    });
    answers.push(...answerRows(survey, sample.answers).map((row) => ({ ...row, responseId: id })));
  }
  await tx.response.createMany({ data: responses });
  // One INSERT of arrays: Prisma's createMany costs about 0.2 ms an answer row, which for the
  // demo's ~20,000 rows was most of the seed's time at start-up.
  await tx.$executeRaw`
    INSERT INTO "Answer" ("responseId", "questionId", "statementId", "optionId", "number", "text")
    SELECT * FROM unnest(
      ${answers.map((a) => a.responseId)}::uuid[], ${answers.map((a) => a.questionId)}::text[],
      ${answers.map((a) => a.statementId ?? null)}::text[], ${answers.map((a) => a.optionId ?? null)}::text[],
      ${answers.map((a) => a.number ?? null)}::float8[], ${answers.map((a) => a.text ?? null)}::text[])`;
}
