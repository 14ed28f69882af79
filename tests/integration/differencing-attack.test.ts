import { randomBytes } from "node:crypto";
import { beforeAll, describe, expect, it } from "vitest";
import { startSession } from "~/auth/session.server";
import { createUser } from "~/auth/users.server";
import { prisma } from "~/db.server";
import { compareBeforeAfter } from "~/evaluation/before-after.server";
import { maxAdjustment } from "~/evaluation/cell-key";
import { filtersToSearch, noFilters, type ResultsFilters } from "~/evaluation/results-filters";
import type { SurveyResults } from "~/evaluation/results-types";
import { surveyResults } from "~/evaluation/survey-results.server";
import { pickText } from "~/i18n/translate";
import { createSurveyFromTemplate } from "~/survey/create-survey.server";
import { findSurveyById, type SurveyWithQuestions } from "~/survey/find-survey.server";
import { randomJoinCode } from "~/survey/new-join-code.server";
import { seriesRuns, type SeriesRun } from "~/survey/series.server";
import { surveyTemplates } from "~/survey/templates";
import { insertResponses, type CraftedAnswers } from "../support/responses";
import { seededRandom } from "../support/seeded-random";

/*
 * Issue 14: no pair of views may give a small group away. On demo-like data (the WIR
 * questionnaire, 262 responses, k = 5) 11 respondents are Latgalian speakers and one of them is
 * 65 or older. Before the cell key method, four large views — the whole survey, first language
 * "any of Latvian, Russian, other", age "any band but 65+", and both filters — combined as
 * v1 − v2 − v3 + v4 into that one person's answers. These tests play that attack and its
 * variants against the real queries and compare every number shown with the true counts worked
 * out here from the inserted answers (with the same steps of k over time, release-steps.ts),
 * never from the app, so that they can fail.
 *
 * Record keys are random (the first 24 bits of each response's random id), so what an attacker
 * gets is random too: the bounds below are set far from what the exact method and the first
 * cell keys (sums modulo 256, the same for the same records in every view) gave, and far from
 * what independent adjustments give (see the comments), so that they fail for a leak and not
 * by chance. Every count's adjustment depends on its view (cell-key.ts): the same view asked
 * again shows the same numbers; any other view, even of the same records, its own.
 */

const k = 5;
const hourMs = 3_600_000;

type Question = SurveyWithQuestions["sections"][number]["questions"][number];
type Shown = number | null;

interface Person {
  hour: Date;
  language: string;
  answers: CraftedAnswers;
  /** A random number of the test's own (not the app's record key): a set of people is known by the sum of theirs. */
  tag: number;
}

/** Which people a count counts, as the sum of their tags (two different sets share a sum about never). */
type Records = number;
const recordsOf = (members: Person[]): Records => members.reduce((sum, p) => sum + p.tag, 0);
const tags = seededRandom(35);

const agesUnder65 = ["u18", "18_24", "25_34", "35_44", "45_54", "55_64"];
const allAges = [...agesUnder65, "65p"];
const genders = ["woman", "man", "no_answer"];
const allGenders = ["woman", "man", "other", "no_answer"];
const notLatgalian = ["lv", "ru", "other"];
const allFirstLanguages = ["lv", "ru", "ltg", "other"];
const years = ["lt1", "1_5", "6_15", "gt15", "not_resident"];
const demographicOptions: Record<string, string[]> = { age_band: allAges, gender: allGenders, first_language: allFirstLanguages, years_in_city: years };

// ---------------------------------------------------------------------------------------------
// The truth: what each view holds and counts, worked out from the inserted responses.

const questionsOf = (survey: SurveyWithQuestions): Question[] => survey.sections.flatMap((s) => s.questions);
const charted = (q: Question) => q.type !== "SHORT_TEXT" && q.type !== "LONG_TEXT";

const rigaDay = new Intl.DateTimeFormat("en-CA", { timeZone: "Europe/Riga", year: "numeric", month: "2-digit", day: "2-digit" });
const dayOf = (date: Date) => rigaDay.format(date);

function inView(person: Person, filters: ResultsFilters): boolean {
  if (filters.from && dayOf(person.hour) < filters.from) return false;
  if (filters.to && dayOf(person.hour) > filters.to) return false;
  if (filters.language && person.language !== filters.language) return false;
  return filters.answers.every(({ question, options }) => options.includes(person.answers[question] as string));
}

/** The responses a view (or a group of a breakdown) has taken in: whole complete hours, in steps of at least k. */
function takenIn(people: Person[]): Person[] {
  const completeBefore = Date.now() - hourMs - 60_000;
  const hours = [...new Set(people.map((p) => p.hour.getTime()))].sort((a, b) => a - b);
  let waiting = 0;
  let until = -Infinity;
  for (const hour of hours) {
    if (hour > completeBefore) break;
    waiting += people.filter((p) => p.hour.getTime() === hour).length;
    if (waiting >= k) {
      until = hour;
      waiting = 0;
    }
  }
  return people.filter((p) => p.hour.getTime() <= until);
}

interface TrueCount {
  n: number;
  records: Records;
}
const trueCount = (members: Person[]): TrueCount => ({ n: members.length, records: recordsOf(members) });

interface TrueRow {
  total: TrueCount;
  /** Count by category label (an option's label in English, or a histogram bin's). */
  counts: Map<string, TrueCount>;
}

interface TrueView {
  respondents: number;
  /** The responses the view holds (taken in or waiting), and those it has taken in. */
  inView: Person[];
  held: Person[];
  /** Each group's responses taken in (one group, the view's, without a breakdown). */
  groups: Person[][];
  questions: Map<string, { respondents: TrueCount; rows: TrueRow[] }>;
}

/**
 * A histogram's bins as every view of a questionnaire draws them, from the answers of every
 * response the questionnaire as a whole has taken in (whole numbers here; see `trueView`): one
 * per whole number when they span at most twenty, else bins of a round
 * width (1, 2 or 5 times a power of ten, the smallest that needs no more than ten) from a
 * multiple of it, the last one holding its upper end.
 */
function binsOf(numbers: number[]): { label: string; holds: (answer: unknown) => boolean }[] {
  if (!numbers.length) return [{ label: "0", holds: () => false }];
  const [low, high] = [Math.min(...numbers), Math.max(...numbers)];
  if (high - low <= 20) return Array.from({ length: high - low + 1 }, (_, i) => ({ label: String(low + i), holds: (answer) => answer === low + i }));
  const width = [1, 2, 5].flatMap((step) => [1, 10, 100, 1000].map((power) => step * power)).sort((a, b) => a - b).find((w) => w * 10 >= high - low)!;
  const start = Math.floor(low / width) * width;
  const count = Math.ceil((high - start) / width);
  return Array.from({ length: count }, (_, i) => ({
    label: `${start + i * width}–${start + (i + 1) * width}`,
    holds: (answer) => typeof answer === "number" && Math.min(Math.floor((answer - start) / width), count - 1) === i,
  }));
}

/**
 * `stepping`: false for the counts of a few given people as they are (their own answers).
 * `everyone`: all who answered the questionnaire (taken in or not); the bins span the numbers of
 * those the questionnaire as a whole has taken in (in steps of k, as a view does), so that a
 * response no view has taken in yet does not redraw them.
 */
