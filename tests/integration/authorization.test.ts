import { readdirSync } from "node:fs";
import path from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { startSession } from "~/auth/session.server";
import { createUser } from "~/auth/users.server";
import { prisma } from "~/db.server";
import { createSurveyFromTemplate } from "~/survey/create-survey.server";
import { surveyTemplates } from "~/survey/templates";

// Every route of the workspace, for every kind of visitor, with the exact outcome. A route
// file that is not in this table fails the test, so no page can be added without deciding
// who may reach it.

type Who = "anonymous" | "evaluator" | "otherOrganiser" | "organiser" | "admin";
type Outcome = "signin" | 403 | 404 | "ok";
type Expectations = Record<Who, Outcome>;

const everyoneSignedIn: Expectations = { anonymous: "signin", evaluator: "ok", otherOrganiser: "ok", organiser: "ok", admin: "ok" };
const projectViewers: Expectations = { anonymous: "signin", evaluator: "ok", otherOrganiser: 404, organiser: "ok", admin: "ok" };
const adminsOnly: Expectations = { anonymous: "signin", evaluator: 403, otherOrganiser: 403, organiser: 403, admin: "ok" };
const projectOrganisers: Expectations = { anonymous: "signin", evaluator: 403, otherOrganiser: 404, organiser: "ok", admin: "ok" };

interface RouteCase {
  params: (ids: Ids) => Record<string, string>;
  /** The address's query for the loader, where a page needs one. */
  query?: string;
  loader?: Expectations;
  action?: { expect: Expectations; form: (who: Who, ids: Ids) => Record<string, string> };
}

interface Ids {
  projectId: string;
  surveyId: string;
  userId: string;
  eventId: string;
  /** The "after" questionnaire paired with surveyId. */
  pairedSurveyId: string;
}

const validEvent = { title_en: "Event", place: "Town hall", timeZone: "Europe/Riga", startsAt: "2026-05-01T10:00", endsAt: "2026-05-01T12:00", attendance: "40" };

const passwords: Record<Exclude<Who, "anonymous">, string> = {
  evaluator: "evaluator-password-1",
  otherOrganiser: "other-organiser-password",
  organiser: "organiser-password-1",
  admin: "admin-password-12",
};

