import { randomBytes } from "node:crypto";
import { hashPassword } from "~/auth/password.server";
import { prisma } from "~/db.server";
import type { Prisma, Survey } from "~/generated/prisma/client";
import { createSurveyFromTemplate } from "~/survey/create-survey.server";
import { runOf } from "~/survey/series.server";
import { findSurveyByJoinCode } from "~/survey/find-survey.server";
import type { UiLanguage } from "~/i18n/languages";
import type { SurveyTemplate } from "~/survey/survey-template";
import { surveyTemplates } from "~/survey/templates";
import { finalMeetingSurvey } from "./final-meeting-survey";
import { zonedLocalToDate } from "~/utils/zoned-time";
import { demoRuns, type DemoRun } from "./demo-runs";
import { writeSampleResponses } from "./sample-responses";
import { demoBeforeJoinCode, demoJoinCode, wirEvents, wirPartners, wirProject, type DemoEvent } from "./wir-project";

/** A demo event's start and end as instants: local times in its town's zone. */
function eventTimes(event: DemoEvent) {
  return { startsAt: zonedLocalToDate(event.startsAt, event.timeZone)!, endsAt: zonedLocalToDate(event.endsAt, event.timeZone)! };
}

/** The language each host country's residents answer in first, with English for guests. */
const hostLanguages: Record<string, UiLanguage[]> = {
  SE: ["sv", "en"],
  IT: ["it", "en"],
  AT: ["de", "en"],
  DE: ["de", "en"],
  ES: ["es", "en"],
  FI: ["fi", "en"],
  LV: ["lv", "ru", "en"],
};

/** An event's feedback questionnaire, written in its host town's language. */
function feedbackInHostLanguage(country: string): SurveyTemplate {
  const languages = hostLanguages[country] ?? ["en"];
  return { ...surveyTemplates.eventFeedback, defaultLanguage: languages[0]!, languages };
}

const feedbackCodes: Record<string, string> = {
  kickoff: "WRKCKF",
  linz: "WRNZA2",
  kassel: "WRKSS3",
  alicante: "WRACT4",
  seinajoki: "WRSNJ5",
  collecchio: "WRCCH6",
  ravenna: "WRRVN7",
  dietzenbach: "WRDTZ8",
};

export const demoAdminEmail = "admin@balss.local";

/**
 * Seeds the WIR demo project once, with a demo admin whose random password is returned so
 * that `npm start` can print it, once. Everything is written in one transaction, so a start
 * that is interrupted half-way leaves nothing behind and the next start seeds again.
 * Returns null when the demo project is already there.
 */
export async function seedDemoData(): Promise<{ adminEmail: string; adminPassword: string | null } | null> {
  if (await prisma.project.findUnique({ where: { slug: wirProject.slug } })) return null;
  const adminPassword = randomBytes(12).toString("base64url");
  const adminPasswordHash = await hashPassword(adminPassword);
  let adminCreated = false;

  await prisma.$transaction(
    async (tx) => {
      const project = await tx.project.create({ data: { ...wirProject, isDemo: true } });
      adminCreated = !(await tx.user.findUnique({ where: { email: demoAdminEmail } }));
      if (adminCreated) {
        await tx.user.create({
          data: { email: demoAdminEmail, name: "Demo admin", role: "ADMIN", passwordHash: adminPasswordHash },
        });
      }
      const partnerIds = new Map<string, string>();
      for (const [position, { key, ...partner }] of wirPartners.entries()) {
        const created = await tx.partner.create({ data: { ...partner, projectId: project.id, position } });
        partnerIds.set(key, created.id);
      }
      const eventIds = new Map<string, string>();
      for (const { key, host, startsAt, endsAt, ...event } of wirEvents) {
        const created = await tx.event.create({
          data: {
            ...event,
            ...eventTimes({ key, host, startsAt, endsAt, ...event }),
            projectId: project.id,
            hostPartnerId: partnerIds.get(host)!,
          },
        });
        eventIds.set(key, created.id);
      }

      const finalMeeting = wirEvents.at(-1)!;
      const before = await createSurveyFromTemplate(tx, {
        projectId: project.id,
        eventId: eventIds.get(finalMeeting.key),
        joinCode: demoBeforeJoinCode,
        template: finalMeetingSurvey,
        status: "CLOSED",
        phase: "BEFORE",
      });
      const after = await createSurveyFromTemplate(tx, {
        projectId: project.id,
        eventId: eventIds.get(finalMeeting.key),
        joinCode: demoJoinCode,
        template: finalMeetingSurvey,
        status: "OPEN",
        phase: "AFTER",
        pairedSurveyId: before.id,
      });
      await tx.survey.update({ where: { id: before.id }, data: { pairedSurveyId: after.id } });
      await markAttitudeIndicators(tx, [before.id, after.id]);
      await createDemoRuns(tx, { after, before }, eventIds);
      for (const [eventKey, joinCode] of Object.entries(feedbackCodes)) {
        const host = wirPartners.find((partner) => partner.key === wirEvents.find((event) => event.key === eventKey)?.host);
        await createSurveyFromTemplate(tx, {
          projectId: project.id,
          eventId: eventIds.get(eventKey),
          joinCode,
          template: feedbackInHostLanguage(host?.country ?? "LV"),
          status: "CLOSED",
        });
      }
      await seedSampleResponses(tx);
    },
    { timeout: 120_000 },
  );
  return { adminEmail: demoAdminEmail, adminPassword: adminCreated ? adminPassword : null };
}

