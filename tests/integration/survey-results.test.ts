import { randomBytes } from "node:crypto";
import { beforeAll, describe, expect, it } from "vitest";
import { startSession } from "~/auth/session.server";
import { createUser } from "~/auth/users.server";
import { prisma } from "~/db.server";
import { noFilters, parseResultsFilters, type ResultsFilters } from "~/evaluation/results-filters";
import type { QuestionResult, SurveyResults } from "~/evaluation/results-types";
import { filterableSurvey, surveyResults } from "~/evaluation/survey-results.server";
import { createSurveyFromTemplate } from "~/survey/create-survey.server";
import { findSurveyById, type SurveyWithQuestions } from "~/survey/find-survey.server";
import { surveyTemplates } from "~/survey/templates";
import { insertResponses, repeat } from "../support/responses";
import { asShown } from "../support/shown-counts";

// Crafted answers with known counts: 8 Russian speakers aged 25–34, 4 Latvian speakers aged
// 65+, and one person aged 18–24 who left most questions out. k = 5. Shown counts are those
// within ±2 of the truth (cell key method): `asShown`.
let survey: SurveyWithQuestions;
let evaluatorCookie = "";

beforeAll(async () => {
  const suffix = randomBytes(4).toString("hex");
  const project = await prisma.project.create({
    data: { timeZone: "Europe/Riga", slug: `results-${suffix}`, name: { en: "Results" }, startsOn: new Date(), endsOn: new Date() },
  });
  const joinCode = `R${suffix.toUpperCase().replace(/[01]/g, "X")}`.slice(0, 6).replace(/[IOL]/g, "X");
  const created = await prisma.$transaction(
    (tx) => createSurveyFromTemplate(tx, { projectId: project.id, joinCode, template: surveyTemplates.stereotypes, status: "OPEN" }),
    { timeout: 30_000 },
  );
  survey = await findSurveyById(created.id);
  const evaluator = await createUser({ email: `results-${suffix}@example.org`, name: "Evaluator", role: "EVALUATOR", password: "evaluator-password", projectIds: [project.id] });
  evaluatorCookie = (await startSession(new Request("http://balss.test/signin"), evaluator.id)).split(";")[0]!;
  await insertResponses(survey, [
    ...repeat(8, (i) => ({
      language: "ru",
      submittedAt: new Date("2026-05-02T10:30:00Z"),
      answers: {
        age_band: "25_34",
        first_language: "ru",
        eu_belonging: "4",
        influence: 7,
        "stereotypes.newcomers_jobs": i < 6 ? "2" : "dk",
        barriers: i < 7 ? ["time", "language"] : ["time"],
        message_to_city: i === 0 ? "Vairāk soliņu parkos, 100% jā_" : `Atbilde ${i}`,
      },
    })),
    ...repeat(4, () => ({
      language: "lv",
      submittedAt: new Date("2026-05-01T10:30:00Z"),
      answers: { age_band: "65p", first_language: "lv", eu_belonging: "2", influence: 3, "stereotypes.newcomers_jobs": "5", barriers: ["time"] },
    })),
    { language: "lv", submittedAt: new Date("2026-05-02T10:30:00Z"), answers: { age_band: "18_24", eu_belonging: "5" } },
  ]);
});

function resultsFor(search: string, text?: (key: string) => { search: string; page: number }): Promise<SurveyResults> {
  const filters = search ? parseResultsFilters(new URLSearchParams(search), filterableSurvey(survey, [])) : noFilters;
  if (!filters) throw new Error(`bad filters ${search}`);
  return surveyResults(survey, filters as ResultsFilters, { lang: "en", threshold: 5, text });
}

const question = (results: SurveyResults, key: string): QuestionResult => results.questions.find((q) => q.key === key)!;

