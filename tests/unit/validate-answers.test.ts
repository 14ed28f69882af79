import { describe, expect, it } from "vitest";
import type { QuestionType } from "~/generated/prisma/enums";
import { en } from "~/i18n/messages/en";
import {
  textLimits,
  type AnswerValues,
  type ResidentOption,
  type ResidentQuestion,
  type ResidentSurvey,
} from "~/survey/resident-survey";
import {
  answerValuesFromForm,
  unknownFields,
  validateAnswers,
  validateQuestion,
} from "~/survey/validate-answers";

// Small hand-built questions, one per type, so each rule is checked in isolation.

function option(value: string, extra: Partial<ResidentOption> = {}): ResidentOption {
  return { value, label: value, isOther: false, isDontKnow: false, ...extra };
}

function question(
  key: string,
  type: QuestionType,
  extra: Partial<ResidentQuestion> = {},
): ResidentQuestion {
  return {
    key,
    type,
    required: true,
    text: key,
    help: "",
    options: [],
    statements: [],
    showIf: null,
    ...extra,
  };
}

function surveyOf(...questions: ResidentQuestion[]): ResidentSurvey {
  return {
    id: "survey-1",
    joinCode: "ABCDEF",
    title: "Test",
    intro: "",
    sections: [{ title: "Only section", questions }],
  };
}

const agreement = ["1", "2", "3", "4", "5"].map((v) => option(v));
const dontKnow = option("dk", { isDontKnow: true });

const single = question("colour", "SINGLE_CHOICE", {
  options: [option("red"), option("green"), option("blue")],
});
const multiple = question("barriers", "MULTIPLE_CHOICE", {
  options: [option("time"), option("language"), option("other", { isOther: true })],
});
const likert = question("agree", "LIKERT", { options: [...agreement, dontKnow] });
const matrix = question("stereo", "LIKERT_MATRIX", {
  options: [...agreement, dontKnow],
  statements: [
    { key: "s1", text: "Statement 1" },
    { key: "s2", text: "Statement 2" },
    { key: "s3", text: "Statement 3" },
  ],
});
const rating = question("influence", "RATING");
const number = question("household", "NUMBER", { min: 1, max: 20 });
const shortText = question("lang_detail", "SHORT_TEXT");
const longText = question("message", "LONG_TEXT");

describe("validateQuestion: SINGLE_CHOICE", () => {
  it("accepts one of the options and returns one row", () => {
    expect(validateQuestion(single, { "q.colour": ["green"] })).toEqual({
      answers: [{ question: "colour", option: "green" }],
    });
  });

  it("trims the value", () => {
    expect(validateQuestion(single, { "q.colour": [" red "] })).toEqual({
      answers: [{ question: "colour", option: "red" }],
    });
  });

  it("requires an answer when required", () => {
    expect(validateQuestion(single, {})).toEqual({ error: { message: "field.required" } });
    expect(validateQuestion(single, { "q.colour": [] })).toEqual({ error: { message: "field.required" } });
    expect(validateQuestion(single, { "q.colour": [""] })).toEqual({ error: { message: "field.required" } });
  });

  it("rejects an unknown option", () => {
    expect(validateQuestion(single, { "q.colour": ["purple"] })).toEqual({
      error: { message: "field.invalidChoice" },
    });
  });

  it("rejects two values", () => {
    expect(validateQuestion(single, { "q.colour": ["red", "blue"] })).toEqual({
      error: { message: "field.invalidChoice" },
    });
    expect(validateQuestion(single, { "q.colour": ["purple", "blue"] })).toEqual({
      error: { message: "field.invalidChoice" },
    });
  });

  it("an optional question left empty gives no rows", () => {
    expect(validateQuestion({ ...single, required: false }, {})).toEqual({ answers: [] });
  });

  it("stores the text of an 'other' option on that option's row", () => {
    const gender = question("gender", "SINGLE_CHOICE", {
      options: [option("woman"), option("man"), option("other", { isOther: true })],
    });
    expect(validateQuestion(gender, { "q.gender": ["other"], "q.gender.other": [" self-described "] })).toEqual({
      answers: [{ question: "gender", option: "other", text: "self-described" }],
    });
    expect(validateQuestion(gender, { "q.gender": ["other"] })).toEqual({
      error: { message: "field.otherRequired" },
    });
    // Text typed into "other" but another option chosen: the text is dropped.
    expect(validateQuestion(gender, { "q.gender": ["man"], "q.gender.other": ["ignored"] })).toEqual({
      answers: [{ question: "gender", option: "man" }],
    });
  });
});