function trueView(survey: SurveyWithQuestions, people: Person[], filters: ResultsFilters, stepping = true, everyone = people): TrueView {
  const label = (value: unknown) => pickText(value, "en", survey.defaultLanguage);
  const step = stepping ? takenIn : (all: Person[]) => all;
  const viewed = people.filter((p) => inView(p, filters));
  const held = step(viewed);
  const breakdown = filters.breakdown ? questionsOf(survey).find((q) => q.key === filters.breakdown)! : null;
  const groups = breakdown ? breakdown.options.map((o) => step(held.filter((p) => p.answers[breakdown.key] === o.value))) : [held];
  const questions = new Map<string, { respondents: TrueCount; rows: TrueRow[] }>();
  const binned = takenIn(everyone);
  for (const q of questionsOf(survey).filter(charted)) {
    const answerKeys = q.statements.length ? q.statements.map((s) => `${q.key}.${s.key}`) : [q.key];
    const bins = q.type === "RATING" || q.type === "NUMBER" ? binsOf(q.type === "RATING" ? [0, 10] : binned.map((p) => p.answers[q.key]).filter((n): n is number => typeof n === "number")) : [];
    const rows = answerKeys.flatMap((answerKey) =>
      groups.map((members): TrueRow => {
        const counts = new Map<string, TrueCount>();
        if (q.type === "RATING" || q.type === "NUMBER") {
          for (const bin of bins) counts.set(bin.label, trueCount(members.filter((p) => bin.holds(p.answers[answerKey]))));
          return { total: trueCount(members.filter((p) => bins.some((bin) => bin.holds(p.answers[answerKey])))), counts };
        }
        const ticked = (p: Person) => [p.answers[answerKey] ?? []].flat() as string[];
        for (const o of q.options) counts.set(label(o.label), trueCount(members.filter((p) => ticked(p).includes(o.value))));
        return { total: trueCount(members.filter((p) => q.options.some((o) => ticked(p).includes(o.value)))), counts };
      }),
    );
    // A matrix's respondents are those of its most answered statement.
    const perStatement = answerKeys.map((_, s) => rows.slice(s * groups.length, (s + 1) * groups.length).map((row) => row.total));
    const respondents = perStatement
      .map((totals) => ({ n: totals.reduce((sum, t) => sum + t.n, 0), records: totals.reduce((sum, t) => sum + t.records, 0) }))
      .reduce((most, total) => (total.n > most.n ? total : most));
    questions.set(q.key, { respondents, rows });
  }
  return { respondents: held.length, inView: viewed, held, groups, questions };
}

// ---------------------------------------------------------------------------------------------
// What a page shows, next to the truth, cell by cell.

interface Count {
  shown: Shown;
  truth: number;
  /** Which responses it counts. */
  records: Records;
}
/** Every number of a view by id: "view", "KEY|all", "KEY|ROW|n" (a row's respondents), "KEY|ROW|LABEL". */
type Flat = Map<string, Count>;

/** Whether a page may show `shown` for a true count: hidden, nobody as 0, or within ±maxAdjustment and not under k. */
function allowed({ shown, truth }: Count): boolean {
  if (shown === null) return true;
  if (truth === 0) return shown === 0;
  return Number.isInteger(shown) && truth >= k && shown >= k && Math.abs(shown - truth) <= maxAdjustment;
}

/**
 * Every count of a view next to its truth; `problems` gets each number that may not be shown,
 * and each pair of counts of the same responses in the view that show different numbers (they
 * share their key sum, so the same adjustment: averaging them gives nothing away).
 */
function flatten(results: SurveyResults, truth: TrueView, where: string, problems: string[]): Flat {
  const flat: Flat = new Map();
  const shownFor = new Map<Records, { id: string; shown: number }>();
  const note = (id: string, shown: Shown, value: TrueCount | undefined) => {
    if (value === undefined) return problems.push(`${where}: ${id} is shown but counts nothing here`);
    flat.set(id, { shown, truth: value.n, records: value.records });
    if (!allowed({ shown, truth: value.n, records: value.records })) problems.push(`${where}: ${id} shows ${shown} for a true ${value.n}`);
    if (shown === null || value.n === 0) return;
    const same = shownFor.get(value.records);
    if (!same) shownFor.set(value.records, { id, shown });
    else if (same.shown !== shown) problems.push(`${where}: ${id} shows ${shown} and ${same.id} ${same.shown}, both of the same ${value.n} responses`);
  };
  note("view", results.respondents, trueCount(truth.held));
  if (truth.respondents >= k && results.respondents === null) problems.push(`${where}: a view of ${truth.respondents} shows nothing`);
  if (results.respondents === null && results.questions.length) problems.push(`${where}: charts in a view too small to show`);
  for (const question of results.questions.filter((q) => q.chart !== "text")) {
    const expected = truth.questions.get(question.key)!;
    note(`${question.key}|all`, question.respondents, expected.respondents);
    if (question.rows.length !== expected.rows.length) problems.push(`${where}: ${question.key} has ${question.rows.length} rows, not ${expected.rows.length}`);
    question.rows.forEach((row, i) => {
      const expectedRow = expected.rows[i];
      if (!expectedRow) return;
      note(`${question.key}|${i}|n`, row.respondents, expectedRow.total);
      const labels = question.categories.map((c) => c.label);
      if (labels.join("/") !== [...expectedRow.counts.keys()].join("/")) problems.push(`${where}: ${question.key} has categories ${labels.join("/")}`);
      labels.forEach((label, j) => note(`${question.key}|${i}|${label}`, row.counts[j] ?? null, expectedRow.counts.get(label)));
    });
  }
  return flat;
}

interface Difference {
  id: string;
  /** Shown in one view less shown in the other. */
  shown: number;
  /** The true difference. */
  truth: number;
  /** Which responses each view's count counts. */
  records: string;
}

/** Differences of the numbers two views both show (signs: +1 and −1, or the four of the attack). */
function combine(views: Flat[], signs: number[]): Difference[] {
  const differences: Difference[] = [];
  for (const id of views[0]!.keys()) {
    const numbers = views.map((view) => view.get(id));
    if (numbers.some((n) => n === undefined || n.shown === null)) continue;
    differences.push({
      id,
      shown: numbers.reduce((sum, n, i) => sum + signs[i]! * n!.shown!, 0),
      truth: numbers.reduce((sum, n, i) => sum + signs[i]! * n!.truth, 0),
      records: numbers.map((n) => n!.records).join("/"),
    });
  }
  return differences;
}

const rowOf = (id: string) => id.split("|").slice(0, 2).join("|");
const isCategory = (id: string) => id.split("|").length === 3 && !id.endsWith("|n");

/**
 * Rows (a question, a statement) whose every category the attacker could difference, and
 * whether the difference came out exactly the true one in every category.
 */
function rowsRecovered(differences: Difference[], allCategories: Flat) {
  const byRow = new Map<string, Difference[]>();
  for (const d of differences.filter((d) => isCategory(d.id))) byRow.set(rowOf(d.id), [...(byRow.get(rowOf(d.id)) ?? []), d]);
  const rows = [...byRow].filter(([row, cells]) => cells.length === [...allCategories.keys()].filter((id) => isCategory(id) && rowOf(id) === row).length);
  return {
    rows: rows.length,
    exact: rows.filter(([, cells]) => cells.every((d) => d.shown === d.truth)).length,
    /** The attacker's other reading: the answers are the cells whose difference is not 0. */
    movedCells: rows.filter(([, cells]) => cells.every((d) => (d.shown !== 0) === (d.truth !== 0)) && cells.some((d) => d.truth !== 0)).length,
  };
}

/**
 * Small true differences (1 to k − 1) across the whole file, and how far the shown ones were
 * off: each difference of the same responses once (in a view, every count of the same
 * responses shows the same number, so each difference of theirs is off by the same).
 */
const smallDifferences: { pair: string; error: number }[] = [];
function collectSmall(pair: string, differences: Difference[]) {
  const seen = new Set<string>();
  for (const d of differences) {
    if (Math.abs(d.truth) < 1 || Math.abs(d.truth) >= k || seen.has(d.records)) continue;
    seen.add(d.records);
    smallDifferences.push({ pair, error: d.shown - d.truth });
  }
}

/** ATTACK_DEBUG=1 prints what the attacker got, run by run. */
const debug = process.env.ATTACK_DEBUG ? (...args: unknown[]) => console.log(JSON.stringify(args)) : () => {};
const categoryCells = (differences: Difference[]) => differences.filter((d) => isCategory(d.id));
const share = (items: unknown[], of: unknown[]) => (of.length ? items.length / of.length : 0);

// ---------------------------------------------------------------------------------------------
// The data.

/** The current hour, as responses are stamped; every response here is of an hour that is over. */
const thisHour = new Date(Math.floor(Date.now() / hourMs) * hourMs);
const hoursBack = (hours: number) => new Date(thisHour.getTime() - hours * hourMs);

/** The rows of agreement, choice, rating and number questions that are not about the respondent. */
function itemRows(survey: SurveyWithQuestions) {
  return questionsOf(survey)
    .filter((q) => charted(q) && !q.demographic)
    .flatMap((q) => (q.statements.length ? q.statements.map((s) => ({ q, answerKey: `${q.key}.${s.key}` })) : [{ q, answerKey: q.key }]));
}