const workspaceRoutes: Record<string, RouteCase> = {
  _workspace: { params: () => ({}), loader: everyoneSignedIn },
  "_workspace.projects._index": { params: () => ({}), loader: everyoneSignedIn },
  "_workspace.projects.$projectId": { params: (ids) => ({ projectId: ids.projectId }), loader: projectViewers },
  "_workspace.surveys.$surveyId": {
    params: (ids) => ({ surveyId: ids.surveyId }),
    loader: projectViewers,
    action: { expect: projectOrganisers, form: () => ({ intent: "close" }) },
  },
  "_workspace.admin.users._index": {
    params: () => ({}),
    loader: adminsOnly,
    action: {
      expect: adminsOnly,
      form: (who) => ({ name: "Invited", email: `invited-${who}-${suffix}@example.org`, role: "EVALUATOR" }),
    },
  },
  "_workspace.admin.users.$userId": {
    params: (ids) => ({ userId: ids.userId }),
    loader: adminsOnly,
    action: { expect: adminsOnly, form: () => ({ intent: "reset" }) },
  },
  "_workspace.projects.$projectId_.events.new": {
    params: (ids) => ({ projectId: ids.projectId }),
    loader: projectOrganisers,
    action: { expect: projectOrganisers, form: () => validEvent },
  },
  "_workspace.projects.$projectId_.events.$eventId": {
    params: (ids) => ({ projectId: ids.projectId, eventId: ids.eventId }),
    loader: projectOrganisers,
    action: { expect: projectOrganisers, form: () => ({ ...validEvent, intent: "save" }) },
  },
  "_workspace.projects.$projectId_.surveys.new": {
    params: (ids) => ({ projectId: ids.projectId }),
    loader: projectOrganisers,
    action: { expect: projectOrganisers, form: () => ({ template: "eventFeedback", language: "lv" }) },
  },
  "_workspace.surveys.$surveyId_.preview": {
    params: (ids) => ({ surveyId: ids.surveyId }),
    loader: projectViewers,
    action: {
      expect: projectViewers,
      form: (_who, ids) => ({ surveyId: ids.surveyId, idempotencyKey: crypto.randomUUID(), page: "0", intent: "back" }),
    },
  },
  "_workspace.projects.$projectId_.settings": {
    params: (ids) => ({ projectId: ids.projectId }),
    loader: projectOrganisers,
    action: { expect: projectOrganisers, form: () => ({ targetEvents: "9", suppressionThreshold: "5" }) },
  },
  "_workspace.surveys.$surveyId_.translations": {
    params: (ids) => ({ surveyId: ids.surveyId }),
    loader: projectViewers,
    action: { expect: projectOrganisers, form: () => ({ intent: "save" }) },
  },
  "_workspace.surveys.$surveyId_.questions": {
    params: (ids) => ({ surveyId: ids.surveyId }),
    loader: projectViewers,
    action: { expect: projectOrganisers, form: () => ({ intent: "addSection", title: "More" }) },
  },
  "_workspace.surveys.$surveyId_.questions_.$questionKey": {
    params: (ids) => ({ surveyId: ids.surveyId, questionKey: "overall" }),
    loader: projectOrganisers,
    action: { expect: projectOrganisers, form: () => ({ intent: "save", text_lv: "Kopumā" }) },
  },
  "_workspace.projects.new": {
    params: () => ({}),
    loader: adminsOnly,
    action: {
      expect: adminsOnly,
      form: (who) => ({ name_en: "New", slug: `p-${who.toLowerCase()}-${suffix}`, startsOn: "2027-01-01", endsOn: "2027-12-31", timeZone: "Europe/Riga" }),
    },
  },
  "_workspace.surveys.$surveyId_.poster": { params: (ids) => ({ surveyId: ids.surveyId }), loader: projectViewers },
  "_workspace.surveys.$surveyId_.qr[.]svg": { params: (ids) => ({ surveyId: ids.surveyId }), loader: projectViewers },
  "_workspace.surveys.$surveyId_.qr[.]png": { params: (ids) => ({ surveyId: ids.surveyId }), loader: projectViewers },
  "_workspace.surveys.$surveyId_.results": { params: (ids) => ({ surveyId: ids.surveyId }), loader: projectViewers },
  "_workspace.surveys.$surveyId_.results[.]csv": { params: (ids) => ({ surveyId: ids.surveyId }), query: "?question=overall", loader: projectViewers },
  "_workspace.surveys.$surveyId_.report": { params: (ids) => ({ surveyId: ids.surveyId }), loader: projectViewers },
  "_workspace.surveys.$surveyId_.compare": { params: (ids) => ({ surveyId: ids.pairedSurveyId }), loader: projectViewers },
  "_workspace.projects.$projectId_.results": { params: (ids) => ({ projectId: ids.projectId }), loader: projectViewers },
  "_workspace.surveys.$surveyId_.live": {
    params: (ids) => ({ surveyId: ids.surveyId }),
    loader: projectOrganisers,
    action: { expect: projectOrganisers, form: () => ({ intent: "save", question: "overall", layout: "GRID" }) },
  },
  // Sharing results with residents publishes them: organisers only; the preview is a results page.
  "_workspace.surveys.$surveyId_.public": {
    params: (ids) => ({ surveyId: ids.surveyId }),
    loader: projectOrganisers,
    action: { expect: projectOrganisers, form: () => ({ intent: "save", question: "overall" }) },
  },
  "_workspace.surveys.$surveyId_.public_.preview": { params: (ids) => ({ surveyId: ids.surveyId }), loader: projectViewers },
  "present.$surveyId": { params: (ids) => ({ surveyId: ids.surveyId }), loader: projectViewers },
  "present.$surveyId_.events": { params: (ids) => ({ surveyId: ids.surveyId }), loader: projectViewers },
  // Raw responses: never for evaluators (they get aggregates with small groups hidden).
  "_workspace.surveys.$surveyId_.export": { params: (ids) => ({ surveyId: ids.surveyId }), loader: projectOrganisers },
  "_workspace.surveys.$surveyId_.export_.download": {
    params: (ids) => ({ surveyId: ids.surveyId }),
    query: "?format=csv&values=labels&language=lv",
    loader: projectOrganisers,
  },
  "_workspace.account.password": {
    params: () => ({}),
    loader: everyoneSignedIn,
    action: {
      expect: everyoneSignedIn,
      // Changing to the same password keeps the table repeatable.
      form: (who) => {
        const password = who === "anonymous" ? "x".repeat(12) : passwords[who];
        return { current: password, next: password, confirm: password };
      },
    },
  },
};

