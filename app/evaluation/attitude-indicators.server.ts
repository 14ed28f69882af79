import { prisma } from "~/db.server";
import { Prisma } from "~/generated/prisma/client";
import { pickText } from "~/i18n/translate";
import { compareBeforeAfter } from "./before-after.server";
import { inverseVarianceCombined, weightedTrend, wilsonInterval, type Interval } from "./statistics";
import { addCells, countForStatistics, type Cell } from "./cell-key";
import { recordKeyOf } from "./record-keys.server";
import { suppressTotal, type Shown } from "./suppression";

/**
 * Attitude indicators over the project (docs/decisions/033-participation-and-attitude-indicators.md):
 * the agreement items an organiser marked (a LIKERT question, or a statement of a matrix),
 * matched across questionnaires by key ("eu_belonging", "stereotypes.newcomers_jobs"), each
 * followed as the share agreeing at every event where it was asked, in date order, with its
 * Wilson interval and a weighted trend line; and its before/after pairs, each with Welch's
 * difference, pooled by inverse-variance weighting.
 *
 * Agreeing: a point above the middle of the scale (4 and 5 of 5, 5 to 7 of 7); the middle and
 * the points below are not agreeing; "don't know" is left out of the base n.
 *
 * Counts are of answers, with their responses' record keys (cell-key.ts): n is shown adjusted in
 * the page's view (`viewKey`), and a
 * share and its interval are worked out from the adjusted counts agreeing and not agreeing
 * (`countForStatistics`), so that they give away no true count. Each run's answers are those of
 * the responses it has taken in (release-steps.ts: in steps of at least k, hour by hour).
 */

export interface IndicatorEvent {
  id: string;
  title: string;
  /** The day it starts, written in the page's language, in the event's own zone. */
  startsOn: string;
  startsAt: Date;
  countryName: string;
}

export interface IndicatorPoint {
  eventId: string;
  event: string;
  startsOn: string;
  /** The event's start in ms, the chart's x. */
  at: number;
  countryName: string;
  /** Answers on the scale ("don't know" left out), adjusted; hidden under k, and while all of them wait to be taken in. */
  n: Shown;
  /** Share agreeing in per cent, with its 95 % interval; null when hidden or nobody answered. */
  share: number | null;
  interval: Interval | null;
  /** Whether the share is hidden for anonymity (rather than not answered yet). */
  hidden: boolean;
}

export interface PairComparison {
  /** The "before" questionnaire, whose compare page shows the pair in full. */
  surveyId: string;
  event: string;
  startsOn: string;
  nBefore: number | null;
  nAfter: number | null;
  /** After − before, in points of the scale, with its 95 % interval; null when hidden or too few answers. */
  difference: { value: number; interval: Interval } | null;
}

export interface AttitudeIndicator {
  key: string;
  text: string;
  /** Points of the scale ("don't know" not counted). */
  points: number;
  events: IndicatorPoint[];
  /** Straight line through the shown shares (per cent) over time: its ends, and its slope in percentage points per year. */
  trend: { from: { at: number; share: number }; to: { at: number; share: number }; perYear: number } | null;
  pairs: PairComparison[];
  /** The pairs' differences pooled, when two or more are shown on the same scale. */
  combined: { value: number; interval: Interval; pairs: number } | null;
}

interface Item {
  key: string;
  questionId: string;
  statementId: string | null;
  surveyId: string;
  text: string;
  points: number;
  agreeing: Set<string>;
  notAgreeing: Set<string>;
}

const yearMs = 365.25 * 24 * 3600 * 1000;

/** The last hour a run has taken in (null for none), and the hours that are over (later answers are not waiting yet but under way). */
export interface RunCutoff {
  until: Date | null;
  completeBefore: Date;
}

/** Whether an event's share may be shown: the rule of statisticsShown, for two counts (agreeing and not), on the true counts. */
export function shareShown(agreeing: number, n: number, k: number): boolean {
  if (n < k) return false;
  const safe = (count: number) => count === 0 || count >= k;
  return (safe(agreeing) && safe(n - agreeing)) || n >= 4 * k;
}