/** Answers to every item row; `pick(row, choices)` chooses an index among `choices`. */
function itemAnswers(survey: SurveyWithQuestions, pick: (row: number, choices: number) => number): CraftedAnswers {
  const answers: CraftedAnswers = {};
  itemRows(survey).forEach(({ q, answerKey }, row) => {
    if (q.type === "RATING") answers[answerKey] = pick(row, 11);
    else if (q.type === "NUMBER") answers[answerKey] = 1 + pick(row, 6);
    else if (q.type === "MULTIPLE_CHOICE") {
      const first = pick(row, q.options.length);
      answers[answerKey] = [...new Set([first, (first + 3) % q.options.length])].map((i) => q.options[i]!.value);
    } else answers[answerKey] = q.options[pick(row, q.options.length)]!.value;
  });
  return answers;
}

interface Demographics {
  age_band: string;
  first_language: string;
  gender: string;
  years_in_city: string;
}

const person = (hours: number, language: string, demographics: Demographics, items: CraftedAnswers): Person => ({
  hour: hoursBack(hours),
  tag: 1 + Math.floor(tags() * 2 ** 40),
  language,
  answers: { ...demographics, ...items },
});

/**
 * 262 responses over the 25 hours from 3 to 27 hours ago, k = 5:
 * - 225 "ordinary" ones (under 65, not Latgalian), 9 an hour, random answers; one of them
 *   (a Russian speaker) answered gender "other", three the questionnaire in English;
 * - 2 more of them three days ago, a day before anyone else (a small group by date);
 * - 10 Latgalian speakers under 65 and 24 other speakers aged 65+, one an hour, whose answers
 *   cover every option of every row (so no cell of the attack is the same set of
 *   records in all four views: the method is tested where it has to work);
 * - the one Latgalian speaker aged 65 or older, with answers of their own.
 */
function mainPeople(survey: SurveyWithQuestions) {
  const random = seededRandom(14);
  const oneOf = <T>(list: T[]) => list[Math.floor(random() * list.length)]!;
  const ordinary: Person[] = [];
  for (let hours = 3; hours <= 27; hours++) {
    for (let j = 0; j < 9; j++) {
      const n = ordinary.length;
      const demographics = { age_band: oneOf(agesUnder65), first_language: n === 100 ? "ru" : oneOf(notLatgalian), gender: n === 100 ? "other" : oneOf(genders), years_in_city: oneOf(years) };
      ordinary.push(person(hours, [13, 90, 170].includes(n) ? "en" : "lv", demographics, itemAnswers(survey, (_, m) => Math.floor(random() * m))));
    }
  }
  const early = [0, 1].map(() =>
    person(75, "lv", { age_band: oneOf(agesUnder65), first_language: oneOf(notLatgalian), gender: oneOf(genders), years_in_city: oneOf(years) }, itemAnswers(survey, (_, m) => Math.floor(random() * m))),
  );
  // Two in the same, newest hour, so that each Latgalian view takes in all of its people (11 = 5 + 6, 10 = 5 + 5).
  const latgalianUnder65 = Array.from({ length: 10 }, (_, i) =>
    person(4 + 2 * Math.max(i, 1), "lv", { age_band: agesUnder65[i % 6]!, first_language: "ltg", gender: genders[i % 3]!, years_in_city: years[i % 5]! }, itemAnswers(survey, (row, m) => (i + row) % m)),
  );
  const others65 = Array.from({ length: 24 }, (_, i) =>
    person(3 + i, "lv", { age_band: "65p", first_language: notLatgalian[i % 3]!, gender: genders[(i + 1) % 3]!, years_in_city: years[(i + 2) % 5]! }, itemAnswers(survey, (row, m) => (i + 2 * row) % m)),
  );
  const planted = person(15, "lv", { age_band: "65p", first_language: "ltg", gender: "woman", years_in_city: "gt15" }, itemAnswers(survey, (row, m) => (2 * row + 1) % m));
  return { all: [...ordinary, ...early, ...latgalianUnder65, ...others65, planted], planted };
}

// ---------------------------------------------------------------------------------------------

let survey: SurveyWithQuestions;
let runs: SeriesRun[];
let people: Person[];
let planted: Person;
let projectId: string;
let evaluatorCookie = "";

async function newSurvey(phase: "NONE" | "BEFORE" | "AFTER" = "NONE", pairedSurveyId?: string) {
  const created = await prisma.$transaction(
    (tx) => createSurveyFromTemplate(tx, { projectId, joinCode: randomJoinCode(), template: surveyTemplates.stereotypes, status: "OPEN", phase, pairedSurveyId }),
    { timeout: 30_000 },
  );
  return findSurveyById(created.id);
}

// In eight streams side by side: one after another, 262 responses take seconds.
async function insert(target: SurveyWithQuestions, crafted: Person[]) {
  const streams = Array.from({ length: 8 }, (_, stream) => crafted.filter((_, i) => i % 8 === stream));
  await Promise.all(streams.map((part) => insertResponses(target, part.map((p) => ({ answers: p.answers, language: p.language, submittedAt: p.hour })))));
}

const filtered = (answers: Record<string, string[]>, more: Partial<ResultsFilters> = {}): ResultsFilters => ({
  ...noFilters,
  answers: Object.entries(answers).map(([question, options]) => ({ question, options })),
  ...more,
});

/** A view as the evaluation page shows it, next to its truth; problems collects every number that may not be shown. */
async function look(filters: ResultsFilters, where: string, problems: string[], target = { survey: () => survey, people: () => people, runs: () => runs }) {
  const results = await surveyResults(target.survey(), filters, { lang: "en", threshold: k, runs: target.runs() });
  const truth = trueView(target.survey(), target.people(), filters);
  return { results, truth, flat: flatten(results, truth, where, problems) };
}

// The four views.
const v1 = noFilters;
const v2 = filtered({ first_language: notLatgalian });
const v3 = filtered({ age_band: agesUnder65 });
const v4 = filtered({ first_language: notLatgalian, age_band: agesUnder65 });

beforeAll(async () => {
  const suffix = randomBytes(4).toString("hex");
  const project = await prisma.project.create({
    data: { timeZone: "Europe/Riga", slug: `differencing-${suffix}`, name: { en: "Differencing" }, startsOn: new Date("2026-01-01"), endsOn: new Date("2026-12-31") },
  });
  projectId = project.id;
  survey = await newSurvey();
  const made = mainPeople(survey);
  people = made.all;
  planted = made.planted;
  await insert(survey, people);
  runs = await seriesRuns(survey.id, "en");
  const evaluator = await createUser({ email: `differencing-${suffix}@example.org`, name: "Evaluator", role: "EVALUATOR", password: "evaluator-password", projectIds: [project.id] });
  evaluatorCookie = (await startSession(new Request("http://balss.test/signin"), evaluator.id)).split(";")[0]!;
}, 60_000);