/**
 * The project page follows these agreement items over the project's events: the sense of
 * belonging to Europe and two of the stereotype statements.
 */
async function markAttitudeIndicators(tx: Prisma.TransactionClient, surveyIds: string[]) {
  await tx.question.updateMany({ where: { surveyId: { in: surveyIds }, key: "eu_belonging", type: "LIKERT" }, data: { indicator: true } });
  await tx.statement.updateMany({
    where: { question: { surveyId: { in: surveyIds }, key: "stereotypes" }, key: { in: ["newcomers_jobs", "other_language_separate"] } },
    data: { indicator: true },
  });
}

const hour = 3600_000;

/**
 * When a run at another event takes answers: from the event's start, eight hours a day, on its
 * first day or on each of its days (as writeSampleResponses spreads them); it closes then.
 */
function answeringWindow(run: DemoRun) {
  const { startsAt, endsAt } = eventTimes(wirEvents.find((event) => event.key === run.event)!);
  const days = run.firstDayOnly ? 1 : Math.ceil((endsAt.getTime() - startsAt.getTime()) / (24 * hour));
  return { from: startsAt, to: new Date(startsAt.getTime() + (days - 1) * 24 * hour + 8 * hour) };
}

/**
 * The Daugavpils questionnaires run at other events (demo-runs.ts), each made as "Run at
 * another event" makes a run (runAtAnotherEvent in app/survey/series.server.ts: the original's
 * title, introduction and languages copied, no questions of its own), then scheduled for its
 * event's days and closed, as the events are over. A "before" and an "after" run at one event
 * are paired, as the Daugavpils pair is.
 */
async function createDemoRuns(tx: Prisma.TransactionClient, originals: Record<"after" | "before", Survey>, eventIds: Map<string, string>) {
  const created: { event: string; of: "after" | "before"; id: string }[] = [];
  for (const run of demoRuns) {
    const original = originals[run.of];
    const { from, to } = answeringWindow(run);
    const survey = await tx.survey.create({
      data: { ...runOf(original, eventIds.get(run.event)!, run.joinCode), status: "CLOSED", opensAt: from, closesAt: to },
    });
    created.push({ event: run.event, of: run.of, id: survey.id });
  }
  for (const after of created.filter((run) => run.of === "after")) {
    const before = created.find((run) => run.of === "before" && run.event === after.event);
    if (!before) continue;
    await tx.survey.update({ where: { id: after.id }, data: { pairedSurveyId: before.id } });
    await tx.survey.update({ where: { id: before.id }, data: { pairedSurveyId: after.id } });
  }
}

/** Generated answers for the demo surveys: the final meeting's pair, each event's feedback and the runs at other events. */
async function seedSampleResponses(tx: Prisma.TransactionClient) {
  const { startsAt: start, endsAt: end } = eventTimes(wirEvents.at(-1)!);
  const plans = [
    { code: demoBeforeJoinCode, count: 180, from: start, to: new Date(start.getTime() + 4 * 3600_000), shift: -0.25 },
    { code: demoJoinCode, count: 240, from: start, to: end, shift: 0.1 },
    ...wirEvents.slice(0, -1).map((event, index) => ({
      code: feedbackCodes[event.key]!,
      count: Math.round(event.attendance * (0.35 + (index % 3) * 0.1)),
      from: eventTimes(event).startsAt,
      to: eventTimes(event).endsAt,
      shift: 0,
    })),
  ];
  for (const [index, plan] of plans.entries()) {
    const survey = (await findSurveyByJoinCode(plan.code, tx))!;
    await writeSampleResponses(tx, survey, {
      count: plan.count,
      from: plan.from,
      to: plan.to,
      seed: 2019 + index,
      pattern: { opennessShift: plan.shift },
    });
  }
  // Seeds of their own, so that the Daugavpils questionnaires' answers stay what they were.
  for (const [index, run] of demoRuns.entries()) {
    const survey = (await findSurveyByJoinCode(run.joinCode, tx))!;
    await writeSampleResponses(tx, survey, {
      count: run.responses,
      ...answeringWindow(run),
      seed: 3019 + index,
      pattern: run.pattern,
    });
  }
}
