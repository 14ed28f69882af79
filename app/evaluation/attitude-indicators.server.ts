import { prisma } from "~/db.server";
import { Prisma } from "~/generated/prisma/client";
import { pickText } from "~/i18n/translate";
import { compareBeforeAfter } from "./before-after.server";
import { inverseVarianceCombined, weightedTrend, wilsonInterval, type Interval } from "./statistics";
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
  /** Answers on the scale ("don't know" left out); hidden under k. */
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

/** Whether an event's share may be shown: the rule of statisticsShown, for two counts (agreeing and not). */
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
 * shares (they are compared with it instead).
 */
export async function attitudeIndicators(
  projectId: string,
  events: IndicatorEvent[],
  options: { lang: string; threshold: number },
): Promise<AttitudeIndicator[]> {
  const { lang, threshold: k } = options;
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
  const counts = runs.length
    ? await prisma.$queryRaw<{ surveyId: string; questionId: string; statementId: string | null; optionId: string; n: number }[]>`
        SELECT r."surveyId" AS "surveyId", a."questionId" AS "questionId", a."statementId" AS "statementId", a."optionId" AS "optionId", count(*)::int AS n
        FROM "Answer" a JOIN "Response" r ON r.id = a."responseId"
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
            const sum = (ids: Set<string>) => rows.reduce((total, c) => total + (ids.has(c.optionId) ? c.n : 0), 0);
            const agreeing = sum(item.agreeing);
            return { runId: run.id, agreeing, n: agreeing + sum(item.notAgreeing) };
          }),
      );
      if (!candidates.length) return [];
      const chosen = candidates.sort((a, b) => b.n - a.n || a.runId.localeCompare(b.runId))[0]!;
      const shown = chosen.n > 0 && shareShown(chosen.agreeing, chosen.n, k);
      const interval = shown ? wilsonInterval(chosen.agreeing, chosen.n) : null;
      return [
        {
          eventId: event.id,
          event: event.title,
          startsOn: event.startsOn,
          at: event.startsAt.getTime(),
          countryName: event.countryName,
          n: suppressTotal(chosen.n, k),
          share: shown ? (chosen.agreeing / chosen.n) * 100 : null,
          interval: interval && { low: interval.low * 100, high: interval.high * 100 },
          hidden: chosen.n > 0 && !shown,
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