describe("the issue's attack: v1 − v2 − v3 + v4", () => {
  it("no longer gives the one Latgalian speaker aged 65+ away", async () => {
    const problems: string[] = [];
    const views = await Promise.all([v1, v2, v3, v4].map((filters, i) => look(filters, `v${i + 1}`, problems)));
    expect(problems).toEqual([]);
    const [f1, f2, f3, f4] = views.map((v) => v.flat) as [Flat, Flat, Flat, Flat];
    // The data are what the issue describes: 11 Latgalian speakers in the whole survey, 10 under 65.
    expect(f1.get("first_language|0|Latgalian")!.truth).toBe(11);
    expect(f3.get("first_language|0|Latgalian")!.truth).toBe(10);
    expect(views.map((v) => v.truth.respondents)).toEqual([262, 262 - 11, 262 - 25, 262 - 11 - 24]);

    const attack = combine([f1, f2, f3, f4], [1, -1, -1, 1]);
    // Worked on the true counts, the four views isolate exactly that person: every row's
    // combination is 1 where they answered and 0 elsewhere.
    const mine = trueView(survey, [planted], noFilters, false, people);
    for (const d of categoryCells(attack)) {
      const [key, row, label] = d.id.split("|") as [string, string, string];
      expect(d.truth, d.id).toBe(mine.questions.get(key)!.rows[Number(row)]!.counts.get(label)?.n ?? 0);
    }
    // The exact method (true counts, those under k hidden) gave every row away.
    const exactly = (flat: Flat): Flat => new Map([...flat].map(([id, n]) => [id, { ...n, shown: n.truth === 0 || n.truth >= k ? n.truth : null }]));
    const before = rowsRecovered(combine([f1, f2, f3, f4].map(exactly), [1, -1, -1, 1]), f1);
    expect(before.rows).toBeGreaterThanOrEqual(20);
    expect(before.exact).toBeGreaterThanOrEqual(before.rows - 2);

    // Now each of the four numbers carries its own adjustment, independent of the others (four
    // views): a cell comes out exactly when they cancel (18 % of cells), a row when every one of
    // its cells does. Expected well under one row in 21; 5 or more, about never. Nor do the
    // cells that moved tell which hold that person.
    const after = rowsRecovered(attack, f1);
    debug("four views", { before, after, cellsExact: share(categoryCells(attack).filter((d) => d.shown === d.truth), categoryCells(attack)) });
    expect(after.rows).toBeGreaterThanOrEqual(20);
    expect(after.exact, `${after.exact} of ${after.rows} rows exact`).toBeLessThanOrEqual(4);
    expect(after.movedCells, `${after.movedCells} of ${after.rows} rows read from the cells that moved`).toBeLessThanOrEqual(4);
    const cells = categoryCells(attack);
    expect(share(cells.filter((d) => d.shown !== d.truth), cells)).toBeGreaterThan(0.6);

    // Each pair of the four views differs by a group (11, 10, 25 or 24 people): its cells of
    // fewer than k go into the count of small differences below.
    collectSmall("v1 − v2", combine([f1, f2], [1, -1]));
    collectSmall("v3 − v4", combine([f3, f4], [1, -1]));
    collectSmall("v1 − v3", combine([f1, f3], [1, -1]));
    collectSmall("v2 − v4", combine([f2, f4], [1, -1]));
  });
});

/** Rows of views combined into one or two people's answers (two views one person apart, four views), pooled across the file. */
const fewPeopleRows = { rows: 0, exact: 0, movedCells: 0 };
function poolFewPeople(recovered: ReturnType<typeof rowsRecovered>) {
  fewPeopleRows.rows += recovered.rows;
  fewPeopleRows.exact += recovered.exact;
  fewPeopleRows.movedCells += recovered.movedCells;
}

/** The rows of one group of a breakdown (`groups` of them), numbered as in a view without one. */
function groupRows(flat: Flat, groups: number, group: number): Flat {
  const rows: Flat = new Map();
  for (const [id, number] of flat) {
    const [key, row, rest] = id.split("|");
    if (rest === undefined || Number(row) % groups !== group) continue;
    rows.set(`${key}|${Math.floor(Number(row) / groups)}|${rest}`, number);
  }
  return rows;
}

/**
 * The numbers two views both show of the same records (`problems` gets every count that is not
 * of the same records), each set of records once, and how many of them are equal. The same view
 * (the same responses, asked in other words) shows them all equal; another view holding those
 * records among others adjusts each of them afresh, so that they are equal about a quarter of
 * the time.
 */
function sameRecords(a: Flat, b: Flat, where: string, problems: string[]) {
  let compared = 0;
  let equal = 0;
  const seen = new Set<Records>();
  for (const [id, n] of a) {
    const other = b.get(id);
    if (!other || n.shown === null || other.shown === null) continue;
    if (n.records !== other.records) problems.push(`${where}: ${id} counts ${n.truth} and ${other.truth}: not the same records`);
    // Counts near k are cut at k in both views (shown = k far more often): not compared.
    if (n.truth <= k + 1 || seen.has(n.records)) continue;
    seen.add(n.records);
    compared++;
    if (n.shown === other.shown) equal++;
  }
  return { compared, equal, share: compared ? equal / compared : 0 };
}

/**
 * Two views of the same records: the same numbers. (Both are views of the same responses, so
 * they are one view, whose cell keys are the same.)
 */
function sameWhereBothShown(a: Flat, b: Flat, where: string, problems: string[]) {
  const { compared, equal } = sameRecords(a, b, where, problems);
  if (equal !== compared) problems.push(`${where}: ${compared - equal} of ${compared} counts of the same records in the same view differ`);
  return compared;
}

/**
 * Counts of the same records in two different views (a breakdown's group and the view filtered
 * to it, a comparison's side and its results): each within ±2 of the truth (checked where they
 * are read), adjusted independently, so equal only about as often as two unrelated adjustments
 * are (26 %; 45 % or more of 60 sets of records, about once in 1 000 runs).
 */
function adjustedAfresh(a: Flat, b: Flat, where: string, problems: string[]) {
  const same = sameRecords(a, b, where, problems);
  debug(where, same);
  expect(same.share, `${where}: ${same.equal} of ${same.compared} counts equal`).toBeLessThan(0.45);
  return same.compared;
}

/** Two views, the first holding a small group more: every number allowed, and what subtracting them gives. */
async function pairOfViews(name: string, a: ResultsFilters, b: ResultsFilters, problems: string[], rowsOfA: (flat: Flat) => Flat = (flat) => flat) {
  const [A, B] = await Promise.all([look(a, `${name} (first)`, problems), look(b, `${name} (second)`, problems)]);
  const first = rowsOfA(A.flat);
  const differences = combine([first, B.flat], [1, -1]);
  collectSmall(name, differences);
  return { A, B, differences, recovered: rowsRecovered(differences, first) };
}

