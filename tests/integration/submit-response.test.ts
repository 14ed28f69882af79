import { randomBytes, randomUUID } from "node:crypto";
import { beforeAll, describe, expect, it } from "vitest";
import { prisma } from "~/db.server";
import { en } from "~/i18n/messages/en";
import type { SurveyStatus } from "~/generated/prisma/enums";
import { answerStep } from "~/survey/answer-steps.server";
import { createSurveyFromTemplate } from "~/survey/create-survey.server";
import { findSurveyByJoinCode, toResidentSurvey, type SurveyWithQuestions } from "~/survey/find-survey.server";
import { joinCodeAlphabet } from "~/survey/join-code";
import type { AnswerValues, ResidentSurvey } from "~/survey/resident-survey";
import { answersHash, submitResponse, truncateToHour, type Submission } from "~/survey/submit-response.server";
import { surveyTemplates } from "~/survey/templates";

// Against the real database: this file makes its own project and surveys (unique slug and
// join codes) so that it does not depend on, or disturb, any other test file.

function uniqueJoinCode(): string {
  const bytes = randomBytes(6);
  return [...bytes].map((b) => joinCodeAlphabet[b % joinCodeAlphabet.length]).join("");
}

interface Loaded {
  survey: SurveyWithQuestions;
  resident: ResidentSurvey;
}

let projectId = "";
let open: Loaded;
let other: Loaded;
let draft: Loaded;
let closed: Loaded;
let expired: Loaded;
let scheduled: Loaded;

async function makeSurvey(
  status: SurveyStatus,
  times: { opensAt?: Date | null; closesAt?: Date | null } = {},
): Promise<Loaded> {
  const joinCode = uniqueJoinCode();
  await prisma.$transaction(
    (tx) =>
      createSurveyFromTemplate(tx, {
        projectId,
        joinCode,
        template: surveyTemplates.stereotypes,
        status,
        ...times,
      }),
    { timeout: 30_000 },
  );
  const survey = await findSurveyByJoinCode(joinCode);
  if (!survey) throw new Error(`survey ${joinCode} was not written`);
  return { survey, resident: toResidentSurvey(survey, "lv") };
}

/** A complete, valid set of answers to the stereotypes questionnaire, as a form sends them. */
function completeAnswers(): AnswerValues {
  return {
    "q.age_band": ["25_34"],
    "q.gender": ["other"],
    "q.first_language": ["ru"],
    "q.years_in_city": ["gt15"],
    "q.household_size": ["3"],
    "q.stereotypes.newcomers_jobs": ["2"],
    "q.stereotypes.young_irresponsible": ["1"],
    "q.stereotypes.older_resist_change": ["3"],
    "q.stereotypes.other_language_separate": ["dk"],
    "q.stereotypes.other_religion_trust": ["5"],
    "q.stereotypes.newcomers_enrich": ["4"],
    "q.stereotypes.older_burden": ["1"],
    "q.eu_belonging": ["dk"],
    "q.voted_municipal": ["yes"],
    "q.civic_engagement.public_meeting": ["1"],
    "q.civic_engagement.volunteered": ["2"],
    "q.civic_engagement.petition": ["3"],
    "q.civic_engagement.contacted_council": ["4"],
    "q.civic_engagement.ngo_activity": ["5"],
    "q.barriers": ["time", "language", "other"],
    "q.barriers.other": ["Nav transporta"],
    "q.barriers_language_detail": ["Angļu"],
    "q.influence": ["7"],
    "q.attended_event_before": ["no"],
    "q.message_to_city": ["Vairāk soliņu parkos."],
  };
}

/** Only the required questions. */
function minimalAnswers(): AnswerValues {
  return {
    "q.age_band": ["65p"],
    "q.gender": ["woman"],
    "q.first_language": ["lv"],
    "q.years_in_city": ["1_5"],
    "q.stereotypes.newcomers_jobs": ["3"],
    "q.stereotypes.young_irresponsible": ["3"],
    "q.stereotypes.older_resist_change": ["3"],
    "q.stereotypes.other_language_separate": ["3"],
    "q.stereotypes.other_religion_trust": ["3"],
    "q.stereotypes.newcomers_enrich": ["3"],
    "q.stereotypes.older_burden": ["3"],
    "q.voted_municipal": ["no"],
    "q.civic_engagement.public_meeting": ["1"],
    "q.civic_engagement.volunteered": ["1"],
    "q.civic_engagement.petition": ["1"],
    "q.civic_engagement.contacted_council": ["1"],
    "q.civic_engagement.ngo_activity": ["1"],
    "q.influence": ["0"],
  };
}