/** Routes residents and visitors use without an account; checked in their own tests. */
const publicRoutes = ["live.$token", "live.$token_.events", "_index", "s.$code", "s.$code._index", "s.$code.answer", "s.$code.thanks", "s.$code.results", "signin", "signout", "welcome.$token"];

const routesDir = path.resolve(import.meta.dirname, "../../app/routes");
const suffix = Math.random().toString(36).slice(2, 8);
const cookies: Partial<Record<Who, { cookie: string; csrf: string }>> = {};
let ids: Ids;

async function signedIn(email: string, role: "ADMIN" | "ORGANISER" | "EVALUATOR", password: string, projectIds: string[]) {
  const user = await createUser({ email, name: email, role, password, projectIds });
  const setCookie = await startSession(new Request("http://balss.test/signin"), user.id);
  const session = await prisma.session.findFirstOrThrow({ where: { userId: user.id } });
  return { cookie: setCookie.split(";")[0]!, csrf: session.csrfToken };
}

beforeAll(async () => {
  const project = await prisma.project.create({
    data: { timeZone: "Europe/Riga", slug: `authz-a-${suffix}`, name: { en: "A" }, startsOn: new Date("2020-01-01"), endsOn: new Date("2020-12-31") },
  });
  const other = await prisma.project.create({
    data: { timeZone: "Europe/Riga", slug: `authz-b-${suffix}`, name: { en: "B" }, startsOn: new Date("2020-01-01"), endsOn: new Date("2020-12-31") },
  });
  const survey = await prisma.$transaction((tx) =>
    createSurveyFromTemplate(tx, {
      projectId: project.id,
      joinCode: `Z${suffix.toUpperCase().replace(/[^A-HJ-NP-Z2-9]/g, "Z")}`.slice(0, 6).padEnd(6, "Z"),
      template: surveyTemplates.eventFeedback,
      status: "OPEN",
    }),
  );
  const after = await prisma.$transaction((tx) =>
    createSurveyFromTemplate(tx, {
      projectId: project.id,
      joinCode: `Y${suffix.toUpperCase().replace(/[^A-HJ-NP-Z2-9]/g, "Y")}`.slice(0, 6).padEnd(6, "Y"),
      template: surveyTemplates.eventFeedback,
      phase: "AFTER",
      pairedSurveyId: survey.id,
    }),
  );
  await prisma.survey.update({ where: { id: survey.id }, data: { phase: "BEFORE", pairedSurveyId: after.id } });
  const target = await createUser({ email: `target-${suffix}@example.org`, name: "Target", role: "EVALUATOR", password: "target-password" });
  const event = await prisma.event.create({
    data: { timeZone: "Europe/Riga", projectId: project.id, title: { en: "E" }, place: "P", startsAt: new Date(), endsAt: new Date() },
  });
  ids = { projectId: project.id, surveyId: survey.id, userId: target.id, eventId: event.id, pairedSurveyId: after.id };
  cookies.evaluator = await signedIn(`evaluator-${suffix}@example.org`, "EVALUATOR", passwords.evaluator, [project.id]);
  cookies.otherOrganiser = await signedIn(`other-${suffix}@example.org`, "ORGANISER", passwords.otherOrganiser, [other.id]);
  cookies.organiser = await signedIn(`organiser-${suffix}@example.org`, "ORGANISER", passwords.organiser, [project.id]);
  cookies.admin = await signedIn(`admin-${suffix}@example.org`, "ADMIN", passwords.admin, []);
});

function outcome(response: Response): Outcome {
  if (response.status === 302 && response.headers.get("Location")?.startsWith("/signin")) return "signin";
  if (response.status === 403 || response.status === 404) return response.status;
  if (response.status < 400) return "ok";
  throw new Error(`unexpected status ${response.status}`);
}

async function run(fn: () => Promise<unknown>): Promise<Outcome> {
  try {
    const result = await fn();
    // A live page's event stream stays open: read its status, then hang up.
    if (result instanceof Response && result.headers.get("Content-Type")?.startsWith("text/event-stream")) await result.body?.cancel();
    return result instanceof Response ? outcome(result) : "ok";
  } catch (thrown) {
    if (thrown instanceof Response) return outcome(thrown);
    throw thrown;
  }
}

