import { createOneTimeToken } from "~/auth/one-time-links.server";
import { prisma } from "~/db.server";
import { createPresenterLink } from "~/live/live-presentation.server";
import { createSurveyFromTemplate } from "~/survey/create-survey.server";
import { findSurveyById } from "~/survey/find-survey.server";
import { randomJoinCode } from "~/survey/new-join-code.server";
import { surveyTemplates } from "~/survey/templates";
import { insertResponses, repeat } from "./responses";

/** Everything an address can name, in one project: real rows for valid ids next to hostile ones. */
export interface FullProject {
  projectId: string;
  eventId: string;
  /** An open "before" questionnaire (the demo template, every question type) with answers, paired with an "after" one. */
  surveyId: string;
  joinCode: string;
  /** A multiple-choice question of that questionnaire, with an "other" option and a question shown on one of its answers. */
  questionKey: string;
  /** An evaluator of the project, with an unused invitation. */
  userId: string;
  invitationToken: string;
  presenterToken: string;
}

let made = 0;

export async function createFullProject(): Promise<FullProject> {
  const tag = `${Date.now().toString(36)}-${++made}`;
  const project = await prisma.project.create({
    data: { timeZone: "Europe/Riga", slug: `full-${tag}`, name: { en: `Project ${tag}` }, startsOn: new Date("2026-01-01"), endsOn: new Date("2026-12-31") },
  });
  const event = await prisma.event.create({
    data: { timeZone: "Europe/Riga", projectId: project.id, title: { en: "Event" }, place: "Hall", startsAt: new Date("2026-03-01T10:00Z"), endsAt: new Date("2026-03-01T12:00Z") },
  });
  const template = surveyTemplates.stereotypes;
  const before = await prisma.$transaction((tx) =>
    createSurveyFromTemplate(tx, { projectId: project.id, eventId: event.id, joinCode: randomJoinCode(), template, status: "OPEN", phase: "BEFORE" }),
  );
  const after = await prisma.$transaction((tx) =>
    createSurveyFromTemplate(tx, { projectId: project.id, joinCode: randomJoinCode(), template, status: "OPEN", phase: "AFTER", pairedSurveyId: before.id }),
  );
  await prisma.survey.update({ where: { id: before.id }, data: { pairedSurveyId: after.id } });
  const survey = await findSurveyById(before.id);
  const ageBand = survey.sections.flatMap((s) => s.questions).find((q) => q.key === "age_band")!;
  await insertResponses(
    survey,
    repeat(6, (i) => ({ answers: { age_band: ageBand.options[i % 2]!.value, message_to_city: `Answer ${i}` }, language: i % 2 ? "lv" : "ru" })),
  );
  const user = await prisma.user.create({
    data: { email: `member-${tag}@example.org`, name: "Member", role: "EVALUATOR", memberships: { create: { projectId: project.id } } },
  });
  return {
    projectId: project.id,
    eventId: event.id,
    surveyId: before.id,
    joinCode: before.joinCode,
    questionKey: "barriers",
    userId: user.id,
    invitationToken: await createOneTimeToken(user.id, "INVITE"),
    presenterToken: await createPresenterLink(before.id),
  };
}

/** Rows of every table a form or an address could write to, to show that a refused request wrote nothing. */
export async function rowCounts() {
  const [projects, partners, events, surveys, sections, questions, options, statements, responses, answers, users, edits, livePresentations] =
    await Promise.all([
      prisma.project.count(),
      prisma.partner.count(),
      prisma.event.count(),
      prisma.survey.count(),
      prisma.section.count(),
      prisma.question.count(),
      prisma.option.count(),
      prisma.statement.count(),
      prisma.response.count(),
      prisma.answer.count(),
      prisma.user.count(),
      prisma.surveyEdit.count(),
      prisma.livePresentation.count(),
    ]);
  return { projects, partners, events, surveys, sections, questions, options, statements, responses, answers, users, edits, livePresentations };
}