describe("survey results", () => {
  it("counts every answer, hiding counts under k and one more so totals cannot reveal them", async () => {
    const results = await resultsFor("");
    expect(asShown(results.respondents, 13)).toBe(13);
    const age = question(results, "age_band");
    expect(age.categories.map((c) => c.label)).toEqual(["Under 18", "18–24", "25–34", "35–44", "45–54", "55–64", "65 or older"]);
    expect(age.rows).toHaveLength(1);
    expect(asShown(age.rows[0]!.respondents, 13)).toBe(13);
    expect(asShown(age.rows[0]!.counts, [0, null, 8, 0, 0, 0, null])).toEqual([0, null, 8, 0, 0, 0, null]);

    const belonging = question(results, "eu_belonging");
    expect(belonging.chart).toBe("diverging");
    expect(belonging.neutral).toBe(2);
    expect(asShown(belonging.rows[0]!.counts, [0, null, 0, 8, null, 0])).toEqual([0, null, 0, 8, null, 0]);
    expect(belonging.categories.at(-1)).toEqual({ label: "Don't know", isDontKnow: true });
  });

  it("charts ratings as a histogram with mean and median, suppressing small bars", async () => {
    const influence = question(await resultsFor(""), "influence");
    expect(influence.chart).toBe("histogram");
    expect(influence.categories).toHaveLength(11);
    const row = influence.rows[0]!;
    expect(asShown(row.respondents, 12)).toBe(12);
    // 4 answers of 3 are under k; the 8 answers of 7 are then the only other bar, so both go.
    expect(row.counts.filter((c) => c === null)).toHaveLength(2);
    // With the total of 12, a mean of 5.67 would give both hidden bars away (8 × 7 + 4 × 3).
    expect(row.mean).toBeNull();
    expect(row.median).toBeNull();
    // Where every bar is shown, so are the mean and the median.
    const russian = question(await resultsFor("f.first_language=ru"), "influence").rows[0]!;
    expect(asShown(russian.counts[7]!, 8)).toBe(8);
    // Worked out from the adjusted bars: one bar, so still exactly 7.
    expect(russian.mean).toBe(7);
    expect(russian.median).toBe(7);
  });

  it("counts multiple choice as a share of respondents, per matrix statement", async () => {
    const results = await resultsFor("");
    const barriers = question(results, "barriers");
    expect(barriers.multiple).toBe(true);
    expect(asShown(barriers.respondents, 12)).toBe(12);
    const values = survey.sections.flatMap((s) => s.questions).find((q) => q.key === "barriers")!.options.map((o) => o.value);
    expect(asShown(barriers.rows[0]!.counts[values.indexOf("time")]!, 12)).toBe(12);
    expect(asShown(barriers.rows[0]!.counts[values.indexOf("language")]!, 7)).toBe(7);
    const matrix = question(results, "stereotypes");
    const jobs = matrix.rows.find((r) => r.label.startsWith("Immigrants take jobs"))!;
    expect(asShown(jobs.respondents, 12)).toBe(12);
    // 6 × "2", 4 × "5", 2 × "don't know": the 4 and the 2 are hidden.
    expect(asShown(jobs.counts, [0, 6, 0, 0, null, null])).toEqual([0, 6, 0, 0, null, null]);
  });

  it("shows no chart at all for a filtered view of fewer than k respondents", async () => {
    for (const search of ["f.first_language=lv", "language=lv&f.age_band=65p", "from=2026-05-01&to=2026-05-01"]) {
      const results = await resultsFor(search);
      expect(results.respondents, search).toBeNull();
      expect(results.questions, search).toEqual([]);
    }
  });

  it("filters by demographic answer, language and dates", async () => {
    const russian = await resultsFor("f.first_language=ru");
    expect(asShown(russian.respondents, 8)).toBe(8);
    expect(asShown(question(russian, "age_band").rows[0]!.counts, [0, 0, 8, 0, 0, 0, 0])).toEqual([0, 0, 8, 0, 0, 0, 0]);
    expect(asShown((await resultsFor("language=ru")).respondents, 8)).toBe(8);
    expect(asShown((await resultsFor("from=2026-05-02")).respondents, 9)).toBe(9);
    expect(asShown((await resultsFor("f.first_language=ru&f.first_language=lv")).respondents, 12)).toBe(12);
  });

  it("breaks a question down by a demographic question, hiding a group until k of it are taken in", async () => {
    const results = await resultsFor("by=first_language");
    const belonging = question(results, "eu_belonging");
    expect(belonging.rows.map((r) => r.label)).toEqual(["Latvian", "Russian", "Latgalian", "Other"]);
    // Latvian speakers are 4 (< k): their group takes none in (release-steps.ts) and reads hidden,
    // as do the empty ones; nothing is counted in them, so nothing is hidden with them.
    expect(asShown(belonging.rows.map((r) => r.respondents), [null, 8, null, null])).toEqual([null, 8, null, null]);
    expect(asShown(belonging.rows[1]!.counts, [0, 0, 0, 8, 0, 0])).toEqual([0, 0, 0, 8, 0, 0]);
    // The view holds every response; the one without a first language is in no group.
    expect(asShown(results.respondents, 13)).toBe(13);
    // Free text is listed for the whole view, not per group, and only without a filter on who answered.
    const texts = (search: string) => resultsFor(search, () => ({ search: "", page: 1 })).then((r) => r.questions.find((q) => q.key === "message_to_city")?.texts?.total);
    expect(await texts("by=first_language")).toBe(8);
    expect(await texts("f.age_band=25_34&by=age_band")).toBeUndefined();
    expect(await texts("f.age_band=65p&f.age_band=25_34&language=lv")).toBeUndefined();
    const filtered = await resultsFor("f.age_band=25_34", () => ({ search: "", page: 1 }));
    expect(question(filtered, "message_to_city")).toMatchObject({ texts: null, textsWithheld: "filtered" });
  });

  it("lists free text page by page with search, and never for a group under k", async () => {
    const all = question(await resultsFor("", () => ({ search: "", page: 1 })), "message_to_city");
    expect(asShown(all.respondents, 8)).toBe(8);
    // The list is the answers themselves: its count is exact.
    expect(all.texts?.total).toBe(8);
    expect(all.texts?.items).toHaveLength(8);
    const found = question(await resultsFor("", () => ({ search: "100%", page: 1 })), "message_to_city");
    expect(found.texts?.items).toEqual(["Vairāk soliņu parkos, 100% jā_"]);
    const wildcard = question(await resultsFor("", () => ({ search: "_", page: 1 })), "message_to_city");
    expect(wildcard.texts?.total).toBe(1);
    const secondPage = question(await resultsFor("", () => ({ search: "", page: 2 })), "message_to_city");
    expect(secondPage.texts?.items).toEqual([]);
  });

  it("refuses filters that do not fit the survey", () => {
    const filterable = filterableSurvey(survey, []);
    for (const bad of ["from=yesterday", "language=fr", "f.first_language=klingon", "f.influence=7", "by=eu_belonging", "by=.event", "event=x", "from=2026-05-03&to=2026-05-01"]) {
      expect(parseResultsFilters(new URLSearchParams(bad), filterable), bad).toBeNull();
    }
  });
});