describe("validateQuestion: MULTIPLE_CHOICE", () => {
  it("accepts several options, one row each, in the order given", () => {
    expect(validateQuestion(multiple, { "q.barriers": ["time", "language"] })).toEqual({
      answers: [
        { question: "barriers", option: "time" },
        { question: "barriers", option: "language" },
      ],
    });
  });

  it("removes duplicate values", () => {
    expect(validateQuestion(multiple, { "q.barriers": ["time", "time", " time"] })).toEqual({
      answers: [{ question: "barriers", option: "time" }],
    });
  });

  it("requires the text of the 'other' option when it is chosen", () => {
    expect(validateQuestion(multiple, { "q.barriers": ["time", "other"] })).toEqual({
      error: { message: "field.otherRequired" },
    });
    expect(validateQuestion(multiple, { "q.barriers": ["other"], "q.barriers.other": ["   "] })).toEqual({
      error: { message: "field.otherRequired" },
    });
  });

  it("puts the 'other' text on the 'other' row only", () => {
    expect(
      validateQuestion(multiple, { "q.barriers": ["time", "other"], "q.barriers.other": ["No transport"] }),
    ).toEqual({
      answers: [
        { question: "barriers", option: "time" },
        { question: "barriers", option: "other", text: "No transport" },
      ],
    });
  });

  it("accepts 'other' text of 500 characters and rejects 501", () => {
    const ok = "x".repeat(textLimits.other);
    expect(textLimits.other).toBe(500);
    expect(validateQuestion(multiple, { "q.barriers": ["other"], "q.barriers.other": [ok] })).toEqual({
      answers: [{ question: "barriers", option: "other", text: ok }],
    });
    expect(
      validateQuestion(multiple, { "q.barriers": ["other"], "q.barriers.other": ["x".repeat(501)] }),
    ).toEqual({ error: { message: "field.tooLong", vars: { count: 500 } } });
  });

  it("rejects an unknown option even next to valid ones", () => {
    expect(validateQuestion(multiple, { "q.barriers": ["time", "weather"] })).toEqual({
      error: { message: "field.invalidChoice" },
    });
  });

  it("requires at least one option when required", () => {
    expect(validateQuestion(multiple, { "q.barriers": ["", " "] })).toEqual({
      error: { message: "field.required" },
    });
  });
});

describe("validateQuestion: LIKERT", () => {
  it("accepts a scale point", () => {
    expect(validateQuestion(likert, { "q.agree": ["4"] })).toEqual({
      answers: [{ question: "agree", option: "4" }],
    });
  });

  it("accepts 'don't know'", () => {
    expect(validateQuestion(likert, { "q.agree": ["dk"] })).toEqual({
      answers: [{ question: "agree", option: "dk" }],
    });
  });

  it("rejects a point outside the scale and two points", () => {
    expect(validateQuestion(likert, { "q.agree": ["6"] })).toEqual({ error: { message: "field.invalidChoice" } });
    expect(validateQuestion(likert, { "q.agree": ["1", "2"] })).toEqual({
      error: { message: "field.invalidChoice" },
    });
  });

  it("requires an answer when required", () => {
    expect(validateQuestion(likert, {})).toEqual({ error: { message: "field.required" } });
  });
});

