import { randomBytes } from "node:crypto";
import { beforeAll, describe, expect, it } from "vitest";
import { prisma } from "~/db.server";
import { projectResults } from "~/evaluation/project-results.server";
import { createSurveyFromTemplate } from "~/survey/create-survey.server";
import { findSurveyById, type SurveyWithQuestions } from "~/survey/find-survey.server";
import { randomJoinCode } from "~/survey/new-join-code.server";
import { runAtAnotherEvent } from "~/survey/series.server";
import { surveyTemplates } from "~/survey/templates";
import { determinedByShown } from "../support/linked-counts";
import { insertResponses, repeat, type CraftedResponse } from "../support/responses";

// A partnership of three countries, k = 5. The stereotypes questionnaire B ("before") starts at
// Daugavpils and runs at four more events; Daugavpils, Vänersborg and Rēzekne also have an
// "after" questionnaire paired with B (or its run) there. "I feel that our city is part of a common Europe"
// (eu_belonging, 1–5 and "don't know") and one matrix statement are marked as indicators.
//
//   event (country, date)        B or its run: eu_belonging           after   languages of the most answered
//   Daugavpils (LV, 2026-03-01)  22: 1 1 2 2 3×4 4×6 5×6 dk×2         20×"5"  B: lv 14, ru 8
//   Vänersborg (SE, 2026-06-01)  10: 2×5 4×5                          12      after: sv 9, en 3
//   Līvāni     (LV, 2026-07-01)  3: 4 4 4                             –       lv 3
//   Rēzekne    (LV, 2026-09-01)  12: 5×9 1×3                          4×"4"   lv 6, ru 6
//   Ravenna    (IT, 2027-02-01)  25: 5×2 2×23                         –       it 25
let projectId = "";
const events: Record<string, string> = {};
let before: SurveyWithQuestions;
const runs: Record<string, SurveyWithQuestions> = {};
const afters: Record<string, SurveyWithQuestions> = {};

const answersOf = (values: string[], languages: [string, number][]): CraftedResponse[] => {
  const langs = languages.flatMap(([lang, n]) => repeat(n, () => lang));
  return values.map((eu_belonging, i) => ({ answers: { eu_belonging }, language: langs[i]! }));
};
const times = (n: number, value: string) => repeat(n, () => value);

async function makeEvent(name: string, country: string, day: string, attendance: number | null) {
  let partner = await prisma.partner.findFirst({ where: { projectId, country } });
  partner ??= await prisma.partner.create({ data: { projectId, name: `${country} partner`, city: name, country, position: Object.keys(events).length } });
  const event = await prisma.event.create({
    data: {
      projectId,
      hostPartnerId: partner.id,
      title: { en: name },
      place: name,
      startsAt: new Date(`${day}T10:00Z`),
      endsAt: new Date(`${day}T14:00Z`),
      timeZone: "Europe/Riga",
      attendance,
    },
  });
  events[name] = event.id;
}

async function pairWith(beforeSurvey: SurveyWithQuestions, eventId: string) {
  const after = await prisma.$transaction(
    (tx) => createSurveyFromTemplate(tx, { projectId, eventId, joinCode: randomJoinCode(), template: surveyTemplates.stereotypes, phase: "AFTER", status: "OPEN", pairedSurveyId: beforeSurvey.id }),
    { timeout: 30_000 },
  );
  await prisma.survey.update({ where: { id: beforeSurvey.id }, data: { pairedSurveyId: after.id } });
  return findSurveyById(after.id);
}