/** The project's marked agreement items, in the order of the questionnaires that first ask them. */
async function markedItems(projectId: string, lang: string): Promise<Item[]> {
  const questions = await prisma.question.findMany({
    where: {
      survey: { projectId },
      OR: [{ type: "LIKERT", indicator: true }, { type: "LIKERT_MATRIX", statements: { some: { indicator: true } } }],
    },
    include: {
      options: { orderBy: { position: "asc" } },
      statements: { where: { indicator: true }, orderBy: { position: "asc" } },
      survey: { select: { createdAt: true, defaultLanguage: true } },
      section: { select: { position: true } },
    },
  });
  questions.sort(
    (a, b) => a.survey.createdAt.getTime() - b.survey.createdAt.getTime() || a.surveyId.localeCompare(b.surveyId) || a.section.position - b.section.position || a.position - b.position,
  );
  return questions.flatMap((q): Item[] => {
    const points = q.options.filter((o) => !o.isDontKnow);
    // Above the middle: 4–5 of 5, 5–7 of 7 (and 3–4 of 4).
    const agreeing = new Set(points.filter((_, i) => i > (points.length - 1) / 2).map((o) => o.id));
    const notAgreeing = new Set(points.filter((o) => !agreeing.has(o.id)).map((o) => o.id));
    const text = (value: unknown) => pickText(value, lang, q.survey.defaultLanguage);
    const base = { questionId: q.id, surveyId: q.surveyId, points: points.length, agreeing, notAgreeing };
    if (q.type === "LIKERT") return [{ ...base, key: q.key, statementId: null, text: text(q.text) }];
    return q.statements.map((s) => ({ ...base, key: `${q.key}.${s.key}`, statementId: s.id, text: text(s.text) }));
  });
}

/**
 * Each marked item's share agreeing per event (`events` in date order), its trend and its
 * before/after pairs. Each event counts the questionnaire that most people answered the item in
 * there, through its run; "after" questionnaires paired with a "before" one are left out of the
 * shares (they are compared with it instead). `runCutoffs`: the last hour each run has taken in
 * (release-steps.ts; null for none, and a run missing has taken in nothing); later answers are
 * not counted yet.
 */
