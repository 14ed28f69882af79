import { expect, test, type Page } from "@playwright/test";
import { readdirSync } from "node:fs";
import path from "node:path";
import { en } from "../../app/i18n/messages/en";
import { createAccount, query, signIn } from "./support";

// Every page of the workspace, opened in a browser with JavaScript on, by an admin, an
// organiser and an evaluator of the demo project. A page passes when it answers as it should
// for that role and nothing breaks while it renders and hydrates: no uncaught error, no
// console error, no error boundary, no 5xx. The route files are read from app/routes, so a
// page added without being listed here fails the test (as does a listed page that is gone).

type Role = "admin" | "organiser" | "evaluator";
/** Who may open a page: everyone signed in with access to the project, its organisers, or admins. */
type Access = "viewers" | "organisers" | "admins";

interface DemoIds {
  projectId: string;
  /** The demo "after" questionnaire (join code DAUGAV), which has a "before" pair and answers. */
  surveyId: string;
  /** The DAUGAV questionnaire, its "before" pair and an event's feedback questionnaire (closed, other template). */
  surveyIds: string[];
  eventId: string;
  userId: string;
  /** One question of each type in the DAUGAV questionnaire. */
  questionKeys: string[];
  /** Those of them that are charted (free text is listed, not charted, so it has no aggregate file). */
  chartedKeys: string[];
  /** A demographic single-choice question a results view can be broken down by. */
  breakdownKey: string;
}

interface RouteVisit {
  access: Access;
  paths: (ids: DemoIds) => string[];
}

const pages: Record<string, RouteVisit> = {
  "_workspace.account.password": { access: "viewers", paths: () => ["/account/password"] },
  "_workspace.admin.users._index": { access: "admins", paths: () => ["/admin/users"] },
  "_workspace.admin.users.$userId": { access: "admins", paths: (ids) => [`/admin/users/${ids.userId}`] },
  "_workspace.projects._index": { access: "viewers", paths: () => ["/projects"] },
  "_workspace.projects.new": { access: "admins", paths: () => ["/projects/new"] },
  "_workspace.projects.$projectId": { access: "viewers", paths: (ids) => [`/projects/${ids.projectId}`] },
  "_workspace.projects.$projectId_.events.new": { access: "organisers", paths: (ids) => [`/projects/${ids.projectId}/events/new`] },
  "_workspace.projects.$projectId_.events.$eventId": {
    access: "organisers",
    paths: (ids) => [`/projects/${ids.projectId}/events/${ids.eventId}`],
  },
  "_workspace.projects.$projectId_.results": {
    access: "viewers",
    paths: (ids) => [`/projects/${ids.projectId}/results`, `/projects/${ids.projectId}/results?event=${ids.eventId}`],
  },
  "_workspace.projects.$projectId_.settings": { access: "organisers", paths: (ids) => [`/projects/${ids.projectId}/settings`] },
  "_workspace.projects.$projectId_.surveys.new": { access: "organisers", paths: (ids) => [`/projects/${ids.projectId}/surveys/new`] },
  "_workspace.surveys.$surveyId": { access: "viewers", paths: (ids) => ids.surveyIds.map((id) => `/surveys/${id}`) },
  "_workspace.surveys.$surveyId_.compare": { access: "viewers", paths: (ids) => [`/surveys/${ids.surveyId}/compare`] },
  "_workspace.surveys.$surveyId_.export": { access: "organisers", paths: (ids) => [`/surveys/${ids.surveyId}/export`] },
  "_workspace.surveys.$surveyId_.live": { access: "organisers", paths: (ids) => [`/surveys/${ids.surveyId}/live`] },
  "_workspace.surveys.$surveyId_.poster": { access: "viewers", paths: (ids) => [`/surveys/${ids.surveyId}/poster`] },
  "_workspace.surveys.$surveyId_.preview": {
    access: "viewers",
    paths: (ids) => [`/surveys/${ids.surveyId}/preview`, `/surveys/${ids.surveyId}/preview?in=ru`],
  },
  "_workspace.surveys.$surveyId_.public": { access: "organisers", paths: (ids) => [`/surveys/${ids.surveyId}/public`] },
  "_workspace.surveys.$surveyId_.public_.preview": {
    access: "viewers",
    paths: (ids) => [`/surveys/${ids.surveyId}/public/preview`, `/surveys/${ids.surveyId}/public/preview?in=ru`],
  },
  "_workspace.surveys.$surveyId_.questions": { access: "viewers", paths: (ids) => [`/surveys/${ids.surveyId}/questions`] },
  "_workspace.surveys.$surveyId_.questions_.$questionKey": {
    access: "organisers",
    paths: (ids) => ids.questionKeys.map((key) => `/surveys/${ids.surveyId}/questions/${key}`),
  },
  "_workspace.surveys.$surveyId_.report": {
    access: "viewers",
    paths: (ids) => [`/surveys/${ids.surveyId}/report?by=${ids.breakdownKey}`],
  },
  "_workspace.surveys.$surveyId_.results": {
    access: "viewers",
    paths: (ids) => [...ids.surveyIds.map((id) => `/surveys/${id}/results`), `/surveys/${ids.surveyId}/results?by=${ids.breakdownKey}`],
  },
  "_workspace.surveys.$surveyId_.translations": { access: "viewers", paths: (ids) => [`/surveys/${ids.surveyId}/translations`] },
  "present.$surveyId": { access: "viewers", paths: (ids) => [`/present/${ids.surveyId}`] },
};