describe("validateQuestion: LIKERT_MATRIX", () => {
  it("accepts every row answered, one row per statement", () => {
    expect(validateQuestion(matrix, { "q.stereo.s1": ["1"], "q.stereo.s2": ["dk"], "q.stereo.s3": ["5"] })).toEqual({
      answers: [
        { question: "stereo", statement: "s1", option: "1" },
        { question: "stereo", statement: "s2", option: "dk" },
        { question: "stereo", statement: "s3", option: "5" },
      ],
    });
  });

  it("a required matrix answered partly asks for every statement", () => {
    expect(validateQuestion(matrix, { "q.stereo.s1": ["1"], "q.stereo.s3": ["2"] })).toEqual({
      error: { message: "field.requiredEveryStatement" },
    });
  });

  it("a required matrix not answered at all says it is required", () => {
    expect(validateQuestion(matrix, {})).toEqual({ error: { message: "field.required" } });
    expect(validateQuestion(matrix, { "q.stereo.s1": [" "] })).toEqual({ error: { message: "field.required" } });
  });

  it("an optional matrix may be answered partly or not at all", () => {
    const optional = { ...matrix, required: false };
    expect(validateQuestion(optional, { "q.stereo.s2": ["3"] })).toEqual({
      answers: [{ question: "stereo", statement: "s2", option: "3" }],
    });
    expect(validateQuestion(optional, {})).toEqual({ answers: [] });
  });

  it("rejects an unknown option in a row", () => {
    expect(validateQuestion(matrix, { "q.stereo.s1": ["1"], "q.stereo.s2": ["9"], "q.stereo.s3": ["5"] })).toEqual({
      error: { message: "field.invalidChoice" },
    });
  });

  it("rejects two values in one row", () => {
    expect(
      validateQuestion(matrix, { "q.stereo.s1": ["1", "2"], "q.stereo.s2": ["2"], "q.stereo.s3": ["5"] }),
    ).toEqual({ error: { message: "field.invalidChoice" } });
  });
});

describe("validateQuestion: RATING (0–10)", () => {
  it("accepts 0 and 10 as numbers", () => {
    expect(validateQuestion(rating, { "q.influence": ["0"] })).toEqual({
      answers: [{ question: "influence", number: 0 }],
    });
    expect(validateQuestion(rating, { "q.influence": ["10"] })).toEqual({
      answers: [{ question: "influence", number: 10 }],
    });
  });

  it("rejects 11 as too large and -1 as too small, with the scale's ends", () => {
    expect(validateQuestion(rating, { "q.influence": ["11"] })).toEqual({
      error: { message: "field.tooLarge", vars: { min: 0, max: 10 } },
    });
    expect(validateQuestion(rating, { "q.influence": ["-1"] })).toEqual({
      error: { message: "field.tooSmall", vars: { min: 0, max: 10 } },
    });
  });

  it("rejects a fraction and a non-number", () => {
    expect(validateQuestion(rating, { "q.influence": ["3.5"] })).toMatchObject({
      error: { message: "field.notAWholeNumber" },
    });
    expect(validateQuestion(rating, { "q.influence": ["abc"] })).toMatchObject({
      error: { message: "field.notANumber" },
    });
  });

  it("ignores a min/max given on the question: the scale is always 0–10", () => {
    expect(validateQuestion({ ...rating, min: 3, max: 50 }, { "q.influence": ["1"] })).toEqual({
      answers: [{ question: "influence", number: 1 }],
    });
    expect(validateQuestion({ ...rating, min: 3, max: 50 }, { "q.influence": ["20"] })).toMatchObject({
      error: { message: "field.tooLarge" },
    });
  });

  it("requires an answer when required", () => {
    expect(validateQuestion(rating, { "q.influence": [""] })).toEqual({ error: { message: "field.required" } });
  });
});

describe("validateQuestion: NUMBER", () => {
  it("accepts the limits themselves", () => {
    expect(validateQuestion(number, { "q.household": ["1"] })).toEqual({
      answers: [{ question: "household", number: 1 }],
    });
    expect(validateQuestion(number, { "q.household": ["20"] })).toEqual({
      answers: [{ question: "household", number: 20 }],
    });
  });

  it("rejects numbers out of range, saying the range", () => {
    expect(validateQuestion(number, { "q.household": ["0"] })).toEqual({
      error: { message: "field.tooSmall", vars: { min: 1, max: 20 } },
    });
    expect(validateQuestion(number, { "q.household": ["21"] })).toEqual({
      error: { message: "field.tooLarge", vars: { min: 1, max: 20 } },
    });
  });

  it("reads a comma as the decimal separator", () => {
    expect(validateQuestion(number, { "q.household": ["2,5"] })).toEqual({
      answers: [{ question: "household", number: 2.5 }],
    });
    expect(validateQuestion(number, { "q.household": ["2.5"] })).toEqual({
      answers: [{ question: "household", number: 2.5 }],
    });
  });

  it("rejects what is not a number", () => {
    for (const bad of ["abc", "1e3", "2,5,5", "12abc", "0x10", "Infinity"]) {
      expect(validateQuestion(number, { "q.household": [bad] }), bad).toMatchObject({
        error: { message: "field.notANumber" },
      });
    }
  });

  it("without limits accepts negative numbers", () => {
    const free = question("free", "NUMBER", { required: false });
    expect(validateQuestion(free, { "q.free": ["-7"] })).toEqual({ answers: [{ question: "free", number: -7 }] });
    expect(validateQuestion(free, {})).toEqual({ answers: [] });
  });
});