type Row = [question: string, statement: string | null, option: string | null, number: number | null, text: string | null];

/** The stored rows of one response by stable keys, sorted, so that they compare as a set. */
async function storedRows(responseId: string): Promise<Row[]> {
  const answers = await prisma.answer.findMany({
    where: { responseId },
    include: {
      question: { select: { key: true, surveyId: true } },
      statement: { select: { key: true, questionId: true } },
      option: { select: { value: true, questionId: true } },
    },
  });
  for (const answer of answers) {
    // Every row points at a question of the response's survey and at its own statement/option.
    if (answer.statement) expect(answer.statement.questionId).toBe(answer.questionId);
    if (answer.option) expect(answer.option.questionId).toBe(answer.questionId);
  }
  return answers
    .map((a): Row => [a.question.key, a.statement?.key ?? null, a.option?.value ?? null, a.number, a.text])
    .sort((x, y) => JSON.stringify(x).localeCompare(JSON.stringify(y)));
}

const sortRows = (rows: Row[]) => [...rows].sort((x, y) => JSON.stringify(x).localeCompare(JSON.stringify(y)));

async function counts() {
  const [responses, answers] = await Promise.all([prisma.response.count(), prisma.answer.count()]);
  return { responses, answers };
}

function submission(target: Loaded, values: AnswerValues, extra: Partial<Submission> = {}): Submission {
  return {
    survey: target.survey,
    residentSurvey: target.resident,
    language: "lv",
    idempotencyKey: randomUUID(),
    values,
    ...extra,
  };
}

beforeAll(async () => {
  const suffix = randomBytes(4).toString("hex");
  const project = await prisma.project.create({
    data: {
      timeZone: "Europe/Riga",
      slug: `test-submit-response-${suffix}`,
      name: { en: "Submission tests" },
      startsOn: new Date("2017-10-16"),
      endsOn: new Date("2019-10-15"),
    },
  });
  projectId = project.id;
  const hour = 3_600_000;
  open = await makeSurvey("OPEN");
  other = await makeSurvey("OPEN");
  draft = await makeSurvey("DRAFT");
  closed = await makeSurvey("CLOSED");
  expired = await makeSurvey("OPEN", { opensAt: new Date(Date.now() - 48 * hour), closesAt: new Date(Date.now() - hour) });
  scheduled = await makeSurvey("OPEN", { opensAt: new Date(Date.now() + 24 * hour) });
});

describe("the survey written from the stereotypes template", () => {
  it("loads with every question type and the conditional question", () => {
    const questions = open.resident.sections.flatMap((s) => s.questions);
    expect(new Set(questions.map((q) => q.type))).toEqual(
      new Set(["SINGLE_CHOICE", "MULTIPLE_CHOICE", "LIKERT", "LIKERT_MATRIX", "RATING", "NUMBER", "SHORT_TEXT", "LONG_TEXT"]),
    );
    expect(questions.find((q) => q.key === "barriers_language_detail")?.showIf).toEqual({
      question: "barriers",
      option: "language",
    });
    expect(questions.find((q) => q.key === "household_size")).toMatchObject({ min: 1, max: 20 });
    expect(open.resident.sections).toHaveLength(4);
  });
});

describe("truncateToHour and answersHash", () => {
  it("truncateToHour keeps only the hour (UTC)", () => {
    expect(truncateToHour(new Date("2019-10-10T14:59:59.999Z")).toISOString()).toBe("2019-10-10T14:00:00.000Z");
    expect(truncateToHour(new Date("2019-10-10T00:00:00.000Z")).toISOString()).toBe("2019-10-10T00:00:00.000Z");
  });

  it("answersHash does not depend on row order but on survey, language and content", () => {
    const rows = [
      { question: "a", option: "1" },
      { question: "b", number: 2 },
    ];
    const hash = answersHash("s", "lv", rows);
    expect(answersHash("s", "lv", [...rows].reverse())).toBe(hash);
    expect(answersHash("s", "ru", rows)).not.toBe(hash);
    expect(answersHash("t", "lv", rows)).not.toBe(hash);
    expect(answersHash("s", "lv", [{ question: "a", option: "1" }, { question: "b", number: 3 }])).not.toBe(hash);
  });
});