/** Routes that answer with a file or a stream, not a page: requested, and checked for their status. */
const resources: Record<string, RouteVisit> = {
  "_workspace.surveys.$surveyId_.qr[.]png": { access: "viewers", paths: (ids) => [`/surveys/${ids.surveyId}/qr.png`] },
  "_workspace.surveys.$surveyId_.qr[.]svg": { access: "viewers", paths: (ids) => [`/surveys/${ids.surveyId}/qr.svg`] },
  "_workspace.surveys.$surveyId_.results[.]csv": {
    access: "viewers",
    paths: (ids) => ids.chartedKeys.map((key) => `/surveys/${ids.surveyId}/results.csv?question=${key}`),
  },
  "_workspace.surveys.$surveyId_.export_.download": {
    access: "organisers",
    paths: (ids) => [
      `/surveys/${ids.surveyId}/export/download?format=csv`,
      `/surveys/${ids.surveyId}/export/download?format=xlsx&values=labels&language=ru`,
    ],
  },
  "present.$surveyId_.events": { access: "viewers", paths: (ids) => [`/present/${ids.surveyId}/events`] },
};

/** Route files without an address of their own. */
const layouts = ["_workspace"];

const routesDir = path.resolve(import.meta.dirname, "../../app/routes");

/** The workspace's route ids (file or folder names), as Remix's flat routes name them. */
function workspaceRouteIds() {
  return readdirSync(routesDir)
    .map((entry) => entry.replace(/\.tsx?$/, ""))
    .filter((id) => id === "_workspace" || id.startsWith("_workspace.") || id.startsWith("present."));
}

/**
 * The addresses a flat route id matches: `_workspace.surveys.$surveyId_.qr[.]png` matches
 * `/surveys/ID/qr.png`. Used to check that every listed path really reaches its route.
 */