describe("pairs of views that differ by a small group", () => {
  it("“any of” filters that leave out a small option, and their complement", async () => {
    const problems: string[] = [];
    // Gender "other" is one person: every answer but theirs, against the same view without the
    // filter, in three views.
    const notOther = ["woman", "man", "no_answer"];
    const views: [string, Record<string, string[]>][] = [["whole", {}], ["Latvian or Russian", { first_language: ["lv", "ru"] }], ["under 65", { age_band: agesUnder65 }]];
    for (const [name, view] of views) {
      const gender = await pairOfViews(`${name} − gender any but other`, filtered(view), filtered({ ...view, gender: notOther }), problems);
      expect(gender.A.truth.respondents - gender.B.truth.respondents).toBe(1);
      expect(gender.recovered.rows).toBeGreaterThanOrEqual(20);
      poolFewPeople(gender.recovered);
      debug("any of", name, gender.recovered);
    }
    // The complementary view, that person alone, shows nothing at all.
    const others = await look(filtered({ gender: ["other"] }), "gender other", problems);
    expect(others.results.respondents).toBeNull();
    expect(others.results.questions).toEqual([]);
    // The "11 Latgalian speakers, 10 of them under 65", as two filtered views: one person apart.
    const latgalian = await pairOfViews("Latgalian − Latgalian under 65", filtered({ first_language: ["ltg"] }), filtered({ first_language: ["ltg"], age_band: agesUnder65 }), problems);
    expect([latgalian.A.truth.respondents, latgalian.B.truth.respondents]).toEqual([11, 10]);
    poolFewPeople(latgalian.recovered);
    expect(problems).toEqual([]);
  });

  it("a date filter against none", async () => {
    const problems: string[] = [];
    // Two responses came in three days ago, a day before all the others.
    const firstDay = dayOf(hoursBack(27));
    const dated = await pairOfViews("whole − from the second day", noFilters, { ...noFilters, from: firstDay }, problems);
    expect(dated.A.truth.respondents - dated.B.truth.respondents).toBe(2);
    // Up to the day of those two: a view of 2, which shows nothing.
    const early = await look({ ...noFilters, to: dayOf(hoursBack(75)) }, "to the first day", problems);
    expect(people.filter((p) => inView(p, { ...noFilters, to: dayOf(hoursBack(75)) }))).toHaveLength(2);
    expect(early.results.respondents).toBeNull();
    expect(early.results.questions).toEqual([]);
    // From that day to today is the same records as from that day: the same numbers.
    const bounded = await look({ ...noFilters, from: firstDay, to: dayOf(hoursBack(3)) }, "from and to", problems);
    expect(sameWhereBothShown(dated.B.flat, bounded.flat, "from − from and to", problems)).toBeGreaterThan(100);
    debug("dates", dated.recovered);
    expect(problems).toEqual([]);
  });

  it("a language filter against none", async () => {
    const problems: string[] = [];
    // Three people answered the questionnaire in English, everyone else in Latvian.
    const language = await pairOfViews("whole − in Latvian", noFilters, { ...noFilters, language: "lv" }, problems);
    expect(language.A.truth.respondents - language.B.truth.respondents).toBe(3);
    const english = await look({ ...noFilters, language: "en" }, "in English", problems);
    expect(english.results.respondents).toBeNull();
    debug("language", language.recovered);
    expect(problems).toEqual([]);
  });

  it("a breakdown's group against filtered views", async () => {
    const problems: string[] = [];
    const group = (filters: ResultsFilters, key: string, options: string[], option: string) => ({
      filters: { ...filters, breakdown: key },
      rows: (flat: Flat) => groupRows(flat, options.length, options.indexOf(option)),
    });
    // Women: the group of a breakdown by gender, and the view filtered to them, are the same
    // records in two views: adjusted independently, each within ±2 of the truth.
    const women = group(noFilters, "gender", allGenders, "woman");
    const [byGender, onlyWomen] = await Promise.all([look(women.filters, "by gender", problems), look(filtered({ gender: ["woman"] }), "women", problems)]);
    expect(adjustedAfresh(women.rows(byGender.flat), onlyWomen.flat, "women's group and women's view", problems)).toBeGreaterThan(100);
    // Each of them asked again (the filtered one in other words): the same numbers.
    const [byGenderAgain, onlyWomenAgain] = await Promise.all([
      surveyResults(survey, women.filters, { lang: "en", threshold: k, runs }),
      surveyResults(survey, filtered({ age_band: [...allAges].reverse(), gender: ["woman"] }), { lang: "en", threshold: k, runs }),
    ]);
    expect(byGenderAgain).toEqual(byGender.results);
    expect(onlyWomenAgain).toEqual(onlyWomen.results);
    // The women's group less the women who are not Latgalian speakers: the Latgalian women (5).
    const latgalianWomen = await pairOfViews("women's group − women not Latgalian", women.filters, filtered({ gender: ["woman"], first_language: notLatgalian }), problems, women.rows);
    expect(latgalianWomen.recovered.rows).toBeGreaterThanOrEqual(20);
    // The attack on the women's group: groups of breakdowns and filtered views, mixed.
    const youngerWomen = group(v3, "gender", allGenders, "woman");
    const [a, b, c, d] = await Promise.all([
      look(women.filters, "v1 by gender", problems).then((view) => women.rows(view.flat)),
      look(filtered({ gender: ["woman"], first_language: notLatgalian }), "v2 women", problems).then((view) => view.flat),
      look(youngerWomen.filters, "v3 by gender", problems).then((view) => youngerWomen.rows(view.flat)),
      look(filtered({ gender: ["woman"], first_language: notLatgalian, age_band: agesUnder65 }), "v4 women", problems).then((view) => view.flat),
    ]);
    const attack = combine([a, b, c, d], [1, -1, -1, 1]);
    // Worked on the true counts they isolate a small group: the planted woman, and whoever the
    // four take in at different steps of k (a group steps on its own, release-steps.ts).
    const isolated = attack.find((cell) => cell.id === "age_band|0|n")!.truth;
    expect(isolated).toBeGreaterThanOrEqual(1);
    expect(isolated).toBeLessThan(k);
    // The four are different views, so each cell is the true combination plus four independent
    // adjustments, as in the attack: counted with the pairs one person apart below.
    const recovered = rowsRecovered(attack, a);
    expect(recovered.rows).toBeGreaterThanOrEqual(20);
    poolFewPeople(recovered);
    // The 65+ group against the 65+ view: the same records in two views (their cells of about 4
    // are hidden): each within ±2 of the truth, checked as they are read.
    const byAge = group(noFilters, "age_band", allAges, "65p");
    const [older, sixtyFive] = await Promise.all([look(byAge.filters, "by age", problems), look(filtered({ age_band: ["65p"] }), "65+", problems)]);
    sameRecords(byAge.rows(older.flat), sixtyFive.flat, "65+ group and 65+ view", problems);
    debug("breakdown", latgalianWomen.recovered, recovered);
    expect(problems).toEqual([]);
  });
});