describe("submitResponse: a valid submission", () => {
  it("stores one response with exactly the answers given", async () => {
    const before = await counts();
    const key = randomUUID();
    const now = new Date("2019-10-10T14:37:29.123Z");
    const result = await submitResponse(submission(open, completeAnswers(), { idempotencyKey: key, now, language: "lv" }));
    expect(result.kind).toBe("saved");
    if (result.kind !== "saved") return;

    const response = await prisma.response.findUniqueOrThrow({ where: { id: result.responseId } });
    expect(response).toMatchObject({
      surveyId: open.survey.id,
      language: "lv",
      idempotencyKey: key,
      isSample: false,
    });
    expect(response.submittedHour.toISOString()).toBe("2019-10-10T14:00:00.000Z");
    // A random (version 4) UUID, not a serial or time-ordered id.
    expect(response.id).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);

    const expected: Row[] = [
      ["age_band", null, "25_34", null, null],
      ["gender", null, "other", null, null],
      ["first_language", null, "ru", null, null],
      ["years_in_city", null, "gt15", null, null],
      ["household_size", null, null, 3, null],
      ["stereotypes", "newcomers_jobs", "2", null, null],
      ["stereotypes", "young_irresponsible", "1", null, null],
      ["stereotypes", "older_resist_change", "3", null, null],
      ["stereotypes", "other_language_separate", "dk", null, null],
      ["stereotypes", "other_religion_trust", "5", null, null],
      ["stereotypes", "newcomers_enrich", "4", null, null],
      ["stereotypes", "older_burden", "1", null, null],
      ["eu_belonging", null, "dk", null, null],
      ["voted_municipal", null, "yes", null, null],
      ["civic_engagement", "public_meeting", "1", null, null],
      ["civic_engagement", "volunteered", "2", null, null],
      ["civic_engagement", "petition", "3", null, null],
      ["civic_engagement", "contacted_council", "4", null, null],
      ["civic_engagement", "ngo_activity", "5", null, null],
      ["barriers", null, "time", null, null],
      ["barriers", null, "language", null, null],
      ["barriers", null, "other", null, "Nav transporta"],
      ["barriers_language_detail", null, null, null, "Angļu"],
      ["influence", null, null, 7, null],
      ["attended_event_before", null, "no", null, null],
      ["message_to_city", null, null, null, "Vairāk soliņu parkos."],
    ];
    expect(await storedRows(result.responseId)).toEqual(sortRows(expected));

    // The answers point at this survey's own questions.
    const foreign = await prisma.answer.count({
      where: { responseId: result.responseId, question: { surveyId: { not: open.survey.id } } },
    });
    expect(foreign).toBe(0);
    expect(await counts()).toEqual({ responses: before.responses + 1, answers: before.answers + expected.length });
  });

  it("stores only the required answers when the optional ones are left out", async () => {
    const before = await counts();
    const result = await submitResponse(submission(open, { ...minimalAnswers(), "q.message_to_city": ["   "] }, { language: "ru" }));
    expect(result.kind).toBe("saved");
    if (result.kind !== "saved") return;
    const rows = await storedRows(result.responseId);
    expect(rows).toHaveLength(18);
    expect(rows.map((r) => r[0])).not.toContain("household_size");
    expect(rows.map((r) => r[0])).not.toContain("message_to_city");
    expect(rows).toContainEqual(["influence", null, null, 0, null]);
    expect((await prisma.response.findUniqueOrThrow({ where: { id: result.responseId } })).language).toBe("ru");
    expect(await counts()).toEqual({ responses: before.responses + 1, answers: before.answers + 18 });
  });

  it("stores a decimal comma number as a number", async () => {
    const values = { ...minimalAnswers(), "q.household_size": ["2,5"] };
    const result = await submitResponse(submission(open, values));
    expect(result.kind).toBe("saved");
    if (result.kind !== "saved") return;
    expect(await storedRows(result.responseId)).toContainEqual(["household_size", null, null, 2.5, null]);
  });

  it("ignores (does not store) the answer to a hidden conditional question", async () => {
    const before = await counts();
    const values = {
      ...minimalAnswers(),
      "q.barriers": ["time"],
      // Shown only when "language" is among the barriers, which it is not.
      "q.barriers_language_detail": ["should not be stored"],
    };
    const result = await submitResponse(submission(open, values));
    expect(result.kind).toBe("saved");
    if (result.kind !== "saved") return;
    const rows = await storedRows(result.responseId);
    expect(rows.map((r) => r[0])).not.toContain("barriers_language_detail");
    expect(rows).toContainEqual(["barriers", null, "time", null, null]);
    expect(rows).toHaveLength(19);
    expect(await counts()).toEqual({ responses: before.responses + 1, answers: before.answers + 19 });
  });

  it("does not validate the answer to a hidden question either (too long, but hidden)", async () => {
    const values = { ...minimalAnswers(), "q.barriers_language_detail": ["x".repeat(10_000)] };
    const result = await submitResponse(submission(open, values));
    expect(result.kind).toBe("saved");
  });
});