beforeAll(async () => {
  projectId = (
    await prisma.project.create({
      data: { timeZone: "Europe/Riga", slug: `partnership-${randomBytes(4).toString("hex")}`, name: { en: "Partnership" }, startsOn: new Date("2026-01-01"), endsOn: new Date("2027-12-31") },
    })
  ).id;
  // Created out of date order: the page orders events by date.
  await makeEvent("Ravenna", "IT", "2027-02-01", 50);
  await makeEvent("Daugavpils", "LV", "2026-03-01", 40);
  await makeEvent("Vänersborg", "SE", "2026-06-01", 30);
  await makeEvent("Līvāni", "LV", "2026-07-01", null);
  await makeEvent("Rēzekne", "LV", "2026-09-01", 20);
  const created = await prisma.$transaction(
    (tx) =>
      createSurveyFromTemplate(tx, { projectId, eventId: events["Daugavpils"]!, joinCode: randomJoinCode(), template: surveyTemplates.stereotypes, phase: "BEFORE", status: "OPEN" }),
    { timeout: 30_000 },
  );
  before = await findSurveyById(created.id);
  for (const name of ["Vänersborg", "Līvāni", "Rēzekne", "Ravenna"]) {
    const run = await runAtAnotherEvent(before.id, { eventId: events[name] });
    if (!run.ok) throw new Error(run.error);
    runs[name] = await findSurveyById(run.surveyId);
  }
  afters["Daugavpils"] = await pairWith(before, events["Daugavpils"]!);
  afters["Vänersborg"] = await pairWith(runs["Vänersborg"]!, events["Vänersborg"]!);
  afters["Rēzekne"] = await pairWith(runs["Rēzekne"]!, events["Rēzekne"]!);

  // Marked in the question editor's way: the question, and one statement of the matrix.
  const eu = before.sections.flatMap((s) => s.questions).find((q) => q.key === "eu_belonging")!;
  const matrix = before.sections.flatMap((s) => s.questions).find((q) => q.key === "stereotypes")!;
  await prisma.question.update({ where: { id: eu.id }, data: { indicator: true } });
  await prisma.statement.update({ where: { id: matrix.statements.find((s) => s.key === "newcomers_enrich")!.id }, data: { indicator: true } });

  const daugavpils = answersOf([...times(2, "1"), ...times(2, "2"), ...times(4, "3"), ...times(6, "4"), ...times(6, "5"), ...times(2, "dk")], [["lv", 14], ["ru", 8]]);
  // The statement: 10 of 22 agree, at Daugavpils only.
  daugavpils.forEach((response, i) => (response.answers["stereotypes.newcomers_enrich"] = i < 10 ? "4" : "2"));
  await insertResponses(before, daugavpils);
  await insertResponses(afters["Daugavpils"]!, answersOf(times(20, "5"), [["lv", 20]]));
  await insertResponses(runs["Vänersborg"]!, answersOf([...times(5, "2"), ...times(5, "4")], [["sv", 7], ["en", 3]]));
  await insertResponses(afters["Vänersborg"]!, answersOf([...times(6, "3"), ...times(6, "4")], [["sv", 9], ["en", 3]]));
  await insertResponses(runs["Līvāni"]!, answersOf(times(3, "4"), [["lv", 3]]));
  await insertResponses(runs["Rēzekne"]!, answersOf([...times(9, "5"), ...times(3, "1")], [["lv", 6], ["ru", 6]]));
  await insertResponses(afters["Rēzekne"]!, answersOf(times(4, "4"), [["lv", 4]]));
  await insertResponses(runs["Ravenna"]!, answersOf([...times(2, "5"), ...times(23, "2")], [["it", 25]]));
});

const results = (threshold: number) => projectResults(projectId, { lang: "en", threshold, eventId: null });