describe("before and after", () => {
  let before: SurveyWithQuestions;
  let after: SurveyWithQuestions;
  let beforePeople: Person[];
  let afterPeople: Person[];
  let beforeRuns: SeriesRun[];
  let afterRuns: SeriesRun[];

  // 60 responses before and 60 after (5 an hour, random answers), and after, one person aged
  // 65+, the only one, whose household of 30 is also far from everyone else's 1–6.
  beforeAll(async () => {
    before = await newSurvey("BEFORE");
    after = await newSurvey("AFTER", before.id);
    await prisma.survey.update({ where: { id: before.id }, data: { pairedSurveyId: after.id } });
    [before, after] = await Promise.all([findSurveyById(before.id), findSurveyById(after.id)]);
    const random = seededRandom(60);
    const crowd = (target: SurveyWithQuestions) =>
      Array.from({ length: 60 }, (_, j) =>
        person(3 + Math.floor(j / 5), "lv", { age_band: agesUnder65[j % 6]!, first_language: notLatgalian[j % 3]!, gender: genders[j % 3]!, years_in_city: years[j % 5]! }, itemAnswers(target, (_, m) => Math.floor(random() * m))),
      );
    beforePeople = crowd(before);
    const lone = person(6, "lv", { age_band: "65p", first_language: "ltg", gender: "man", years_in_city: "lt1" }, { ...itemAnswers(after, (row, m) => (3 * row + 2) % m), household_size: 30 });
    afterPeople = [...crowd(after), lone];
    await Promise.all([insert(before, beforePeople), insert(after, afterPeople)]);
    [beforeRuns, afterRuns] = await Promise.all([seriesRuns(before.id, "en"), seriesRuns(after.id, "en")]);
  }, 60_000);

  const lookAt = (side: "before" | "after", filters: ResultsFilters, problems: string[]) =>
    look(
      filters,
      `${side} ${filtersToSearch(filters) || "whole"}`,
      problems,
      side === "before" ? { survey: () => before, people: () => beforePeople, runs: () => beforeRuns } : { survey: () => after, people: () => afterPeople, runs: () => afterRuns },
    );

  it("shows each side's numbers within ±2 of the truth, adjusted apart from its results, and they subtract no better than any other view", async () => {
    const problems: string[] = [];
    const comparison = (await compareBeforeAfter(after.id, "en", k, { before: "Before", after: "After" }))!;
    const [beforeWhole, afterWhole, afterUnder65] = await Promise.all([
      lookAt("before", noFilters, problems),
      lookAt("after", noFilters, problems),
      lookAt("after", filtered({ age_band: agesUnder65 }), problems),
    ]);
    expect([afterWhole.truth.respondents, afterUnder65.truth.respondents]).toEqual([61, 60]);
    // The comparison's rows, numbered as the results' rows of the same question.
    const comparedRows = (side: 0 | 1, truth: TrueView): Flat => {
      const flat: Flat = new Map();
      for (const item of comparison.items) {
        const [key, statement] = item.result.key.split(".") as [string, string | undefined];
        const question = questionsOf(after).find((q) => q.key === key)!;
        const row = statement ? question.statements.findIndex((s) => s.key === statement) : 0;
        const shown = item.result.rows[side]!;
        const expected = truth.questions.get(key)!.rows[row]!;
        const note = (id: string, value: Shown, truthValue: TrueCount) => {
          const count = { shown: value, truth: truthValue.n, records: truthValue.records };
          flat.set(id, count);
          if (!allowed(count)) problems.push(`comparison ${side ? "after" : "before"}: ${id} shows ${value} for a true ${truthValue.n}`);
        };
        note(`${key}|${row}|n`, shown.respondents, expected.total);
        item.result.categories.forEach((category, j) => note(`${key}|${row}|${category.label}`, shown.counts[j] ?? null, expected.counts.get(category.label)!));
      }
      return flat;
    };
    const comparedBefore = comparedRows(0, beforeWhole.truth);
    const comparedAfter = comparedRows(1, afterWhole.truth);
    expect(comparison.items.length).toBe(13);
    // The same records as each side's results, in another view (the comparison's, of both
    // sides): each within ±2 of the truth, adjusted independently of the results page.
    expect(adjustedAfresh(comparedBefore, beforeWhole.flat, "before: comparison and results", problems)).toBeGreaterThan(60);
    expect(adjustedAfresh(comparedAfter, afterWhole.flat, "after: comparison and results", problems)).toBeGreaterThan(60);
    // The comparison asked again: the same numbers.
    expect(await compareBeforeAfter(after.id, "en", k, { before: "Before", after: "After" })).toEqual(comparison);
    // The comparison's "after" less the results of those under 65: the one person aged 65+.
    const differences = combine([comparedAfter, afterUnder65.flat], [1, -1]);
    collectSmall("after compared − after under 65", differences);
    const recovered = rowsRecovered(differences, comparedAfter);
    expect(recovered.rows).toBeGreaterThanOrEqual(10);
    poolFewPeople(recovered);
    debug("before/after", recovered);
    expect(problems).toEqual([]);
  });

  // The leak reported with issue 14: bins that spanned each view's own smallest to largest
  // answer. The whole "after" questionnaire drew household sizes in ten bins up to exactly 30,
  // those under 65 drew 1 to 6, one bar each: the one person aged 65+ lives in a household of 30.
  it("draws the same bins for number answers in every view, spanning the whole questionnaire at a round width", async () => {
    const problems: string[] = [];
    const views = await Promise.all(
      [noFilters, filtered({ age_band: agesUnder65 }), filtered({ gender: ["woman"] }), { ...noFilters, breakdown: "age_band" }, filtered({ first_language: ["lv"] }, { breakdown: "gender" })].map((filters) =>
        lookAt("after", filters, problems),
      ),
    );
    const bins = (results: SurveyResults) => results.questions.find((q) => q.key === "household_size")!.categories.map((c) => c.label);
    debug("bins", views.map((view) => bins(view.results)));
    // Answers 1 to 30: bins of 5 from 0, the last holding 30.
    for (const view of views) expect(bins(view.results)).toEqual(["0–5", "5–10", "10–15", "15–20", "20–25", "25–30"]);
    // Those under 65 have no household above 6, and show so: as nobody in the bins above 10,
    // not as bins that end where their answers do.
    const under65 = views[1]!.flat;
    for (const label of ["10–15", "15–20", "20–25", "25–30"]) expect(under65.get(`household_size|0|${label}`)).toMatchObject({ shown: 0, truth: 0 });
    expect(problems).toEqual([]);
  });

  // One new response, in an hour of its own (it waits for k − 1 more), with a household of 30
  // where the "before" households are 1 to 6.
  const afterOneNewcomer: { first: Awaited<ReturnType<typeof lookAt>>[]; second: Awaited<ReturnType<typeof lookAt>>[] } = { first: [], second: [] };
  const householdBins = (results: SurveyResults) => results.questions.find((q) => q.key === "household_size")!.categories.map((c) => c.label);

  const otherQuestions = (results: SurveyResults) => ({ ...results, questions: results.questions.filter((q) => q.key !== "household_size") });

  // Last in this block: it adds a response to the "before" questionnaire, whose views have
  // taken in every response so far (60, 5 an hour).
  it("takes no single new response in, and shows only allowed numbers after it", async () => {
    const problems: string[] = [];
    const views = [noFilters, filtered({ age_band: agesUnder65 }), { ...noFilters, breakdown: "gender" }];
    afterOneNewcomer.first = await Promise.all(views.map((filters) => lookAt("before", filters, problems)));
    const newcomer = person(2, "lv", { age_band: "25_34", first_language: "lv", gender: "woman", years_in_city: "gt15" }, { ...itemAnswers(before, (row, m) => row % m), household_size: 30 });
    await insert(before, [newcomer]);
    beforePeople.push(newcomer);
    afterOneNewcomer.second = await Promise.all(views.map((filters) => lookAt("before", filters, problems)));
    const { first, second } = afterOneNewcomer;
    debug("bins after one", householdBins(first[0]!.results), householdBins(second[0]!.results));
    expect(problems).toEqual([]);
    views.forEach((_, i) => expect(second[i]!.truth.held, `view ${i} takes the newcomer in`).toEqual(first[i]!.truth.held));
    // Without a breakdown, every other question shows what it showed.
    for (const i of [0, 1]) expect(otherQuestions(second[i]!.results), `view ${i}`).toEqual(otherQuestions(first[i]!.results));
  });

  // Found with issue 14's second design: in a breakdown, a group with no response taken in read
  // "hidden" rather than 0 only while some response of the view waited, and the smallest other
  // row was hidden with it (complementary suppression), so one new response turned "Other" (0)
  // and another row hidden on every question. Now a group with none taken in reads hidden
  // whether or not any wait, and nothing is hidden with it: the look after one new response is
  // the look before.
  it("shows a breakdown the same after one new response, when nothing waited before", () => {
    const { first, second } = afterOneNewcomer;
    expect(second.length).toBe(3);
    expect(second[2]!.results).toEqual(first[2]!.results);
    // By gender, "Other" (nobody, index 2 of each statement's four rows) reads hidden, never 0;
    // every other group (20 people each) shows its respondents: none hidden along with it.
    for (const view of [first[2]!, second[2]!]) {
      const charts = view.results.questions.filter((q) => q.chart !== "text");
      expect(charts.length).toBeGreaterThan(10);
      for (const question of charts) {
        const isOther = (i: number) => i % allGenders.length === allGenders.indexOf("other");
        expect(question.rows.map((row) => row.respondents === null), question.key).toEqual(question.rows.map((_, i) => isOther(i)));
      }
    }
  });

  // Found with issue 14's second design: the bins spanned every answer the questionnaire had
  // stored, also those of responses no view had taken in yet, so one new response with a number
  // outside the others' range redrew every view's histogram at once and told its answer (the
  // "before" households, 1 to 6, one bar each, became bins of 5 from 0 to 30). Now they span
  // only the answers of responses the questionnaire as a whole has taken in (numberRanges in
  // answer-queries.server.ts): after one new response every view shows exactly what it showed.
  it("draws the same bins after one new response that no view has taken in", () => {
    const { first, second } = afterOneNewcomer;
    expect(second.length).toBe(3);
    first.forEach((view, i) => {
      expect(householdBins(view.results), `view ${i}`).toEqual(["1", "2", "3", "4", "5", "6"]);
      expect(householdBins(second[i]!.results), `view ${i}`).toEqual(householdBins(view.results));
      expect(second[i]!.results, `view ${i}`).toEqual(view.results);
    });
  });
});

/** A CSV line's fields (quoted ones may hold commas and doubled quotes). */
function csvFields(line: string): string[] {
  const fields: string[] = [];
  let field = "";
  let quoted = false;
  for (let i = 0; i < line.length; i++) {
    const char = line[i]!;
    if (quoted && char === '"' && line[i + 1] === '"') (field += '"'), i++;
    else if (char === '"') quoted = !quoted;
    else if (char === "," && !quoted) fields.push(field), (field = "");
    else field += char;
  }
  return [...fields, field];
}

describe("a chart's CSV", () => {
  async function download(query: string): Promise<string[][]> {
    const route = await import("../../app/routes/_workspace.surveys.$surveyId_.results[.]csv.tsx");
    const request = new Request(`http://balss.test/surveys/${survey.id}/results.csv?lang=en&${query}`, { headers: { Cookie: evaluatorCookie } });
    const response = (await route.loader({ request, params: { surveyId: survey.id }, context: {} })) as Response;
    expect(response.status).toBe(200);
    return (await response.text()).replace(/^\uFEFF/, "").split("\r\n").filter(Boolean).map(csvFields);
  }

  it("shows the numbers of the page, in filtered views and a breakdown", async () => {
    const value = (field: string | undefined): Shown => (field === "hidden" ? null : Number(field));
    for (const filters of [v4, filtered({ gender: ["woman", "man"] }, { from: dayOf(hoursBack(27)), breakdown: "age_band" })]) {
      const page = await surveyResults(survey, filters, { lang: "en", threshold: k, runs });
      for (const key of ["stereotypes", "barriers", "influence", "household_size"]) {
        const question = page.questions.find((q) => q.key === key)!;
        const lines = await download(`question=${key}&${filtersToSearch(filters)}`);
        const stats = question.chart === "histogram";
        const rows = lines.slice(2);
        expect(rows).toHaveLength(question.rows.length);
        question.rows.forEach((row, i) => {
          const fields = rows[i]!;
          const counts = stats ? fields.slice(2, 2 + question.categories.length) : question.categories.map((_, j) => fields[2 + 2 * j]);
          expect([value(fields[1]), ...counts.map(value)], `${key} row ${i} of ${filtersToSearch(filters)}`).toEqual([row.respondents, ...row.counts]);
        });
      }
    }
  });
});