describe("a chart's numbers as CSV", () => {
  async function download(query: string): Promise<string[]> {
    const route = await import("../../app/routes/_workspace.surveys.$surveyId_.results[.]csv.tsx");
    const request = new Request(`http://balss.test/surveys/${survey.id}/results.csv?lang=en&${query}`, { headers: { Cookie: evaluatorCookie } });
    const response = (await route.loader({ request, params: { surveyId: survey.id }, context: {} })) as Response;
    expect(response.status).toBe(200);
    return (await response.text()).replace(/^\uFEFF/, "").split("\r\n");
  }

  it("heads each share column once, in words, and calls the overall row “All” as the page does", async () => {
    const [title, header, all] = await download("question=age_band");
    expect(title).toBe("How old are you?");
    expect(header).toBe(
      "Group,n,Under 18,Under 18: share of respondents (%),18–24,18–24: share of respondents (%),25–34,25–34: share of respondents (%)," +
        "35–44,35–44: share of respondents (%),45–54,45–54: share of respondents (%),55–64,55–64: share of respondents (%)," +
        "65 or older,65 or older: share of respondents (%)",
    );
    // The numbers of the chart and the table; shares of the shown respondents; hidden counts have no share.
    const page = question(await resultsFor(""), "age_band").rows[0]!;
    const [n, shown25] = [page.respondents!, page.counts[2]!];
    const share = (Math.round((shown25 / n) * 1000) / 10).toString();
    expect(all).toBe(`All,${n},0,0,hidden,,${shown25},${share},0,0,0,0,0,0,hidden,`);
    expect(asShown([n, shown25], [13, 8])).toEqual([13, 8]);
  });

  it("labels each group of a breakdown", async () => {
    const lines = await download("question=age_band&by=first_language");
    expect(lines.slice(2, 6).map((line) => line.split(",")[0])).toEqual(["Latvian", "Russian", "Latgalian", "Other"]);
  });
});