describe("participation across the partnership", () => {
  it("counts each event through its most answered questionnaire, a run at several events at each event", async () => {
    const { participation } = await results(1);
    expect(participation.map((e) => [e.title, e.country, e.attendance, e.responses, e.responseRate])).toEqual([
      ["Daugavpils", "LV", 40, 22, 55],
      // The "after" questionnaire (12) was answered by more than B's run (10).
      ["Vänersborg", "SE", 30, 12, 40],
      ["Līvāni", "LV", null, 3, null],
      ["Rēzekne", "LV", 20, 12, 60],
      ["Ravenna", "IT", 50, 25, 50],
    ]);
    expect(participation.map((e) => e.languages.map((l) => `${l.language} ${l.responses}`))).toEqual([
      ["lv 14", "ru 8"],
      ["sv 9", "en 3"],
      ["lv 3"],
      ["lv 6", "ru 6"],
      ["it 25"],
    ]);
  });

  it("adds up each country's events and the whole partnership, with a rate only where every event's attendance is known", async () => {
    const { countries, allCountries } = await results(1);
    expect(countries.map((c) => [c.name, c.events, c.attendance, c.responses, c.responseRate])).toEqual([
      ["Italy", 1, 50, 25, 50],
      // Līvāni has responses but no recorded attendance: no rate for Latvia.
      ["Latvia", 3, 60, 37, null],
      ["Sweden", 1, 30, 12, 40],
    ]);
    expect(countries.map((c) => c.languages.map((l) => `${l.language} ${l.responses}`))).toEqual([["it 25"], ["lv 23", "ru 14"], ["sv 9", "en 3"]]);
    expect([allCountries.attendance, allCountries.responses, allCountries.responseRate]).toEqual([140, 74, null]);
    expect(allCountries.languages.map((l) => `${l.language} ${l.responses}`)).toEqual(["it 25", "lv 23", "ru 14", "sv 9", "en 3"]);
  });

  it("hides small counts and whatever would give them away by subtraction, across events, countries and languages", async () => {
    const { participation, countries, allCountries } = await results(5);
    const shown = (place: { responses: number | null; languages: { language: string; responses: number | null }[] }) => [
      place.responses,
      Object.fromEntries(place.languages.map((l) => [l.language, l.responses])),
    ];
    const table = {
      events: Object.fromEntries(participation.map((e) => [e.title, shown(e)])),
      countries: Object.fromEntries(countries.map((c) => [c.country, shown(c)])),
      all: shown(allCountries),
    };
    // Līvāni's 3 and the 3 who answered in English are hidden; so is what would give them away.
    expect(table.events["Līvāni"]![0]).toBeNull();
    expect(table.events["Vänersborg"]![1]).toMatchObject({ en: null });
    expect(table.countries["SE"]![1]).toMatchObject({ en: null });
    expect(table.all[1]).toMatchObject({ en: null });
    // Italy's one event has nothing to hide.
    expect(table.events["Ravenna"]).toEqual([25, { it: 25 }]);
    expect(table.countries["IT"]).toEqual([25, { it: 25 }]);
    // A shown rate would give a hidden count away with the attendance.
    for (const place of [...participation, ...countries, allCountries]) if (place.responses === null) expect(place.responseRate).toBeNull();
    expect(nothingWorkedOut(participation, countries, allCountries)).toEqual([]);
    // As little as that takes: Rēzekne's total goes with Līvāni's (Latvia's 37 is shown), and
    // with it one of its languages; Sweden's Swedish goes with its English.
    expect(table).toEqual({
      events: {
        Daugavpils: [22, { lv: 14, ru: 8 }],
        Vänersborg: [12, { sv: null, en: null }],
        Līvāni: [null, { lv: null }],
        Rēzekne: [null, { lv: null, ru: 6 }],
        Ravenna: [25, { it: 25 }],
      },
      countries: { IT: [25, { it: 25 }], LV: [37, { lv: 23, ru: 14 }], SE: [12, { sv: null, en: null }] },
      all: [74, { it: 25, lv: 23, ru: 14, sv: null, en: null }],
    });
  });
});

/**
 * The hidden counts that the shown ones determine, worked out independently of the page's
 * code: every relation the page shows (an event is the sum of its languages, a country of its
 * events and of its languages, a country's language of its events', the whole of the
 * countries), then which hidden counts they fix (tests/support/linked-counts.ts).
 */