describe("validateQuestion: error messages are always translatable", () => {
  // The page shows an error with t(error.message, error.vars); a message that is not a key of
  // the dictionaries cannot be shown in the resident's language (and breaks the page).
  const knownKeys = new Set(Object.keys(en));
  const inputs = [
    "", " ", "abc", "-", "1,", ",5", "1.2.3", "3.5", "-1", "+5", "-0", "00", "11", "1e3", "1e999",
    "9007199254740993", "99999999999999999999", "0.0000000001", "٣", "１２",
    "9".repeat(400), `-${"9".repeat(400)}`, `${"9".repeat(400)},5`,
  ];
  const questions = [rating, number, question("free", "NUMBER"), question("low", "NUMBER", { max: 0 })];

  for (const q of questions) {
    it(`${q.type} ${q.key}: every rejected input gives a message key`, () => {
      const unknown = inputs.flatMap((input) => {
        const result = validateQuestion(q, { [`q.${q.key}`]: [input] });
        return "error" in result && !knownKeys.has(result.error.message) ? [`${input.slice(0, 12)} → ${result.error.message}`] : [];
      });
      expect(unknown).toEqual([]);
    });
  }
});

describe("validateQuestion: SHORT_TEXT and LONG_TEXT", () => {
  it("SHORT_TEXT accepts 500 characters and rejects 501", () => {
    const ok = "a".repeat(500);
    expect(validateQuestion(shortText, { "q.lang_detail": [ok] })).toEqual({
      answers: [{ question: "lang_detail", text: ok }],
    });
    expect(validateQuestion(shortText, { "q.lang_detail": ["a".repeat(501)] })).toEqual({
      error: { message: "field.tooLong", vars: { count: 500 } },
    });
  });

  it("LONG_TEXT accepts 5,000 characters and rejects 5,001", () => {
    const ok = "ā".repeat(5000);
    expect(validateQuestion(longText, { "q.message": [ok] })).toEqual({
      answers: [{ question: "message", text: ok }],
    });
    expect(validateQuestion(longText, { "q.message": ["ā".repeat(5001)] })).toEqual({
      error: { message: "field.tooLong", vars: { count: 5000 } },
    });
  });

  it("trims the text it stores", () => {
    expect(validateQuestion(longText, { "q.message": ["  More benches\nplease \n"] })).toEqual({
      answers: [{ question: "message", text: "More benches\nplease" }],
    });
  });

  it("counts whitespace only as empty", () => {
    expect(validateQuestion(shortText, { "q.lang_detail": [" \n\t "] })).toEqual({
      error: { message: "field.required" },
    });
    expect(validateQuestion({ ...longText, required: false }, { "q.message": ["   "] })).toEqual({ answers: [] });
  });

  it("rejects two values for one text field", () => {
    expect(validateQuestion(shortText, { "q.lang_detail": ["a", "b"] })).toEqual({
      error: { message: "field.invalidChoice" },
    });
  });
});