describe("submitResponse: retries", () => {
  it("the same key with the same answers returns the first receipt and stores nothing new", async () => {
    const key = randomUUID();
    const first = await submitResponse(submission(open, completeAnswers(), { idempotencyKey: key }));
    expect(first.kind).toBe("saved");
    if (first.kind !== "saved") return;
    const before = await counts();

    const again = await submitResponse(submission(open, completeAnswers(), { idempotencyKey: key }));
    expect(again).toEqual({ kind: "duplicate", responseId: first.responseId });

    // The order of a multiple choice's values and surrounding spaces do not make it different.
    const reordered = { ...completeAnswers(), "q.barriers": ["other", " time", "language"] };
    const third = await submitResponse(submission(open, reordered, { idempotencyKey: key, now: new Date(Date.now() + 7_200_000) }));
    expect(third).toEqual({ kind: "duplicate", responseId: first.responseId });

    expect(await counts()).toEqual(before);
    expect(await prisma.response.count({ where: { idempotencyKey: key } })).toBe(1);
  });

  it("the same key while the first copy is still being written answers 'in progress' and stores nothing", async () => {
    const key = randomUUID();
    const before = await counts();
    // Another request holds the key's lock, as the first copy's transaction does while it writes.
    let release!: () => void;
    const released = new Promise<void>((resolve) => (release = resolve));
    let locked!: () => void;
    const holding = new Promise<void>((resolve) => (locked = resolve));
    const first = prisma.$transaction(
      async (tx) => {
        await tx.$queryRaw`SELECT 1 AS locked FROM (SELECT pg_advisory_xact_lock(hashtextextended(${key}, 0))) AS l`;
        locked();
        await released;
      },
      { timeout: 10_000 },
    );
    await holding;
    const second = await submitResponse(submission(open, completeAnswers(), { idempotencyKey: key }));
    release();
    await first;
    expect(second).toEqual({ kind: "inProgress" });
    expect(await counts()).toEqual(before);
    // Once the first copy is done, the key is free again.
    expect((await submitResponse(submission(open, completeAnswers(), { idempotencyKey: key }))).kind).toBe("saved");
  });

  it("the same key with different answers is refused and stores nothing", async () => {
    const key = randomUUID();
    const first = await submitResponse(submission(open, completeAnswers(), { idempotencyKey: key }));
    expect(first.kind).toBe("saved");
    if (first.kind !== "saved") return;
    const before = await counts();

    const changed = await submitResponse(
      submission(open, { ...completeAnswers(), "q.influence": ["8"] }, { idempotencyKey: key }),
    );
    expect(changed).toEqual({ kind: "keyReused" });

    const otherLanguage = await submitResponse(submission(open, completeAnswers(), { idempotencyKey: key, language: "en" }));
    expect(otherLanguage).toEqual({ kind: "keyReused" });

    const otherSurvey = await submitResponse(submission(other, completeAnswers(), { idempotencyKey: key }));
    expect(otherSurvey).toEqual({ kind: "keyReused" });

    expect(await counts()).toEqual(before);
    const stored = await storedRows(first.responseId);
    expect(stored).toContainEqual(["influence", null, null, 7, null]);
    expect(stored).not.toContainEqual(["influence", null, null, 8, null]);
  });

  it("two submissions with the same key at the same time store exactly one response", async () => {
    const before = await counts();
    const key = randomUUID();
    const results = await Promise.all([
      submitResponse(submission(open, completeAnswers(), { idempotencyKey: key })),
      submitResponse(submission(open, completeAnswers(), { idempotencyKey: key })),
    ]);
    // The second copy either finds the first written (its receipt) or still being written.
    const [saved, other] = [...results].sort((a) => (a.kind === "saved" ? -1 : 1));
    expect(saved!.kind).toBe("saved");
    expect(["duplicate", "inProgress"]).toContain(other!.kind);
    if (other!.kind === "duplicate" && saved!.kind === "saved") expect(other!.responseId).toBe(saved!.responseId);
    expect(await prisma.response.count({ where: { idempotencyKey: key } })).toBe(1);
    expect(await counts()).toEqual({ responses: before.responses + 1, answers: before.answers + 26 });
  });

  it("many concurrent copies of one submission still store one response", async () => {
    const before = await counts();
    const key = randomUUID();
    const results = await Promise.all(
      Array.from({ length: 8 }, () => submitResponse(submission(open, minimalAnswers(), { idempotencyKey: key }))),
    );
    expect(results.filter((r) => r.kind === "saved")).toHaveLength(1);
    expect(results.filter((r) => r.kind === "duplicate" || r.kind === "inProgress")).toHaveLength(7);
    expect(await counts()).toEqual({ responses: before.responses + 1, answers: before.answers + 18 });
  });
});