function nothingWorkedOut(
  eventsShown: Awaited<ReturnType<typeof results>>["participation"],
  countriesShown: Awaited<ReturnType<typeof results>>["countries"],
  allShown: Awaited<ReturnType<typeof results>>["allCountries"],
): string[] {
  const variables: { name: string; shown: number | null }[] = [];
  const variable = (name: string, shown: number | null) => (variables.push({ name, shown }), variables.length - 1);
  const languages = [...new Set(allShown.languages.map((l) => l.language))];
  // A language missing from a place's list is a shown zero.
  const langOf = (place: { languages: { language: string; responses: number | null }[] }, lang: string) => {
    const entry = place.languages.find((l) => l.language === lang);
    return entry ? entry.responses : 0;
  };
  const eventVars = eventsShown.map((e) => ({
    country: e.country,
    total: variable(e.title, e.responses),
    langs: languages.map((l) => variable(`${e.title}/${l}`, langOf(e, l))),
  }));
  const countryVars = countriesShown.map((c) => ({
    country: c.country,
    total: variable(c.country, c.responses),
    langs: languages.map((l) => variable(`${c.country}/${l}`, langOf(c, l))),
  }));
  const all = { total: variable("all", allShown.responses), langs: languages.map((l) => variable(`all/${l}`, langOf(allShown, l))) };
  const relations: { total: number; parts: number[] }[] = [
    ...eventVars.map((e) => ({ total: e.total, parts: e.langs })),
    ...countryVars.flatMap((c) => {
      const own = eventVars.filter((e) => e.country === c.country);
      return [
        { total: c.total, parts: own.map((e) => e.total) },
        { total: c.total, parts: c.langs },
        ...languages.map((_, l) => ({ total: c.langs[l]!, parts: own.map((e) => e.langs[l]!) })),
      ];
    }),
    { total: all.total, parts: countryVars.map((c) => c.total) },
    { total: all.total, parts: all.langs },
    ...languages.map((_, l) => ({ total: all.langs[l]!, parts: countryVars.map((c) => c.langs[l]!) })),
  ];
  return determinedByShown(
    variables.map((v) => v.shown === null),
    relations,
  ).map((i) => variables[i]!.name);
}