function request(who: Who, method: "GET" | "POST", body?: Record<string, string>, query = "") {
  const headers = new Headers();
  const visitor = cookies[who];
  if (visitor) headers.set("Cookie", visitor.cookie);
  const form = body ? new URLSearchParams({ ...body, ...(visitor ? { csrf: visitor.csrf } : {}) }) : undefined;
  if (form) headers.set("Content-Type", "application/x-www-form-urlencoded");
  return new Request(`http://balss.test/any${query}`, { method, headers, body: form });
}

describe("workspace authorisation", () => {
  it("every route file is in the table (workspace) or known to be public", () => {
    const routes = readdirSync(routesDir).map((file) => file.replace(/\.tsx?$/, ""));
    const unknown = routes.filter((route) => !(route in workspaceRoutes) && !publicRoutes.includes(route));
    expect(unknown).toEqual([]);
  });

  for (const [route, routeCase] of Object.entries(workspaceRoutes)) {
    it(`${route}: loader and action give the expected outcome to everyone`, async () => {
      const module = (await import(`../../app/routes/${route}.tsx`)) as {
        loader?: (args: object) => Promise<unknown>;
        action?: (args: object) => Promise<unknown>;
      };
      expect(Boolean(module.loader)).toBe(Boolean(routeCase.loader));
      expect(Boolean(module.action)).toBe(Boolean(routeCase.action));
      const params = routeCase.params(ids);
      const results: Partial<Record<Who, { loader?: Outcome; action?: Outcome }>> = {};
      const expected: typeof results = {};
      for (const who of Object.keys(passwords).concat("anonymous") as Who[]) {
        results[who] = {};
        expected[who] = {};
        if (module.loader && routeCase.loader) {
          results[who].loader = await run(() => module.loader!({ request: request(who, "GET", undefined, routeCase.query), params, context: {} }));
          expected[who].loader = routeCase.loader[who];
        }
        if (module.action && routeCase.action) {
          const body = routeCase.action.form(who, ids);
          results[who].action = await run(() => module.action!({ request: request(who, "POST", body), params, context: {} }));
          expected[who].action = routeCase.action.expect[who];
        }
      }
      expect(results).toEqual(expected);
    });
  }

  it("every action refuses a form without the session's anti-forgery token, changing nothing", async () => {
    const refused: Record<string, number> = {};
    // The preview's action only checks answers and stores nothing, so there is nothing to forge.
    const changesNothing = ["_workspace.surveys.$surveyId_.preview"];
    await prisma.survey.update({ where: { id: ids.surveyId }, data: { status: "OPEN", closesAt: null } });
    for (const [route, routeCase] of Object.entries(workspaceRoutes)) {
      if (!routeCase.action || changesNothing.includes(route)) continue;
      const module = (await import(`../../app/routes/${route}.tsx`)) as { action: (args: object) => Promise<unknown> };
      const headers = new Headers({ Cookie: cookies.admin!.cookie, "Content-Type": "application/x-www-form-urlencoded" });
      const body = new URLSearchParams({ ...routeCase.action.form("admin", ids), csrf: "forged-token" });
      const forged = new Request("http://balss.test/any", { method: "POST", headers, body });
      const thrown = await module.action({ request: forged, params: routeCase.params(ids), context: {} }).then(
        () => null,
        (error: unknown) => error,
      );
      refused[route] = thrown instanceof Response ? thrown.status : 0;
    }
    expect(Object.entries(refused).filter(([, status]) => status !== 403)).toEqual([]);
    expect(Object.keys(refused).length).toBeGreaterThanOrEqual(8);
    // The forged "close" did not close the questionnaire.
    expect((await prisma.survey.findUniqueOrThrow({ where: { id: ids.surveyId } })).status).toBe("OPEN");
  });

  it("ids of things that do not exist answer 404, not 500", async () => {
    const module = await import("../../app/routes/_workspace.surveys.$surveyId.tsx");
    const params = { surveyId: "00000000-0000-4000-8000-000000000000" };
    expect(await run(() => module.loader({ request: request("admin", "GET"), params, context: {} }))).toBe(404);
  });
});
