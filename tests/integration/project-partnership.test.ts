import { randomBytes } from "node:crypto";
import { beforeAll, describe, expect, it } from "vitest";
import { prisma } from "~/db.server";
import { compareBeforeAfter } from "~/evaluation/before-after.server";
import { projectResults } from "~/evaluation/project-results.server";
import { weightedTrend, wilsonInterval, type Interval } from "~/evaluation/statistics";
import { createSurveyFromTemplate } from "~/survey/create-survey.server";
import { findSurveyById, type SurveyWithQuestions } from "~/survey/find-survey.server";
import { randomJoinCode } from "~/survey/new-join-code.server";
import { runAtAnotherEvent } from "~/survey/series.server";
import { surveyTemplates } from "~/survey/templates";
import { determinedByShown } from "../support/linked-counts";
import { insertResponses, repeat, type CraftedResponse } from "../support/responses";
import { asShown } from "../support/shown-counts";

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
//
// Every response was given three hours ago, in one hour. Counts are shown adjusted by their cell
// keys (within ±2 of the truth, never under k: asShown), and each run takes its responses in, per
// language too, only in steps of k: with k = 5, Līvāni's 3 and Vänersborg's 3 in English wait.
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

type Place = { responses: number | null; languages: { language: string; responses: number | null }[] };
const languagesOf = (place: Place) => Object.fromEntries(place.languages.map((l) => [l.language, l.responses]));
/** A place's responses and its languages' as shown, or the truth where the shown numbers are allowed. */
const readAs = (place: Place, truth: [number | null, Record<string, number | null>], k: number): [number | null, Record<string, number | null>] => {
  const shownLanguages = languagesOf(place);
  const [total, languages] = truth;
  const sameLanguages = Object.keys(shownLanguages).sort().join() === Object.keys(languages).sort().join();
  return [
    asShown(place.responses, total, k),
    sameLanguages ? Object.fromEntries(Object.entries(shownLanguages).map(([l, n]) => [l, asShown(n, languages[l]!, k)])) : shownLanguages,
  ];
};
const rateOf = (place: { responses: number | null; attendance: number | null }) =>
  place.responses !== null && place.attendance ? Math.round((place.responses / place.attendance) * 1000) / 10 : null;

describe("participation across the partnership", () => {
  it("counts each event through its most answered questionnaire, a run at several events at each event", async () => {
    const { participation } = await results(1);
    expect(participation.map((e) => [e.title, e.country, e.attendance])).toEqual([
      ["Daugavpils", "LV", 40],
      ["Vänersborg", "SE", 30],
      ["Līvāni", "LV", null],
      ["Rēzekne", "LV", 20],
      ["Ravenna", "IT", 50],
    ]);
    const truth: [number, Record<string, number>][] = [
      [22, { lv: 14, ru: 8 }],
      // The "after" questionnaire (12) was answered by more than B's run (10).
      [12, { sv: 9, en: 3 }],
      [3, { lv: 3 }],
      [12, { lv: 6, ru: 6 }],
      [25, { it: 25 }],
    ];
    expect(participation.map((e, i) => readAs(e, truth[i]!, 1))).toEqual(truth);
    // Rates from the numbers shown; none without the attendance.
    for (const e of participation) expect(e.responseRate).toBe(rateOf(e));
    expect(participation.map((e) => e.responseRate === null)).toEqual([false, false, true, false, false]);
  });

  it("adds up each country's events and the whole partnership, with a rate only where every event's attendance is known", async () => {
    const { countries, allCountries } = await results(1);
    expect(countries.map((c) => [c.name, c.events, c.attendance])).toEqual([
      ["Italy", 1, 50],
      ["Latvia", 3, 60],
      ["Sweden", 1, 30],
    ]);
    const truth: [number, Record<string, number>][] = [
      [25, { it: 25 }],
      [37, { lv: 23, ru: 14 }],
      [12, { sv: 9, en: 3 }],
    ];
    expect(countries.map((c, i) => readAs(c, truth[i]!, 1))).toEqual(truth);
    // Līvāni has responses but no recorded attendance: no rate for Latvia.
    expect(countries.map((c) => c.responseRate)).toEqual([rateOf(countries[0]!), null, rateOf(countries[2]!)]);
    expect(allCountries.attendance).toBe(140);
    expect(allCountries.responseRate).toBeNull();
    const all: [number, Record<string, number>] = [74, { it: 25, lv: 23, ru: 14, sv: 9, en: 3 }];
    expect(readAs(allCountries, all, 1)).toEqual(all);
  });

  it("shows nothing of a group until k of its responses are in, and gives no small count away by subtraction", async () => {
    const { participation, countries, allCountries } = await results(5);
    // Līvāni's 3 and Vänersborg's 3 in English wait for more. Līvāni, with none taken in, reads
    // "hidden", not "none"; a language is listed only once responses in it are taken in, so
    // neither Līvāni's Latvian nor English (anywhere) is listed yet: listed while one response
    // waits, it would tell that response's language. An event's count is the sum of its
    // languages', so it does not give the waiting ones away either.
    type Row = [number | null, Record<string, number | null>];
    const truth: { events: Record<string, Row>; countries: Record<string, Row>; all: Row } = {
      events: {
        Daugavpils: [22, { lv: 14, ru: 8 }],
        Vänersborg: [9, { sv: 9 }],
        Līvāni: [null, {}],
        Rēzekne: [12, { lv: 6, ru: 6 }],
        Ravenna: [25, { it: 25 }],
      },
      countries: { IT: [25, { it: 25 }], LV: [34, { lv: 20, ru: 14 }], SE: [9, { sv: 9 }] },
      all: [68, { it: 25, lv: 20, ru: 14, sv: 9 }],
    };
    const read = (place: Place, row: Row | undefined): Row => (row ? readAs(place, row, 5) : [place.responses, languagesOf(place)]);
    expect({
      events: Object.fromEntries(participation.map((e) => [e.title, read(e, truth.events[e.title])])),
      countries: Object.fromEntries(countries.map((c) => [c.country, read(c, truth.countries[c.country])])),
      all: read(allCountries, truth.all),
    }).toEqual(truth);
    // A shown rate would give a hidden count away with the attendance.
    for (const p of [...participation, ...countries, allCountries]) if (p.responses === null) expect(p.responseRate).toBeNull();
    // The only hidden count the shown ones determine is Līvāni's, with nothing taken in yet (0):
    // none of its languages is listed. That tells only that nothing is counted there yet, not
    // how many responses wait or in which language.
    expect(workedOut(participation, countries, allCountries)).toEqual(["Līvāni"]);
  });

  it("shows the same numbers on every call", async () => {
    for (const k of [1, 5]) {
      const [first, second] = [await results(k), await results(k)];
      expect(second.participation).toEqual(first.participation);
      expect(second.countries).toEqual(first.countries);
      expect(second.allCountries).toEqual(first.allCountries);
      expect(second.indicators).toEqual(first.indicators);
      expect(second.timeline).toEqual(first.timeline);
      expect(second.attitudes).toEqual(first.attitudes);
    }
  });
});