export async function attitudeIndicators(
  projectId: string,
  events: IndicatorEvent[],
  options: { lang: string; threshold: number; viewKey: number; runCutoffs: Map<string, RunCutoff> },
): Promise<AttitudeIndicator[]> {
  const { lang, threshold: k, viewKey, runCutoffs } = options;
  const items = await markedItems(projectId, lang);
  if (!items.length) return [];
  const originals = [...new Set(items.map((item) => item.surveyId))];
  const eventIds = new Set(events.map((e) => e.id));
  const runs = (
    await prisma.survey.findMany({
      // An "after" questionnaire paired with a "before" one at its event is compared with it
      // instead; unpaired, it is the event's only measure and counts like any other.
      where: { OR: [{ id: { in: originals } }, { originalId: { in: originals } }], eventId: { not: null }, NOT: { phase: "AFTER", pairedSurveyId: { not: null } } },
      select: { id: true, originalId: true, eventId: true },
    })
  ).filter((run) => eventIds.has(run.eventId!));
  // Per run and option: the answers taken in (n, with the sum of their responses' record keys) and
  // those of hours that are over but still waiting (so that a count all waiting reads "hidden").
  const cutoff = (runId: string) => runCutoffs.get(runId) ?? { until: null, completeBefore: new Date(0) };
  const cutoffs = () =>
    Prisma.join(runs.map((run) => Prisma.sql`(${run.id}::text, ${cutoff(run.id).until}::timestamp, ${cutoff(run.id).completeBefore}::timestamp)`));
  const counts = runs.length
    ? await prisma.$queryRaw<{ surveyId: string; questionId: string; statementId: string | null; optionId: string; n: number; key: number; waiting: number }[]>`
        SELECT r."surveyId" AS "surveyId", a."questionId" AS "questionId", a."statementId" AS "statementId", a."optionId" AS "optionId",
               count(*) FILTER (WHERE r."submittedHour" <= c.until)::int AS n,
               coalesce(sum(${recordKeyOf(Prisma.sql`a."responseId"`)}) FILTER (WHERE r."submittedHour" <= c.until), 0)::float8 AS key,
               count(*) FILTER (WHERE (c.until IS NULL OR r."submittedHour" > c.until) AND r."submittedHour" <= c.complete)::int AS waiting
        FROM "Answer" a JOIN "Response" r ON r.id = a."responseId"
        JOIN (VALUES ${cutoffs()}) AS c(run, until, complete) ON c.run = r."surveyId"
        WHERE a."questionId" IN (${Prisma.join([...new Set(items.map((i) => i.questionId))])})
          AND r."surveyId" IN (${Prisma.join(runs.map((run) => run.id))}) AND a."optionId" IS NOT NULL
        GROUP BY 1, 2, 3, 4`
    : [];
  const pairs = await pairComparisons(projectId, events, items, options);

  const keys = [...new Set(items.map((item) => item.key))];
  return keys.map((key): AttitudeIndicator => {
    const asked = items.filter((item) => item.key === key);
    const first = asked[0]!;
    const atEvents = events.flatMap((event): IndicatorPoint[] => {
      // Every run of a questionnaire marking the item at this event, with its counts.
      const candidates = asked.flatMap((item) =>
        runs
          .filter((run) => run.eventId === event.id && (run.originalId ?? run.id) === item.surveyId)
          .map((run) => {
            const rows = counts.filter((c) => c.surveyId === run.id && c.questionId === item.questionId && c.statementId === item.statementId);
            const cellOf = (ids: Set<string>): Cell => addCells(rows.filter((c) => ids.has(c.optionId)));
            const waitingOf = (ids: Set<string>) => rows.reduce((total, c) => total + (ids.has(c.optionId) ? c.waiting : 0), 0);
            const agreeing = cellOf(item.agreeing);
            const notAgreeing = cellOf(item.notAgreeing);
            return { runId: run.id, agreeing, notAgreeing, n: addCells([agreeing, notAgreeing]), waiting: waitingOf(item.agreeing) + waitingOf(item.notAgreeing) };
          }),
      );
      if (!candidates.length) return [];
      // By the answers taken in, then by those waiting; ties go to the lower run id.
      const chosen = candidates.sort((a, b) => b.n.n - a.n.n || b.waiting - a.waiting || a.runId.localeCompare(b.runId))[0]!;
      // Answers that all wait read "hidden", not "nobody answered".
      const allWaiting = chosen.n.n === 0 && chosen.waiting > 0;
      const shown = chosen.n.n > 0 && shareShown(chosen.agreeing.n, chosen.n.n, k);
      // The share and its interval from adjusted counts (never true ones); when shown, at least
      // one of them is k or more, so the sum is positive.
      const agreeing = countForStatistics(chosen.agreeing, k, viewKey);
      const base = agreeing + countForStatistics(chosen.notAgreeing, k, viewKey);
      const interval = shown ? wilsonInterval(agreeing, base) : null;
      return [
        {
          eventId: event.id,
          event: event.title,
          startsOn: event.startsOn,
          at: event.startsAt.getTime(),
          countryName: event.countryName,
          n: allWaiting ? null : suppressTotal(chosen.n, k, viewKey),
          share: shown ? (agreeing / base) * 100 : null,
          interval: interval && { low: interval.low * 100, high: interval.high * 100 },
          hidden: allWaiting || (chosen.n.n > 0 && !shown),
        },
      ];
    });

    // Only shown shares enter the trend: with a hidden one, the fitted line would give it away.
    const fitted = atEvents.filter((p) => p.share !== null && p.n !== null);
    const origin = fitted[0]?.at ?? 0;
    const line = weightedTrend(fitted.map((p) => ({ x: (p.at - origin) / yearMs, y: p.share!, weight: p.n! })));
    const at = (ms: number) => line!.intercept + line!.slope * ((ms - origin) / yearMs);
    const trend = line
      ? { from: { at: fitted[0]!.at, share: at(fitted[0]!.at) }, to: { at: fitted.at(-1)!.at, share: at(fitted.at(-1)!.at) }, perYear: line.slope }
      : null;

    const itemPairs = pairs.flatMap((pair) => pair.get(key) ?? []);
    // Differences on scales of different sizes are not one quantity: then none is pooled.
    const shownPairs = itemPairs.filter((pair) => pair.difference);
    const sameScale = shownPairs.every((pair) => pair.points === shownPairs[0]!.points);
    const pooled = shownPairs.length >= 2 && sameScale ? inverseVarianceCombined(shownPairs.map((pair) => pair.difference!)) : null;
    return {
      key,
      text: first.text,
      points: first.points,
      events: atEvents,
      trend,
      pairs: itemPairs.map(({ difference, points: _points, ...pair }) => ({ ...pair, difference: difference && { value: difference.value, interval: difference.interval } })),
      combined: pooled && { value: pooled.value, interval: pooled.interval, pairs: shownPairs.length },
    };
  });
}

