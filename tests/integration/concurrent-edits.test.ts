import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { prisma } from "~/db.server";
import { deleteChoice, loadQuestion, saveQuestion } from "~/survey/question-editor.server";
import { createFullProject, type FullProject } from "../support/full-project";
import { encode, formBody } from "../support/html-forms";
import { rawRequest, signedInUser, startHttpApp, type HttpApp, type SignedInUser } from "../support/http-app";

// Two organisers working on one questionnaire at the same moment (found by the route fuzz
// test, which sends a page's forms several at a time): each change either happens or is
// refused with a message, never a 500.


let app: HttpApp;
let project: FullProject;
let organiser: SignedInUser;

beforeAll(async () => {
  app = await startHttpApp();
  project = await createFullProject();
  organiser = await signedInUser("ORGANISER", [project.projectId]);
});

afterAll(async () => {
  await app?.close();
});

function post(path: string, fields: [string, string][]) {
  return rawRequest(app, {
    method: "POST",
    path,
    headers: { Cookie: organiser.cookie, "Accept-Language": "en", "Content-Type": "application/x-www-form-urlencoded" },
    body: formBody([["csrf", organiser.csrf], ...fields]),
  });
}

describe("the builder", () => {
  it("questions added at the same moment each get a key of their own", async () => {
    const before = await prisma.question.count({ where: { surveyId: project.surveyId } });
    const adds = ["Where", "When", "Why", "How", "With whom", "How often"].map((text) =>
      post(`/surveys/${project.surveyId}/questions`, [["intent", "addQuestion"], ["type", "SHORT_TEXT"], ["section", "0"], ["text", encode(text)]]),
    );
    expect((await Promise.all(adds)).map((response) => response.status)).toEqual([200, 200, 200, 200, 200, 200]);
    const questions = await prisma.question.findMany({ where: { surveyId: project.surveyId } });
    expect(questions).toHaveLength(before + 6);
    expect(new Set(questions.map((q) => q.key)).size).toBe(questions.length);
  });

  it("pages added at the same moment each get a place of their own", async () => {
    const before = await prisma.section.count({ where: { surveyId: project.surveyId } });
    const adds = ["More", "Even more", "Last"].map((title) => post(`/surveys/${project.surveyId}/questions`, [["intent", "addSection"], ["title", encode(title)]]));
    expect((await Promise.all(adds)).map((response) => response.status)).toEqual([200, 200, 200]);
    expect(await prisma.section.count({ where: { surveyId: project.surveyId } })).toBe(before + 3);
  });
});

describe("a row deleted while a change to it was under way", () => {
  /** What the route answers when an organiser's change meets a row another one deleted since the page was read. */
  async function refusal(change: Promise<unknown>) {
    const thrown = await change.then(
      () => null,
      (error: unknown) => error,
    );
    expect(thrown).toBeInstanceOf(Response);
    return (thrown as Response).status;
  }

  it("the question form saved after one of its options was deleted: 409, and nothing of the save is kept", async () => {
    const loaded = await loadQuestion(project.surveyId, project.questionKey);
    await prisma.option.delete({ where: { id: loaded.question.options.find((o) => o.value === "health")!.id } });
    expect(await refusal(saveQuestion(loaded, { text_lv: "Kas jums traucē?" }))).toBe(409);
    expect((await prisma.question.findUniqueOrThrow({ where: { id: loaded.question.id } })).text).toEqual(loaded.question.text);
  });

  it("an option deleted twice at once: the second is a 409", async () => {
    const loaded = await loadQuestion(project.surveyId, project.questionKey);
    const option = loaded.question.options.find((o) => o.value === "nothing")!;
    expect(await deleteChoice(loaded, "option", option.id)).toEqual({ ok: true });
    expect(await refusal(deleteChoice(loaded, "option", option.id))).toBe(409);
  });
});
