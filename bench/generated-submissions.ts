// Valid, complete answers to the demo questionnaire (DAUGAV) as form bodies, generated like the
// seed's sample responses and checked through the same parsing and validation the action uses.

const joinCode = "DAUGAV";
const poolSize = 500;

export interface Submission {
  language: string;
  /** The urlencoded form without its idempotency key. */
  form: string;
  /** The rows the app stores for it, in "Answer" column order. */
  answerRows: [string, string | null, string | null, number | null, string | null][];
  answersHash: string;
}

export async function submissionPool(databaseUrl: string) {
  // The app's modules create their Prisma client from DATABASE_URL when first imported.
  process.env.DATABASE_URL = databaseUrl;
  const { prisma } = await import("../app/db.server");
  const { findSurveyByJoinCode, toResidentSurvey } = await import("../app/survey/find-survey.server");
  const { allQuestions } = await import("../app/survey/conditions");
  const { fieldName, otherPart } = await import("../app/survey/resident-survey");
  const { answerValuesFromForm, unknownFields, validateAnswers } = await import("../app/survey/validate-answers");
  const { answerRows, answersHash } = await import("../app/survey/submit-response.server");
  const { sampleAnswerValues, seededRandom } = await import("../prisma/seed/sample-responses");

  const survey = await findSurveyByJoinCode(joinCode);
  await prisma.$disconnect();
  if (!survey) throw new Error(`The seeded survey ${joinCode} is missing`);
  const random = seededRandom(2026);
  const pool: Submission[] = [];
  for (let i = 0; i < poolSize; i++) {
    const { language, answers } = sampleAnswerValues(survey, random);
    const fields: [string, string][] = [];
    for (const answer of answers) {
      if (answer.statement) fields.push([fieldName(answer.question, answer.statement), answer.option!]);
      else if (answer.option !== undefined) {
        fields.push([fieldName(answer.question), answer.option]);
        if (answer.text !== undefined) fields.push([fieldName(answer.question, otherPart), answer.text]);
      } else if (answer.number !== undefined) fields.push([fieldName(answer.question), String(answer.number)]);
      else if (answer.text !== undefined) fields.push([fieldName(answer.question), answer.text]);
    }
    // Check the form the way the action reads it: it must give back exactly these answers.
    const form = new FormData();
    for (const [name, value] of fields) form.append(name, value);
    const values = answerValuesFromForm(form);
    const residentSurvey = toResidentSurvey(survey, language);
    const checked = validateAnswers(residentSurvey, allQuestions(residentSurvey), values);
    const hash = answersHash(survey.id, language, answers);
    if (unknownFields(residentSurvey, values).length || Object.keys(checked.errors).length || answersHash(survey.id, language, checked.answers) !== hash) {
      throw new Error(`Generated submission ${i} does not survive the form round trip: ${JSON.stringify(checked.errors)}`);
    }
    const params = new URLSearchParams([
      ["intent", "submit"],
      ["surveyId", survey.id],
      ["page", String(survey.sections.length - 1)],
      ...fields,
    ]);
    pool.push({
      language,
      form: params.toString(),
      answerRows: answerRows(survey, answers).map((row) => [row.questionId, row.statementId, row.optionId, row.number, row.text]),
      answersHash: hash,
    });
  }
  return { surveyId: survey.id, pool };
}