describe("attitude indicators over time", () => {
  it("gives each marked item's share agreeing per event in date order, with Wilson intervals, hiding small or revealing shares", async () => {
    const { attitudes } = await results(5);
    expect(attitudes.map((a) => a.key)).toEqual(["stereotypes.newcomers_enrich", "eu_belonging"]);
    const eu = attitudes.find((a) => a.key === "eu_belonging")!;
    expect(eu.text).toBe("I feel that our city is part of a common Europe.");
    expect(eu.events.map((p) => [p.event, p.countryName, p.n, p.share === null ? null : Math.round(p.share * 100) / 100, p.hidden])).toEqual([
      // 12 of 20 agree ("don't know" left out of n; the "after" questionnaire's 20 × "strongly agree" left out).
      ["Daugavpils", "Latvia", 20, 60, false],
      // 5 and 5: each at least k.
      ["Vänersborg", "Sweden", 10, 50, false],
      // n under k.
      ["Līvāni", "Latvia", null, null, true],
      // 9 agree and 3 do not: 3 is under k, and 12 is under 4k.
      ["Rēzekne", "Latvia", 12, null, true],
      // 2 agree, but n = 25 is at least 4k.
      ["Ravenna", "Italy", 25, 8, false],
    ]);
    const interval = (name: string) => eu.events.find((p) => p.event === name)!.interval!;
    expect(interval("Daugavpils").low).toBeCloseTo(38.65815, 4);
    expect(interval("Daugavpils").high).toBeCloseTo(78.11935, 4);
    expect(interval("Vänersborg").low).toBeCloseTo(23.65931, 4);
    expect(interval("Ravenna").low).toBeCloseTo(2.22204, 4);
    expect(interval("Ravenna").high).toBeCloseTo(24.96611, 4);
    expect(eu.events.find((p) => p.event === "Rēzekne")!.interval).toBeNull();
  });

  it("fits the trend through the shown shares only, weighted by n, and states its slope per year", async () => {
    const eu = (await results(5)).attitudes.find((a) => a.key === "eu_belonging")!;
    expect(eu.trend!.perYear).toBeCloseTo(-57.25271, 4);
    expect(eu.trend!.from.share).toBeCloseTo(61.1786, 3);
    expect(eu.trend!.to.share).toBeCloseTo(8.35406, 4);
    expect(new Date(eu.trend!.from.at).toISOString()).toBe("2026-03-01T10:00:00.000Z");
    expect(new Date(eu.trend!.to.at).toISOString()).toBe("2027-02-01T10:00:00.000Z");
    // With k = 1 every share is shown and the trend changes with them.
    const all = (await results(1)).attitudes.find((a) => a.key === "eu_belonging")!;
    expect(all.events.every((p) => p.share !== null)).toBe(true);
    expect(all.trend!.perYear).not.toBeCloseTo(-57.25271, 1);
  });

  it("follows a matrix statement by its key, listing events where nobody answered it yet", async () => {
    const statement = (await results(5)).attitudes.find((a) => a.key === "stereotypes.newcomers_enrich")!;
    expect(statement.events.map((p) => [p.event, p.n, p.share === null ? null : Math.round(p.share * 100) / 100, p.hidden])).toEqual([
      ["Daugavpils", 22, 45.45, false],
      ["Vänersborg", 0, null, false],
      ["Līvāni", 0, null, false],
      ["Rēzekne", 0, null, false],
      ["Ravenna", 0, null, false],
    ]);
    expect(statement.events[0]!.interval!.low).toBeCloseTo(26.92029, 4);
    expect(statement.trend).toBeNull();
    expect(statement.pairs.map((p) => p.difference)).toEqual([null, null, null]);
  });

  it("compares each before/after pair with Welch's difference and pools the shown pairs by inverse variance", async () => {
    const eu = (await results(5)).attitudes.find((a) => a.key === "eu_belonging")!;
    expect(eu.pairs.map((p) => [p.event, p.surveyId, p.nBefore, p.nAfter])).toEqual([
      ["Daugavpils", before.id, 20, 20],
      ["Vänersborg", runs["Vänersborg"]!.id, 10, 12],
      // Rēzekne's 4 after the event are under k: no averages, and the pair stays out of the pooling.
      ["Rēzekne", runs["Rēzekne"]!.id, null, null],
    ]);
    expect(eu.pairs[2]!.difference).toBeNull();
    expect(eu.pairs[0]!.difference!.value).toBeCloseTo(1.4, 10);
    expect(eu.pairs[1]!.difference!.value).toBeCloseTo(0.5, 10);
    expect(eu.combined!.pairs).toBe(2);
    expect(eu.combined!.value).toBeCloseTo(1.047137, 5);
    expect(eu.combined!.interval.low).toBeCloseTo(0.598164, 5);
    expect(eu.combined!.interval.high).toBeCloseTo(1.49611, 5);
  });

  it("pools nothing when fewer than two pairs show their averages", async () => {
    // k = 6: Vänersborg's 5 and 5 before are under k in a row under 4k, and so are Daugavpils' 1s and 2s.
    const eu = (await results(6)).attitudes.find((a) => a.key === "eu_belonging")!;
    expect(eu.pairs.map((p) => p.difference === null)).toEqual([true, true, true]);
    expect(eu.combined).toBeNull();
  });

  it("follows nothing until an item is marked", async () => {
    const other = await prisma.project.create({
      data: { timeZone: "Europe/Riga", slug: `unmarked-${randomBytes(4).toString("hex")}`, name: { en: "Unmarked" }, startsOn: new Date("2026-01-01"), endsOn: new Date("2026-12-31") },
    });
    await prisma.$transaction((tx) => createSurveyFromTemplate(tx, { projectId: other.id, joinCode: randomJoinCode(), template: surveyTemplates.stereotypes }), {
      timeout: 30_000,
    });
    expect((await projectResults(other.id, { lang: "en", threshold: 5, eventId: null })).attitudes).toEqual([]);
  });
});