function routePattern(id: string) {
  const segments = id
    .replace(/\[\.\]/g, "\u0000")
    .split(".")
    .filter((segment) => !segment.startsWith("_"))
    .map((segment) => segment.replace(/_$/, "").replace(/\u0000/g, "."));
  const source = segments
    .map((segment) => (segment.startsWith("$") ? "[^/?]+" : segment.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")))
    .join("/");
  return new RegExp(`^/${source}(\\?.*)?$`);
}

function mayOpen(role: Role, access: Access) {
  return role === "admin" || access === "viewers" || (access === "organisers" && role === "organiser");
}

/** Text that only an error boundary shows: a page showing it has failed. */
const errorHeadings: string[] = [en["error.title"], en["error.unavailableTitle"], en["pageNotFound.title"]];
const refusals = [en["workspace.forbidden"], en["pageNotFound.body"]];

async function demoIds(): Promise<DemoIds> {
  const [survey] = await query<{ id: string; projectId: string; eventId: string }>(
    `SELECT id, "projectId", "eventId" FROM "Survey" WHERE "joinCode" = 'DAUGAV'`,
  );
  const surveys = await query<{ id: string }>(`SELECT id FROM "Survey" WHERE "joinCode" IN ('DAUGAV', 'DGPBFR', 'WRKCKF') ORDER BY "joinCode"`);
  const questions = await query<{ key: string; type: string }>(
    `SELECT DISTINCT ON (type) key, type FROM "Question" WHERE "surveyId" = $1 ORDER BY type, position`,
    [survey!.id],
  );
  const [breakdown] = await query<{ key: string }>(
    `SELECT key FROM "Question" WHERE "surveyId" = $1 AND demographic AND type = 'SINGLE_CHOICE' ORDER BY position LIMIT 1`,
    [survey!.id],
  );
  const [admin] = await query<{ id: string }>(`SELECT id FROM "User" WHERE email = 'admin@balss.local'`);
  return {
    projectId: survey!.projectId,
    surveyId: survey!.id,
    surveyIds: surveys.map((s) => s.id),
    eventId: survey!.eventId,
    userId: admin!.id,
    questionKeys: questions.map((q) => q.key),
    chartedKeys: questions.filter((q) => !q.type.endsWith("_TEXT")).map((q) => q.key),
    breakdownKey: breakdown!.key,
  };
}

/** What went wrong on a page while it loaded and hydrated. */
function watchProblems(page: Page) {
  const problems: string[] = [];
  page.on("pageerror", (error) => problems.push(`page error: ${error.message}`));
  page.on("console", (message) => {
    if (message.type() === "error") problems.push(`console error: ${message.text()}`);
  });
  page.on("response", (response) => {
    if (response.status() >= 500) problems.push(`status ${response.status()}: ${response.url()}`);
  });
  return problems;
}

/**
 * Whether React hydrated the page and ran its effects (the root marks the document then).
 * Generous: a report broken down by a question draws dozens of charts as it hydrates.
 */
async function hydrated(page: Page) {
  try {
    await page.locator("html[data-hydrated]").waitFor({ state: "attached", timeout: 60_000 });
    return true;
  } catch {
    return false;
  }
}

async function checkPage(page: Page, problems: string[], url: string, open: boolean) {
  problems.length = 0;
  const response = await page.goto(url);
  const status = response?.status() ?? 0;
  const scriptsRan = await hydrated(page);
  const headings = await page.locator("h1").allTextContents();
  const found: string[] = scriptsRan ? [] : ["the page was never hydrated"];
  if (open) {
    if (status !== 200) found.push(`status ${status}`);
    if (new URL(page.url()).pathname !== new URL(url, page.url()).pathname) found.push(`redirected to ${page.url()}`);
    found.push(...headings.filter((h) => errorHeadings.includes(h.trim())).map((h) => `error boundary: ${h}`));
    found.push(...problems);
  } else {
    // A refusal is a clean 403 or 404 with the workspace's message; the browser's own note
    // about the refused document is the only console error expected.
    if (status !== 403 && status !== 404) found.push(`status ${status}, expected 403 or 404`);
    const body = (await page.locator("main").textContent()) ?? "";
    if (!refusals.some((text) => body.includes(text))) found.push(`no refusal message: ${body.slice(0, 200)}`);
    found.push(...problems.filter((p) => !/Failed to load resource: the server responded with a status of 40[34]/.test(p)));
  }
  return found;
}

/** Status of a file or stream download, read from its headers (a live stream never ends). */
async function resourceStatus(page: Page, url: string) {
  return page.evaluate(async (address) => {
    const controller = new AbortController();
    const response = await fetch(address, { signal: controller.signal });
    controller.abort();
    return response.status;
  }, url);
}

test.use({ locale: "en-GB", viewport: { width: 1280, height: 900 }, isMobile: false, hasTouch: false });

test("every workspace route file is in this test's list, and every listed path reaches its route", () => {
  const listed = [...Object.keys(pages), ...Object.keys(resources), ...layouts];
  const files = workspaceRouteIds();
  expect(files.filter((id) => !listed.includes(id)), "route files this test does not visit").toEqual([]);
  expect(listed.filter((id) => !files.includes(id)), "listed routes without a file").toEqual([]);
  const sample: DemoIds = {
    projectId: "p",
    surveyId: "s",
    surveyIds: ["s1", "s2"],
    eventId: "e",
    userId: "u",
    questionKeys: ["q1", "q2"],
    chartedKeys: ["q1"],
    breakdownKey: "b",
  };
  const stray = Object.entries({ ...pages, ...resources }).flatMap(([id, visit]) =>
    visit.paths(sample).filter((url) => !routePattern(id).test(url)).map((url) => `${id}: ${url}`),
  );
  expect(stray).toEqual([]);
});

test.describe("every workspace page opens without an error, with JavaScript on", () => {
  let ids: DemoIds;

  test.beforeAll(async () => {
    ids = await demoIds();
  });

  // One signed-in page (one browser context) per role, reused for every address.
  for (const role of ["admin", "organiser", "evaluator"] as const) {
    test(`as ${role === "admin" ? "an admin" : `an ${role}`}`, async ({ page }) => {
      test.setTimeout(600_000);
      await signIn(page, await createAccount(role === "admin" ? "ADMIN" : role === "organiser" ? "ORGANISER" : "EVALUATOR", "wir"));
      const problems = watchProblems(page);
      // Soft: one broken page does not hide the others.
      for (const [id, visit] of Object.entries(pages)) {
        const open = mayOpen(role, visit.access);
        for (const url of visit.paths(ids)) {
          expect.soft(await checkPage(page, problems, url, open), `${url} (${id}, ${open ? "may open" : "refused"})`).toEqual([]);
        }
      }
      for (const [id, visit] of Object.entries(resources)) {
        const open = mayOpen(role, visit.access);
        for (const url of visit.paths(ids)) {
          const status = await resourceStatus(page, url);
          if (open) expect.soft(status, `${url} (${id})`).toBe(200);
          else expect.soft([403, 404], `${url} (${id}) is refused`).toContain(status);
        }
      }
    });
  }
});