describe("submitResponse: bad input stores nothing", () => {
  async function expectNothingStored(sub: Submission) {
    const before = await counts();
    const result = await submitResponse(sub);
    expect(await counts()).toEqual(before);
    expect(await prisma.response.count({ where: { idempotencyKey: sub.idempotencyKey } })).toBe(0);
    return result;
  }

  it("a missing required answer", async () => {
    const { "q.age_band": _dropped, ...values } = completeAnswers();
    expect(await expectNothingStored(submission(open, values))).toEqual({
      kind: "invalid",
      errors: { age_band: { message: "field.required" } },
    });
  });

  it("a required matrix answered partly", async () => {
    const { "q.stereotypes.older_burden": _dropped, ...values } = completeAnswers();
    expect(await expectNothingStored(submission(open, values))).toEqual({
      kind: "invalid",
      errors: { stereotypes: { message: "field.requiredEveryStatement" } },
    });
  });

  it("nothing answered at all", async () => {
    const result = await expectNothingStored(submission(open, {}));
    expect(result.kind).toBe("invalid");
    if (result.kind !== "invalid") return;
    expect(Object.keys(result.errors).sort()).toEqual(
      ["age_band", "civic_engagement", "first_language", "gender", "influence", "stereotypes", "voted_municipal", "years_in_city"],
    );
  });

  it("an unknown option value", async () => {
    expect(await expectNothingStored(submission(open, { ...completeAnswers(), "q.age_band": ["99"] }))).toEqual({
      kind: "invalid",
      errors: { age_band: { message: "field.invalidChoice" } },
    });
    expect(
      await expectNothingStored(submission(open, { ...completeAnswers(), "q.barriers": ["time", "weather"] })),
    ).toMatchObject({ kind: "invalid", errors: { barriers: { message: "field.invalidChoice" } } });
    expect(
      await expectNothingStored(submission(open, { ...completeAnswers(), "q.stereotypes.older_burden": ["6"] })),
    ).toMatchObject({ kind: "invalid", errors: { stereotypes: { message: "field.invalidChoice" } } });
  });

  it("two answers to a single choice", async () => {
    expect(
      await expectNothingStored(submission(open, { ...completeAnswers(), "q.gender": ["woman", "man"] })),
    ).toMatchObject({ kind: "invalid", errors: { gender: { message: "field.invalidChoice" } } });
  });

  it("a number out of range or not a number", async () => {
    expect(await expectNothingStored(submission(open, { ...completeAnswers(), "q.household_size": ["21"] }))).toEqual({
      kind: "invalid",
      errors: { household_size: { message: "field.tooLarge", vars: { min: 1, max: 20 } } },
    });
    expect(await expectNothingStored(submission(open, { ...completeAnswers(), "q.household_size": ["0"] }))).toMatchObject({
      kind: "invalid",
      errors: { household_size: { message: "field.tooSmall" } },
    });
    expect(await expectNothingStored(submission(open, { ...completeAnswers(), "q.influence": ["11"] }))).toMatchObject({
      kind: "invalid",
      errors: { influence: { message: "field.tooLarge" } },
    });
    expect(await expectNothingStored(submission(open, { ...completeAnswers(), "q.influence": ["7.5"] }))).toMatchObject({
      kind: "invalid",
      errors: { influence: { message: "field.notAWholeNumber" } },
    });
    expect(await expectNothingStored(submission(open, { ...completeAnswers(), "q.influence": ["seven"] }))).toMatchObject({
      kind: "invalid",
      errors: { influence: { message: "field.notANumber" } },
    });
  });

  it("a number too long to represent is refused with a message the page can show", async () => {
    for (const [field, key] of [
      ["q.household_size", "household_size"],
      ["q.influence", "influence"],
    ] as const) {
      const result = await expectNothingStored(submission(open, { ...completeAnswers(), [field]: ["9".repeat(400)] }));
      expect(result.kind).toBe("invalid");
      if (result.kind !== "invalid") continue;
      expect(Object.keys(en)).toContain(result.errors[key]?.message);
    }
  });

  it("a text with a NUL or another control character is refused with a message next to it, never a database error", async () => {
    for (const [field, key] of [
      ["q.message_to_city", "message_to_city"],
      ["q.barriers.other", "barriers"],
    ] as const) {
      for (const text of ["a\u0000b", "x\u0007", "\u009b"]) {
        const result = await expectNothingStored(submission(open, { ...completeAnswers(), [field]: [text] }));
        expect(result, `${field} = ${JSON.stringify(text)}`).toEqual({ kind: "invalid", errors: { [key]: { message: "form.controlCharacters", vars: expect.anything() } } });
      }
    }
  });

  it("a text over 5,000 characters", async () => {
    expect(
      await expectNothingStored(submission(open, { ...completeAnswers(), "q.message_to_city": ["a".repeat(5001)] })),
    ).toEqual({ kind: "invalid", errors: { message_to_city: { message: "field.tooLong", vars: { count: 5000 } } } });
  });

  it("an 'other' option without its text, or with too long a text", async () => {
    const { "q.barriers.other": _dropped, ...values } = completeAnswers();
    expect(await expectNothingStored(submission(open, values))).toMatchObject({
      kind: "invalid",
      errors: { barriers: { message: "field.otherRequired" } },
    });
    expect(
      await expectNothingStored(submission(open, { ...completeAnswers(), "q.barriers.other": ["b".repeat(501)] })),
    ).toMatchObject({ kind: "invalid", errors: { barriers: { message: "field.tooLong" } } });
  });

  it("a field of an unknown question, statement or 'other' box", async () => {
    expect(await expectNothingStored(submission(open, { ...completeAnswers(), "q.favourite_colour": ["red"] }))).toEqual({
      kind: "unknownFields",
      fields: ["q.favourite_colour"],
    });
    expect(
      await expectNothingStored(submission(open, { ...completeAnswers(), "q.stereotypes.no_such_statement": ["1"] })),
    ).toEqual({ kind: "unknownFields", fields: ["q.stereotypes.no_such_statement"] });
    expect(
      await expectNothingStored(submission(open, { ...completeAnswers(), "q.age_band.other": ["x"] })),
    ).toEqual({ kind: "unknownFields", fields: ["q.age_band.other"] });
  });

  it("a survey that is not open: draft, closed, past its closing time, before its opening time", async () => {
    for (const target of [draft, closed, expired, scheduled]) {
      expect(await expectNothingStored(submission(target, completeAnswers()))).toEqual({ kind: "notOpen" });
    }
  });

  it("an open survey submitted after its closing time", async () => {
    const later = new Date(Date.now() + 365 * 24 * 3_600_000);
    const closesSoon = { ...open.survey, closesAt: new Date(Date.now() + 3_600_000) };
    expect(
      await expectNothingStored(submission({ ...open, survey: closesSoon }, completeAnswers(), { now: later })),
    ).toEqual({ kind: "notOpen" });
  });

  it("a refused submission does not use up its key", async () => {
    const key = randomUUID();
    const refused = await expectNothingStored(
      submission(open, { ...completeAnswers(), "q.influence": ["11"] }, { idempotencyKey: key }),
    );
    expect(refused.kind).toBe("invalid");
    const accepted = await submitResponse(submission(open, completeAnswers(), { idempotencyKey: key }));
    expect(accepted.kind).toBe("saved");
  });
});