const demographicKeys = Object.keys(demographicOptions);

function randomSubset(random: () => number, options: string[]): string[] {
  for (;;) {
    const subset = options.filter(() => random() < 0.6);
    if (subset.length) return subset;
  }
}

/** Two or three demographic questions, each filtered to a random "any of" set of its answers. */
function randomView(random: () => number): ResultsFilters {
  const keys = [...demographicKeys].sort(() => random() - 0.5).slice(0, random() < 0.5 ? 2 : 3);
  return { ...noFilters, answers: keys.map((question) => ({ question, options: randomSubset(random, demographicOptions[question]!) })) };
}

/** The view with one answer more or less in one of its filters (a view next to it). */
function nextTo(view: ResultsFilters, random: () => number): ResultsFilters {
  const answers = view.answers.map((a) => ({ ...a, options: [...a.options] }));
  const changed = answers[Math.floor(random() * answers.length)]!;
  const all = demographicOptions[changed.question]!;
  const option = all[Math.floor(random() * all.length)]!;
  changed.options = changed.options.includes(option) ? changed.options.filter((o) => o !== option) : all.filter((o) => o === option || changed.options.includes(o));
  return { ...view, answers: answers.filter((a) => a.options.length) };
}

/** The same view written in another order (filters and their answers). */
const reordered = (view: ResultsFilters): ResultsFilters => ({ ...view, answers: [...view.answers].reverse().map((a) => ({ ...a, options: [...a.options].reverse() })) });

/** For each view of the random pairs: its size, that size as an attacker estimates it from its many totals, and how far those totals spread. */
const sizeReadings: { truth: number; estimate: number; readings: number; spread: number }[] = [];

describe("random pairs of views", () => {
  it("show only allowed numbers, blur every small difference and every unchanged count, and show the same view the same way twice", async () => {
    const random = seededRandom(2026);
    const problems: string[] = [];
    const errors: number[] = [];
    /** Counts of the same responses in two views that hold different ones: whether they show the same. */
    const unchanged: boolean[] = [];
    const pairs = { sameResponses: 0, sameTakenIn: 0, different: 0 };
    const sized = new Set<string>();
    const required = new Set(questionsOf(survey).filter((q) => q.required).map((q) => q.key));
    // The responses a view has taken in, and each of its groups (a group takes in its own in steps of k).
    const heldBy = (truth: TrueView) => [truth.held, ...truth.groups].map(recordsOf).join("/");
    for (let i = 0; i < 100; i++) {
      const a = randomView(random);
      const b = random() < 0.7 ? nextTo(a, random) : randomView(random);
      if (random() < 0.2) a.breakdown = b.breakdown = random() < 0.5 ? "age_band" : "first_language";
      const [A, B] = await Promise.all([look(a, `pair ${i} ${filtersToSearch(a)}`, problems), look(b, `pair ${i} ${filtersToSearch(b)}`, problems)]);
      if (i % 5 === 0) {
        const again = await surveyResults(survey, reordered(a), { lang: "en", threshold: k, runs });
        expect(again, `pair ${i} asked again`).toEqual(A.results);
      }
      if (recordsOf(A.truth.inView) === recordsOf(B.truth.inView)) {
        // Other filters, the same responses: the same view, the same page.
        pairs.sameResponses++;
        expect(B.results, `pair ${i}: the same responses`).toEqual(A.results);
        continue;
      }
      if (heldBy(A.truth) === heldBy(B.truth)) {
        // They differ only by responses neither has taken in yet: the same numbers.
        pairs.sameTakenIn++;
        sameWhereBothShown(A.flat, B.flat, `pair ${i}: the same responses taken in`, problems);
        continue;
      }
      pairs.different++;
      const seen = new Set<string>();
      for (const d of combine([A.flat, B.flat], [1, -1])) {
        if (seen.has(d.records)) continue;
        seen.add(d.records);
        if (Math.abs(d.truth) >= 1 && Math.abs(d.truth) < k) errors.push(d.shown - d.truth);
        // The same responses counted in both (away from k, where adjustments are cut).
        const [inA, inB] = [A.flat.get(d.id)!, B.flat.get(d.id)!];
        if (inA.records === inB.records && inA.truth > k + 1) unchanged.push(inA.shown === inB.shown);
      }
      // Every respondent answered every required question: each of their totals counts the view again.
      for (const { results, truth } of [A, B]) {
        if (results.respondents === null || truth.respondents < k + 3 || results.questions.length === 0 || a.breakdown || sized.has(heldBy(truth))) continue;
        sized.add(heldBy(truth));
        const readings = [results.respondents, ...results.questions.filter((q) => required.has(q.key)).flatMap((q) => q.rows.map((row) => row.respondents))].filter((n): n is number => n !== null);
        sizeReadings.push({
          truth: truth.respondents,
          estimate: Math.round(readings.reduce((x, y) => x + y, 0) / readings.length),
          readings: readings.length,
          spread: Math.max(...readings) - Math.min(...readings),
        });
      }
    }
    expect(problems).toEqual([]);
    // Each small difference is the true one plus two independent adjustments: off in 74 % of
    // cells (55 % or less of 200 sets of responses, less than once in a million runs).
    debug("random pairs", { pairs, small: errors.length, off: share(errors.filter((e) => e !== 0), errors), unchanged: unchanged.length, equal: share(unchanged.filter(Boolean), unchanged) });
    expect(errors.length).toBeGreaterThan(200);
    expect(share(errors.filter((e) => e !== 0), errors)).toBeGreaterThan(0.55);
    for (const e of errors) expect(Math.abs(e)).toBeLessThanOrEqual(2 * maxAdjustment);
    // A count whose records did not change shows the same number in the other view only as often
    // as two unrelated adjustments agree (26 %); with the first cell keys, every time.
    expect(pairs.different).toBeGreaterThan(50);
    expect(unchanged.length).toBeGreaterThan(1000);
    expect(share(unchanged.filter(Boolean), unchanged)).toBeLessThan(0.32);
  }, 60_000);
});

describe("across every pair of views above", () => {
  it("a small difference read off two shown counts is often not the true one", () => {
    const off = smallDifferences.filter((d) => d.error !== 0);
    debug("small differences", { cells: smallDifferences.length, off: share(off, smallDifferences) });
    expect(smallDifferences.length).toBeGreaterThan(150);
    expect(share(off, smallDifferences)).toBeGreaterThanOrEqual(0.3);
    // Every pair contributes blurred cells, not only some.
    for (const pair of new Set(smallDifferences.map((d) => d.pair))) {
      const own = smallDifferences.filter((d) => d.pair === pair);
      if (own.length >= 20) expect(share(own.filter((d) => d.error !== 0), own), pair).toBeGreaterThanOrEqual(0.2);
    }
  });

  it("views combined into one or two people give their whole answer to a question exactly in few rows", () => {
    debug("few people", fewPeopleRows);
    expect(fewPeopleRows.rows).toBeGreaterThanOrEqual(80);
    // A row is exact when, in every one of its cells, the two (or four) independent adjustments
    // happen to cancel: 26 % (18 %) of cells, so a row of 3 or more cells rarely; the first cell
    // keys gave some 25 % of rows, the exact method every row.
    expect(fewPeopleRows.exact / fewPeopleRows.rows).toBeLessThanOrEqual(0.1);
  });

  // The leak reported with issue 14: two views a few respondents apart held the very same
  // records in every cell those respondents are not in, and those cells showed the very same
  // numbers, so the cells that moved were the few people's answers (62–78 % of rows). Now each
  // of those cells also moves unless its two adjustments happen to agree (26 %), so a row reads
  // right only when the person's cells move and every other cell happens not to.
  it("two views one person apart do not tell which cells hold that person", () => {
    debug("moved cells", fewPeopleRows);
    expect(fewPeopleRows.movedCells / fewPeopleRows.rows).toBeLessThanOrEqual(0.1);
  });

  // The leak reported with issue 14: every answer had its own record key, so the totals of a
  // view's required questions counted the same respondents with independent adjustments, and
  // their average (some 19 readings of one number) was the view's exact size. Now they share
  // their responses' keys: every total of those respondents in the view is one and the same
  // number, exact only when its adjustment happens to be 0 (40 % of views).
  it("a view's totals do not average to its exact size", () => {
    const exact = sizeReadings.filter((r) => r.estimate === r.truth);
    debug("sizes", { views: sizeReadings.length, exact: share(exact, sizeReadings), readings: sizeReadings[0]?.readings });
    expect(sizeReadings.length).toBeGreaterThan(50);
    for (const reading of sizeReadings) expect(reading.spread, `a view of ${reading.truth}: its totals differ`).toBe(0);
    // Chance is 102/256 = 40 %; 55 % or more in 50 views, about once in 10 000 runs.
    expect(share(exact, sizeReadings)).toBeLessThan(0.55);
  });
});