/**
 * The hidden counts that the shown ones determine, worked out independently of the page's
 * code: every relation the page shows (an event is the sum of its languages, a country of its
 * events and of its languages, a country's language of its events', the whole of the
 * countries), then which hidden counts they fix (tests/support/linked-counts.ts).
 */
function workedOut(
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
  /**
   * Whether a point's share and interval are those of adjusted counts (agreeing and not) within
   * ±2 of the true ones: the page works them out from adjusted counts, never from true ones.
   */
  const fromAdjustedCounts = (point: { share: number | null; interval: Interval | null }, agreeing: number, notAgreeing: number) => {
    const near = (n: number) => [-2, -1, 0, 1, 2].map((d) => n + d).filter((m) => m >= 0);
    return near(agreeing).some((a) =>
      near(notAgreeing).some((b) => {
        const interval = wilsonInterval(a, a + b);
        return (
          a + b > 0 &&
          Math.abs(point.share! - (a / (a + b)) * 100) < 1e-9 &&
          Math.abs(point.interval!.low - interval!.low * 100) < 1e-9 &&
          Math.abs(point.interval!.high - interval!.high * 100) < 1e-9
        );
      }),
    );
  };

  it("gives each marked item's share agreeing per event in date order, with Wilson intervals, hiding small or revealing shares", async () => {
    const { attitudes } = await results(5);
    expect(attitudes.map((a) => a.key)).toEqual(["stereotypes.newcomers_enrich", "eu_belonging"]);
    const eu = attitudes.find((a) => a.key === "eu_belonging")!;
    expect(eu.text).toBe("I feel that our city is part of a common Europe.");
    const truth = [
      // 12 of 20 agree ("don't know" left out of n; the "after" questionnaire's 20 × "strongly agree" left out).
      ["Daugavpils", "Latvia", 20, false],
      // 5 and 5: each at least k.
      ["Vänersborg", "Sweden", 10, false],
      // All 3 wait for more: hidden.
      ["Līvāni", "Latvia", null, true],
      // 9 agree and 3 do not: 3 is under k, and 12 is under 4k.
      ["Rēzekne", "Latvia", 12, true],
      // 2 agree, but n = 25 is at least 4k.
      ["Ravenna", "Italy", 25, false],
    ];
    expect(eu.events.map((p, i) => [p.event, p.countryName, asShown(p.n, truth[i]![2] as number | null), p.hidden])).toEqual(truth);
    const point = (name: string) => eu.events.find((p) => p.event === name)!;
    expect(fromAdjustedCounts(point("Daugavpils"), 12, 8)).toBe(true);
    expect(fromAdjustedCounts(point("Vänersborg"), 5, 5)).toBe(true);
    expect(fromAdjustedCounts(point("Ravenna"), 2, 23)).toBe(true);
    for (const name of ["Līvāni", "Rēzekne"]) expect([point(name).share, point(name).interval]).toEqual([null, null]);
  });

  it("fits the trend through the shown shares only, weighted by n, and states its slope per year", async () => {
    const eu = (await results(5)).attitudes.find((a) => a.key === "eu_belonging")!;
    const shown = eu.events.filter((p) => p.share !== null);
    expect(shown.map((p) => p.event)).toEqual(["Daugavpils", "Vänersborg", "Ravenna"]);
    const yearMs = 365.25 * 24 * 3600 * 1000;
    const line = weightedTrend(shown.map((p) => ({ x: (p.at - shown[0]!.at) / yearMs, y: p.share!, weight: p.n! })))!;
    expect(eu.trend!.perYear).toBeCloseTo(line.slope, 9);
    expect(eu.trend!.from.share).toBeCloseTo(line.intercept, 9);
    expect(eu.trend!.to.share).toBeCloseTo(line.intercept + line.slope * ((shown[2]!.at - shown[0]!.at) / yearMs), 9);
    // About 60 % in March 2026 to about 8 % in February 2027.
    expect(eu.trend!.perYear).toBeLessThan(-30);
    expect(new Date(eu.trend!.from.at).toISOString()).toBe("2026-03-01T10:00:00.000Z");
    expect(new Date(eu.trend!.to.at).toISOString()).toBe("2027-02-01T10:00:00.000Z");
    // With k = 1 every share is shown and the trend changes with them.
    const all = (await results(1)).attitudes.find((a) => a.key === "eu_belonging")!;
    expect(all.events.every((p) => p.share !== null)).toBe(true);
    expect(all.trend!.perYear).not.toBeCloseTo(eu.trend!.perYear, 1);
  });

  it("follows a matrix statement by its key, listing events where nobody answered it yet", async () => {
    const statement = (await results(5)).attitudes.find((a) => a.key === "stereotypes.newcomers_enrich")!;
    expect(statement.events.map((p) => [p.event, p.event === "Daugavpils" ? asShown(p.n, 22) : p.n, p.event === "Daugavpils" || p.share, p.hidden])).toEqual([
      ["Daugavpils", 22, true, false],
      ["Vänersborg", 0, null, false],
      ["Līvāni", 0, null, false],
      ["Rēzekne", 0, null, false],
      ["Ravenna", 0, null, false],
    ]);
    // 10 of 22 agree.
    expect(fromAdjustedCounts(statement.events[0]!, 10, 12)).toBe(true);
    expect(statement.trend).toBeNull();
    expect(statement.pairs.map((p) => p.difference)).toEqual([null, null, null]);
  });

  it("compares each before/after pair as its compare page does and pools the shown pairs by inverse variance", async () => {
    const eu = (await results(5)).attitudes.find((a) => a.key === "eu_belonging")!;
    expect(eu.pairs.map((p) => [p.event, p.surveyId])).toEqual([
      ["Daugavpils", before.id],
      ["Vänersborg", runs["Vänersborg"]!.id],
      ["Rēzekne", runs["Rēzekne"]!.id],
    ]);
    // The same n and difference as the pair's compare page (adjusted and suppressed there).
    for (const pair of eu.pairs) {
      const item = (await compareBeforeAfter(pair.surveyId, "en", 5, { before: "", after: "" }))!.items.find((i) => i.result.key === "eu_belonging")!;
      const difference = item.difference && { value: item.difference.value, interval: item.difference.interval };
      expect([pair.nBefore, pair.nAfter, pair.difference]).toEqual([item.before?.n ?? null, item.after?.n ?? null, difference]);
    }
    // Rēzekne's 4 after the event are under k: no averages, and the pair stays out of the pooling.
    expect([eu.pairs[2]!.nBefore, eu.pairs[2]!.nAfter, eu.pairs[2]!.difference]).toEqual([null, null, null]);
    // 1.4 and 0.5 from the true counts; the compare page works them out from adjusted ones.
    const shown = eu.pairs.flatMap((p) => (p.difference ? [p.difference.value] : []));
    if (eu.pairs[0]!.difference) expect(Math.abs(eu.pairs[0]!.difference.value - 1.4)).toBeLessThan(1);
    if (eu.pairs[1]!.difference) expect(Math.abs(eu.pairs[1]!.difference.value - 0.5)).toBeLessThan(1);
    if (shown.length < 2) {
      expect(eu.combined).toBeNull();
      return;
    }
    expect(eu.combined!.pairs).toBe(2);
    expect(eu.combined!.value).toBeGreaterThanOrEqual(Math.min(...shown));
    expect(eu.combined!.value).toBeLessThanOrEqual(Math.max(...shown));
    expect(eu.combined!.interval.low).toBeLessThan(eu.combined!.value);
    expect(eu.combined!.interval.high).toBeGreaterThan(eu.combined!.value);
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