/**
 * Every before/after pair of the project with the marked items it compares: the pair's own
 * comparison (compareBeforeAfter, with its suppression), by item key. In event date order.
 */
async function pairComparisons(projectId: string, events: IndicatorEvent[], items: Item[], options: { lang: string; threshold: number }) {
  const befores = await prisma.survey.findMany({
    where: { projectId, phase: "BEFORE", pairedSurveyId: { not: null } },
    select: { id: true, originalId: true, eventId: true, pairedSurvey: { select: { id: true, originalId: true, eventId: true, phase: true } } },
  });
  const order = (eventId: string | null) => {
    const index = events.findIndex((e) => e.id === eventId);
    return index < 0 ? events.length : index;
  };
  const pairs = befores
    .filter((b) => b.pairedSurvey?.phase === "AFTER")
    .map((b) => ({ ...b, eventId: b.eventId ?? b.pairedSurvey!.eventId }))
    // Pairs at archived events are left out, as their events are.
    .filter((b) => b.eventId === null || events.some((e) => e.id === b.eventId))
    .sort((a, b) => order(a.eventId) - order(b.eventId) || a.id.localeCompare(b.id));
  const compared: Map<string, PairComparison & { points: number; difference: { value: number; interval: Interval; standardError: number } | null }>[] = [];
  for (const pair of pairs) {
    // The item counts where either questionnaire of the pair marks it.
    const questionnaires = new Set([pair.originalId ?? pair.id, pair.pairedSurvey!.originalId ?? pair.pairedSurvey!.id]);
    const marked = new Set(items.filter((item) => questionnaires.has(item.surveyId)).map((item) => item.key));
    if (!marked.size) continue;
    // Row labels of its charts, which this page does not draw.
    const comparison = await compareBeforeAfter(pair.id, options.lang, options.threshold, { before: "", after: "" });
    if (!comparison) continue;
    const event = events.find((e) => e.id === pair.eventId);
    compared.push(
      new Map(
        comparison.items
          .filter((item) => marked.has(item.result.key))
          .map((item) => [
            item.result.key,
            {
              surveyId: pair.id,
              event: event?.title ?? "",
              startsOn: event?.startsOn ?? "",
              nBefore: item.before?.n ?? null,
              nAfter: item.after?.n ?? null,
              difference: item.difference,
              points: item.result.categories.filter((c) => !c.isDontKnow).length,
            },
          ]),
      ),
    );
  }
  return compared;
}