describe("validateAnswers", () => {
  const parent = question("barriers", "MULTIPLE_CHOICE", {
    required: false,
    options: [option("time"), option("language")],
  });
  const child = question("lang_detail", "SHORT_TEXT", {
    required: true,
    showIf: { question: "barriers", option: "language" },
  });
  const survey = surveyOf(single, parent, child, rating);
  const all = survey.sections.flatMap((s) => s.questions);

  it("returns every error by question key", () => {
    const { errors, answers } = validateAnswers(survey, all, { "q.colour": ["purple"], "q.influence": ["11"] });
    expect(errors).toEqual({
      colour: { message: "field.invalidChoice" },
      influence: { message: "field.tooLarge", vars: { min: 0, max: 10 } },
    });
    expect(answers).toEqual([]);
  });

  it("returns the rows of all visible questions", () => {
    const result = validateAnswers(survey, all, {
      "q.colour": ["red"],
      "q.barriers": ["language", "time"],
      "q.lang_detail": ["Russian"],
      "q.influence": ["7"],
    });
    expect(result).toEqual({
      errors: {},
      answers: [
        { question: "colour", option: "red" },
        { question: "barriers", option: "language" },
        { question: "barriers", option: "time" },
        { question: "lang_detail", text: "Russian" },
        { question: "influence", number: 7 },
      ],
    });
  });

  it("does not require a hidden required question", () => {
    const result = validateAnswers(survey, all, { "q.colour": ["red"], "q.influence": ["7"] });
    expect(result).toEqual({
      errors: {},
      answers: [
        { question: "colour", option: "red" },
        { question: "influence", number: 7 },
      ],
    });
  });

  it("requires a conditional question once it is shown", () => {
    const result = validateAnswers(survey, all, {
      "q.colour": ["red"],
      "q.barriers": ["language"],
      "q.influence": ["7"],
    });
    expect(result.errors).toEqual({ lang_detail: { message: "field.required" } });
  });

  it("ignores (does not validate or return) answers to hidden questions", () => {
    const result = validateAnswers(survey, all, {
      "q.colour": ["red"],
      "q.barriers": ["time"],
      "q.lang_detail": ["x".repeat(600)],
      "q.influence": ["7"],
    });
    expect(result).toEqual({
      errors: {},
      answers: [
        { question: "colour", option: "red" },
        { question: "barriers", option: "time" },
        { question: "influence", number: 7 },
      ],
    });
  });

  it("checks only the questions passed in (one page), using the whole survey for conditions", () => {
    const result = validateAnswers(survey, [child], { "q.barriers": ["language"] });
    expect(result).toEqual({ errors: { lang_detail: { message: "field.required" } }, answers: [] });
    expect(validateAnswers(survey, [rating], { "q.colour": ["purple"], "q.influence": ["3"] })).toEqual({
      errors: {},
      answers: [{ question: "influence", number: 3 }],
    });
  });
});

describe("unknownFields", () => {
  const survey = surveyOf(single, multiple, matrix, rating);

  it("accepts every field the survey has", () => {
    const values: AnswerValues = {
      "q.colour": ["red"],
      "q.barriers": ["other"],
      "q.barriers.other": ["x"],
      "q.stereo.s1": ["1"],
      "q.stereo.s2": ["1"],
      "q.stereo.s3": ["1"],
      "q.influence": ["5"],
    };
    expect(unknownFields(survey, values)).toEqual([]);
  });

  it("flags names that belong to no question, statement or 'other' box", () => {
    const values: AnswerValues = {
      "q.colour": ["red"],
      "q.nope": ["1"],
      "q.stereo.s9": ["1"],
      "q.colour.other": ["x"],
      "q.influence.extra": ["1"],
    };
    expect(unknownFields(survey, values).sort()).toEqual(
      ["q.colour.other", "q.influence.extra", "q.nope", "q.stereo.s9"].sort(),
    );
  });
});

describe("answerValuesFromForm", () => {
  it("collects repeated fields in order and ignores the form's other fields", () => {
    const form = new FormData();
    form.append("surveyId", "s");
    form.append("idempotencyKey", "k");
    form.append("intent", "next");
    form.append("q.barriers", "time");
    form.append("q.colour", "red");
    form.append("q.barriers", "language");
    form.append("q.stereo.s1", "2");
    form.append("qq", "not an answer");
    form.append("q.upload", new Blob(["file"]), "file.txt");
    expect(answerValuesFromForm(form)).toEqual({
      "q.barriers": ["time", "language"],
      "q.colour": ["red"],
      "q.stereo.s1": ["2"],
    });
  });

  it("keeps empty values (an empty field is still a field)", () => {
    const form = new FormData();
    form.append("q.message", "");
    expect(answerValuesFromForm(form)).toEqual({ "q.message": [""] });
  });
});