/** Every way to split `options` in two non-empty parts, each split once (the part with the first option). */
function splitsOf(options: string[]): string[][] {
  const [first, ...rest] = options;
  const parts: string[][] = [];
  for (let mask = 0; mask < 2 ** rest.length - 1; mask++) parts.push([first!, ...rest.filter((_, i) => mask & (2 ** i))]);
  return parts;
}

describe("many views averaged", () => {
  let averaged: ReturnType<typeof rowsRecovered> | null = null;

  // An attacker's estimate of every count of two views one person apart (the whole survey and
  // it without gender "other"), each averaged from the view itself and from the two parts of
  // each of 85 splits of it by a demographic question's answers (ages, years in the city, first
  // language): 342 views, some 10 seconds.
  it("shows only allowed numbers in every part of every split", async () => {
    const problems: string[] = [];
    // The one person whose gender is "other": every view, and every view without them.
    const targets = [noFilters, filtered({ gender: ["woman", "man", "no_answer"] })];
    const splitBy = ["age_band", "years_in_city", "first_language"].flatMap((question) =>
      splitsOf(demographicOptions[question]!).map((part) => [part, demographicOptions[question]!.filter((o) => !part.includes(o))].map((options) => ({ question, options }))),
    );
    const estimates: Flat[] = [];
    const truths: Flat[] = [];
    for (const [t, target] of targets.entries()) {
      const whole = await look(target, `target ${t}`, problems);
      truths.push(whole.flat);
      // Readings of each count: the view's own (variance 1.2), and each split's two parts added (2.4).
      const readings = new Map<string, { sum: number; weight: number }>();
      const read = (id: string, value: number, weight: number) => {
        const r = readings.get(id) ?? { sum: 0, weight: 0 };
        readings.set(id, { sum: r.sum + value * weight, weight: r.weight + weight });
      };
      // An attacker leaves out counts that may be cut at k (shown k to k + 2).
      const usable = (n: Count | undefined) => n !== undefined && n.shown !== null && (n.shown === 0 || n.shown > k + 2);
      for (const [id, n] of whole.flat) if (isCategory(id) && usable(n)) read(id, n.shown!, 2);
      for (let i = 0; i < splitBy.length; i += 6) {
        const batch = splitBy.slice(i, i + 6);
        const parts = await Promise.all(batch.flatMap((split) => split.map((filter) => look({ ...target, answers: [...target.answers, filter] }, `target ${t} split ${filter.question}`, problems))));
        for (let j = 0; j < batch.length; j++) {
          const [a, b] = [parts[2 * j]!.flat, parts[2 * j + 1]!.flat];
          for (const id of whole.flat.keys()) if (isCategory(id) && usable(a.get(id)) && usable(b.get(id))) read(id, a.get(id)!.shown! + b.get(id)!.shown!, 1);
        }
      }
      estimates.push(new Map([...whole.flat].filter(([id]) => readings.has(id)).map(([id, n]) => [id, { ...n, shown: Math.round(readings.get(id)!.sum / readings.get(id)!.weight) }])));
    }
    expect(problems).toEqual([]);
    const exactCells = (flat: Flat) => share([...flat.values()].filter((n) => n.shown === n.truth), [...flat.values()]);
    averaged = rowsRecovered(combine(estimates, [1, -1]), truths[0]!);
    debug("averaged", { splits: splitBy.length, views: 2 * (1 + 2 * splitBy.length), cellsExact: estimates.map(exactCells), recovered: averaged });
    expect(averaged.rows).toBeGreaterThanOrEqual(15);
  }, 120_000);

  // Known leak (found with issue 14's second design, not fixed here). Every view adjusts its
  // counts afresh, so every view is one more independent reading: V is the sum of V ∩ F and
  // V ∩ not F for every split F, and averaging those sums (variance 2.4 each) with V's own
  // count (1.2) gives V's exact counts in 85–92 % of cells. The two views' estimates then differ
  // by that one person's answers, exactly, in 40 to 67 % of the rows (8 to 14 of 21 in eleven
  // runs; the pair of views alone gives none). The first cell keys (the same records, the
  // same adjustment in every view) would not have stopped it either: the parts of a split are
  // other records than the whole. Remove `.fails` once many views cannot be averaged (a limit or
  // a budget on a questionnaire's views, or noise that does not shrink by averaging).
  it.fails("do not give the one person between two views away", () => {
    expect(averaged).not.toBeNull();
    expect(averaged!.exact / averaged!.rows).toBeLessThanOrEqual(0.1);
  });
});

// Last: it adds responses to the survey the tests above read.
describe("consecutive looks", () => {
  it("show the same numbers after one new response, and change only once k have come", async () => {
    const problems: string[] = [];
    const views: [string, ResultsFilters][] = [
      ["whole", v1],
      ["not Latgalian", v2],
      ["under 65", v3],
      ["neither", v4],
      ["Latgalian", filtered({ first_language: ["ltg"] })],
      ["65+", filtered({ age_band: ["65p"] })],
      ["Latgalian women", filtered({ first_language: ["ltg"], gender: ["woman"] })],
      ["by age", { ...noFilters, breakdown: "age_band" }],
      ["Latgalian by age", { ...filtered({ first_language: ["ltg"] }), breakdown: "age_band" }],
    ];
    const lookAtAll = (when: string) => Promise.all(views.map(([name, filters]) => look(filters, `${name}, ${when}`, problems)));
    const sameRecords = (a: TrueView, b: TrueView) => a.held.length === b.held.length && a.groups.every((group, i) => group.length === b.groups[i]!.length);
    // More Latgalian women aged 65+, with answers of their own, in the hour before last (over).
    const newcomers = Array.from({ length: k }, (_, i) =>
      person(2, "lv", { age_band: "65p", first_language: "ltg", gender: "woman", years_in_city: "lt1" }, itemAnswers(survey, (row, m) => (row + 3 * i + 1) % m)),
    );
    const first = await lookAtAll("first look");

    await insert(survey, newcomers.slice(0, 1));
    people.push(newcomers[0]!);
    const second = await lookAtAll("after one");
    views.forEach(([name], i) => {
      // Every view takes in all it held before (the hours are chosen so), and the newcomer waits.
      expect(sameRecords(first[i]!.truth, second[i]!.truth), `${name} would take the newcomer in`).toBe(true);
      expect(second[i]!.results, `${name} after one new response`).toEqual(first[i]!.results);
    });
    expect(second[0]!.truth.respondents).toBe(262);

    await insert(survey, newcomers.slice(1));
    people.push(...newcomers.slice(1));
    const third = await lookAtAll(`after ${k}`);
    const moved = views.filter((_, i) => !sameRecords(first[i]!.truth, third[i]!.truth)).map(([name]) => name);
    expect(moved).toEqual(["whole", "Latgalian", "65+", "Latgalian women", "by age", "Latgalian by age"]);
    views.forEach(([name], i) => {
      const [before, after] = [first[i]!, third[i]!];
      if (!moved.includes(name)) return expect(after.results, name).toEqual(before.results);
      expect(after.truth.respondents - before.truth.respondents, name).toBe(k);
      expect(after.results, name).not.toEqual(before.results);
      // k more, each shown within ±2: the shown total grows.
      expect(after.results.respondents!, name).toBeGreaterThan(before.results.respondents!);
    });
    expect(problems).toEqual([]);
  });
});