// --- The multi-page form ----------------------------------------------------------------------

function formData(fields: Record<string, string | string[]>): FormData {
  const form = new FormData();
  for (const [name, value] of Object.entries(fields)) {
    for (const v of Array.isArray(value) ? value : [value]) form.append(name, v);
  }
  return form;
}

function stepForm(
  target: Loaded,
  intent: string,
  page: number,
  values: AnswerValues,
  idempotencyKey: string = randomUUID(),
  surveyId: string = target.survey.id,
): FormData {
  return formData({ surveyId, idempotencyKey, page: String(page), intent, ...values });
}

function pageOne(): AnswerValues {
  const all = completeAnswers();
  return Object.fromEntries(
    ["q.age_band", "q.gender", "q.first_language", "q.years_in_city", "q.household_size"].map((k) => [k, all[k]!]),
  );
}

describe("answerStep", () => {
  it("'next' with errors on page 0 stays on page 0 with status 400, the errors and the answers kept", async () => {
    const key = randomUUID();
    const values = { "q.age_band": ["25_34"], "q.household_size": ["99"] };
    const result = await answerStep(open.survey, open.resident, "lv", stepForm(open, "next", 0, values, key));
    expect(result.kind).toBe("step");
    if (result.kind !== "step") return;
    expect(result.status).toBe(400);
    expect(result.step.page).toBe(0);
    expect(result.step.idempotencyKey).toBe(key);
    expect(result.step.values).toEqual(values);
    expect(result.step.formError).toBeUndefined();
    expect(result.step.errors).toEqual({
      gender: { message: "field.required" },
      first_language: { message: "field.required" },
      years_in_city: { message: "field.required" },
      household_size: { message: "field.tooLarge", vars: { min: 1, max: 20 } },
    });
  });

  it("'next' checks only the current page", async () => {
    // Page 0 valid; later pages not answered yet.
    const result = await answerStep(open.survey, open.resident, "lv", stepForm(open, "next", 0, pageOne()));
    expect(result).toMatchObject({ kind: "step", status: 200, step: { page: 1, errors: {} } });
  });

  it("'next' on a later page goes on to the following page", async () => {
    const values = { ...completeAnswers() };
    const result = await answerStep(open.survey, open.resident, "lv", stepForm(open, "next", 2, values));
    expect(result).toMatchObject({ kind: "step", status: 200, step: { page: 3, errors: {} } });
  });

  it("'back' goes to the previous page without checking answers", async () => {
    const result = await answerStep(open.survey, open.resident, "lv", stepForm(open, "back", 2, { "q.influence": ["99"] }));
    expect(result).toMatchObject({ kind: "step", status: 200, step: { page: 1, errors: {} } });
    const first = await answerStep(open.survey, open.resident, "lv", stepForm(open, "back", 0, {}));
    expect(first).toMatchObject({ kind: "step", status: 200, step: { page: 0 } });
  });

  it("'submit' with valid answers is done and stores one response; a retry stores nothing new", async () => {
    const before = await counts();
    const key = randomUUID();
    const form = () => stepForm(open, "submit", 3, completeAnswers(), key);
    expect(await answerStep(open.survey, open.resident, "ru", form())).toEqual({ kind: "done", surveyId: open.survey.id });
    expect(await counts()).toEqual({ responses: before.responses + 1, answers: before.answers + 26 });
    const stored = await prisma.response.findUniqueOrThrow({ where: { idempotencyKey: key } });
    expect(stored.language).toBe("ru");

    expect(await answerStep(open.survey, open.resident, "ru", form())).toEqual({ kind: "done", surveyId: open.survey.id });
    expect(await counts()).toEqual({ responses: before.responses + 1, answers: before.answers + 26 });
  });

  it("'submit' with an error returns 400 on the first page that has one, storing nothing", async () => {
    const before = await counts();
    const { "q.civic_engagement.petition": _dropped, ...values } = completeAnswers();
    const result = await answerStep(open.survey, open.resident, "lv", stepForm(open, "submit", 3, values));
    expect(result).toMatchObject({
      kind: "step",
      status: 400,
      step: { page: 2, errors: { civic_engagement: { message: "field.requiredEveryStatement" } } },
    });
    expect(await counts()).toEqual(before);
  });

  it("answers for another survey are refused with submission.otherSurvey and nothing stored", async () => {
    const before = await counts();
    const key = randomUUID();
    const result = await answerStep(
      open.survey,
      open.resident,
      "lv",
      stepForm(open, "submit", 3, completeAnswers(), key, other.survey.id),
    );
    expect(result).toMatchObject({ kind: "step", status: 400, step: { formError: "submission.otherSurvey" } });
    expect(await counts()).toEqual(before);
    expect(await prisma.response.count({ where: { idempotencyKey: key } })).toBe(0);
  });

  it("a malformed idempotency key makes the form out of date (400), nothing stored", async () => {
    const before = await counts();
    for (const badKey of ["not-a-uuid", "", "12345"]) {
      const result = await answerStep(
        open.survey,
        open.resident,
        "lv",
        stepForm(open, "submit", 3, completeAnswers(), badKey),
      );
      expect(result.kind).toBe("step");
      if (result.kind !== "step") continue;
      expect(result.status).toBe(400);
      expect(result.step.formError).toBe("submission.outOfDate");
      // A fresh, valid key for the next try, with the answers kept.
      expect(result.step.idempotencyKey).toMatch(/^[0-9a-f-]{36}$/);
      expect(result.step.values).toEqual(completeAnswers());
    }
    expect(await counts()).toEqual(before);
  });

  it("a missing or unknown intent makes the form out of date", async () => {
    const bad = formData({ surveyId: open.survey.id, idempotencyKey: randomUUID(), page: "0", intent: "finish" });
    expect(await answerStep(open.survey, open.resident, "lv", bad)).toMatchObject({
      kind: "step",
      status: 400,
      step: { formError: "submission.outOfDate" },
    });
    const noIntent = formData({ surveyId: open.survey.id, idempotencyKey: randomUUID(), page: "0" });
    expect(await answerStep(open.survey, open.resident, "lv", noIntent)).toMatchObject({
      kind: "step",
      status: 400,
      step: { formError: "submission.outOfDate" },
    });
  });

  it("'submit' to a survey that is not open returns submission.notOpen, nothing stored", async () => {
    const before = await counts();
    for (const target of [draft, closed, expired]) {
      const result = await answerStep(target.survey, target.resident, "lv", stepForm(target, "submit", 3, completeAnswers()));
      expect(result).toMatchObject({ kind: "step", status: 400, step: { formError: "submission.notOpen" } });
    }
    expect(await counts()).toEqual(before);
  });

  it("'submit' with an unknown field makes the form out of date, nothing stored", async () => {
    const before = await counts();
    const result = await answerStep(
      open.survey,
      open.resident,
      "lv",
      stepForm(open, "submit", 3, { ...completeAnswers(), "q.removed_question": ["x"] }),
    );
    expect(result).toMatchObject({ kind: "step", status: 400, step: { formError: "submission.outOfDate" } });
    expect(await counts()).toEqual(before);
  });

  it("'submit' reusing a key with other answers returns 422 submission.keyReused", async () => {
    const key = randomUUID();
    expect(await answerStep(open.survey, open.resident, "lv", stepForm(open, "submit", 3, completeAnswers(), key))).toEqual({
      kind: "done",
      surveyId: open.survey.id,
    });
    const before = await counts();
    const result = await answerStep(
      open.survey,
      open.resident,
      "lv",
      stepForm(open, "submit", 3, { ...completeAnswers(), "q.influence": ["2"] }, key),
    );
    expect(result).toMatchObject({ kind: "step", status: 422, step: { formError: "submission.keyReused" } });
    expect(await counts()).toEqual(before);
  });
});
