import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { prisma } from "~/db.server";
import { en } from "~/i18n/messages/en";
import { createFullProject, rowCounts, type FullProject } from "../support/full-project";
import { formBody, formsOf, type Submission } from "../support/html-forms";
import { rawRequest, signedInUser, startHttpApp, type HttpApp, type SignedInUser } from "../support/http-app";

// Issue 11, finding 5: a NUL byte in an id or a text reached PostgreSQL, which refused it with an
// error, and the visitor got a 500. Here each of those requests again, over real HTTP: an id
// that is not a UUID (a question key, token or join code that is not written as one) is 404;
// a text with a control character is refused with a message next to the form; a results
// filter with one is a 400 that says so. Nothing is written.


let app: HttpApp;
let project: FullProject;
let admin: SignedInUser;

beforeAll(async () => {
  app = await startHttpApp();
  project = await createFullProject();
  admin = await signedInUser("ADMIN");
});

afterAll(async () => {
  await app?.close();
});

function get(path: string, cookie?: string) {
  return rawRequest(app, { path, headers: { "Accept-Language": "en", ...(cookie ? { Cookie: cookie } : {}) } });
}

function post(path: string, fields: [string, string][], cookie = admin.cookie) {
  return rawRequest(app, {
    method: "POST",
    path,
    headers: { Cookie: cookie, "Accept-Language": "en", "Content-Type": "application/x-www-form-urlencoded" },
    body: formBody(fields),
  });
}

const notUuids = ["%00", "a%00b", `00000000-0000-4000-8000-000000000000%00`, "not-a-uuid", "x".repeat(5000)];

describe("an id that is not a UUID is 404, before any query", () => {
  const addresses = (id: string) => [
    `/present/${id}`,
    `/present/${id}/events`,
    `/surveys/${id}/export/download?format=csv`,
    `/projects/${id}`,
    `/projects/${id}/events/new`,
    `/admin/users/${id}`,
    `/surveys/${id}`,
    `/surveys/${id}/results`,
    `/surveys/${id}/results.csv?question=overall`,
    `/surveys/${id}/questions`,
    `/projects/${project.projectId}/events/${id}`,
  ];

  for (const id of notUuids) {
    it(`${id.slice(0, 40)}: 404 for an admin; for a visitor without an account 404 or the sign-in page`, async () => {
      const before = await rowCounts();
      for (const address of addresses(id)) {
        const shown = address.slice(0, 80);
        expect((await get(address, admin.cookie)).status, `${shown} as an admin`).toBe(404);
        // Workspace pages send a visitor without a session to sign in first (their layout's check).
        const anonymous = await get(address);
        if (anonymous.status === 302) expect(anonymous.headers.location, shown).toMatch(/^\/signin\?/);
        else expect(anonymous.status, `${shown} without an account`).toBe(404);
      }
      expect(await rowCounts()).toEqual(before);
    });
  }

  it("a form sent to such an address is 404 and writes nothing", async () => {
    const before = await rowCounts();
    const csrf: [string, string] = ["csrf", admin.csrf];
    const forms: [string, [string, string][]][] = [
      ["/projects/%00/events/new", [csrf, ["title_en", "Event"], ["place", "Hall"], ["startsAt", "2026-05-01T10:00"], ["endsAt", "2026-05-01T12:00"]]],
      ["/projects/%00/settings", [csrf, ["intent", "addPartner"], ["name", "Partner"], ["city", "Riga"], ["country", "LV"]]],
      ["/admin/users/%00", [csrf, ["intent", "reset"]]],
      ["/surveys/%00/questions", [csrf, ["intent", "addSection"], ["title", "More"]]],
      [`/surveys/${project.surveyId}/questions/%00`, [csrf, ["intent", "save"], ["text_lv", "Teksts"]]],
      [`/projects/${project.projectId}/events/a%00b`, [csrf, ["intent", "archive"]]],
    ];
    for (const [address, fields] of forms) expect((await post(address, fields)).status, address).toBe(404);
    expect(await rowCounts()).toEqual(before);
  });

  it("a valid-looking id that names nothing is 404 too", async () => {
    const unknown = "00000000-0000-4000-8000-000000000000";
    for (const address of [`/projects/${unknown}`, `/surveys/${unknown}/results`, `/admin/users/${unknown}`, `/present/${unknown}`]) {
      expect((await get(address, admin.cookie)).status, address).toBe(404);
    }
  });
});

describe("question keys, tokens and join codes are checked for their form", () => {
  it("a question key that is not one is 404; an unknown one too", async () => {
    for (const key of ["%00", "a%00b", "Q1", "q1%20", "x".repeat(41), "q999"]) {
      const address = `/surveys/${project.surveyId}/questions/${key}`;
      expect((await get(address, admin.cookie)).status, address).toBe(404);
    }
  });

  it("a presenter link, invitation or join code that is not written as one is 404", async () => {
    const addresses = ["/live/%00", "/live/a%00b/events", `/live/${"A".repeat(33)}`, `/live/${project.presenterToken}%00`, "/welcome/%00", "/welcome/a%00b", "/s/%00", "/s/a%00b/answer"];
    for (const address of addresses) expect((await get(address)).status, address).toBe(404);
  });
});

describe("a text with a control character is refused with a message, and nothing is written", () => {
  const message = en["form.controlCharacters"];

  /** The page's form for which `pick` holds, with `changes` made to its fields (added where missing). */
  async function pageForm(page: string, pick: (fields: Map<string, string>) => boolean, changes: Record<string, string>) {
    const html = (await get(page, admin.cookie)).body;
    const form = formsOf(html, page).find((f: Submission) => f.method === "post" && pick(new Map(f.fields)));
    if (!form) throw new Error(`no such form on ${page}`);
    const fields = form.fields.filter(([name]) => !(name in changes));
    return { action: form.action, fields: [...fields, ...Object.entries(changes)] as [string, string][] };
  }

  const intent = (value: string) => (fields: Map<string, string>) => fields.get("intent") === value;
  const has = (name: string) => (fields: Map<string, string>) => fields.has(name);

  const cases: { name: string; page: () => string; pick: (fields: Map<string, string>) => boolean; changes: Record<string, string>; kept?: () => Promise<unknown> }[] = [
    { name: "a new event's title", page: () => `/projects/${project.projectId}/events/new`, pick: has("place"), changes: { title_en: "Town%00hall", place: "Hall", startsAt: "2026-05-01T10%3A00", endsAt: "2026-05-01T12%3A00" } },
    {
      name: "an event's place",
      page: () => `/projects/${project.projectId}/events/${project.eventId}`,
      pick: has("place"),
      changes: { place: "Hall%07" },
      kept: () => prisma.event.findUniqueOrThrow({ where: { id: project.eventId } }),
    },
    { name: "a new project's name", page: () => "/projects/new", pick: has("name_en"), changes: { name_en: "Youth%00council", startsOn: "2027-01-01", endsOn: "2027-12-31" } },
    {
      name: "a project's name",
      page: () => `/projects/${project.projectId}/settings`,
      pick: intent("details"),
      changes: { name_en: "Renamed%1B" },
      kept: () => prisma.project.findUniqueOrThrow({ where: { id: project.projectId } }),
    },
    { name: "a partner's name", page: () => `/projects/${project.projectId}/settings`, pick: intent("addPartner"), changes: { name: "Partner%00", city: "Riga", country: "LV" } },
    { name: "an invited person's name", page: () => "/admin/users", pick: has("email"), changes: { name: "Ann%00", email: "ann-nul@example.org", role: "EVALUATOR" } },
    {
      name: "a questionnaire's title",
      page: () => `/surveys/${project.surveyId}`,
      pick: intent("wording"),
      changes: { title: "Title%00" },
      kept: () => prisma.survey.findUniqueOrThrow({ where: { id: project.surveyId } }),
    },
    { name: "a new question's text", page: () => `/surveys/${project.surveyId}/questions`, pick: intent("addQuestion"), changes: { type: "SHORT_TEXT", section: "0", text: "Why%00" } },
    { name: "a new page's title", page: () => `/surveys/${project.surveyId}/questions`, pick: intent("addSection"), changes: { title: "More%C2%85" } },
    {
      name: "a question's text",
      page: () => `/surveys/${project.surveyId}/questions/${project.questionKey}`,
      pick: intent("save"),
      changes: { text_lv: "Kas%00" },
      kept: () => prisma.question.findFirstOrThrow({ where: { surveyId: project.surveyId, key: project.questionKey }, include: { options: true } }),
    },
    {
      name: "a new option",
      page: () => `/surveys/${project.surveyId}/questions/${project.questionKey}`,
      pick: intent("save"),
      changes: { newOptions: "Bus%0Atrain%00" },
      kept: () => prisma.question.findFirstOrThrow({ where: { surveyId: project.surveyId, key: project.questionKey }, include: { options: true } }),
    },
    {
      name: "a translation",
      page: () => `/surveys/${project.surveyId}/translations?to=ru`,
      pick: has("text:survey.title"),
      changes: { "text:survey.title": "%D0%9E%D0%BF%D1%80%D0%BE%D1%81%00" },
      kept: () => prisma.survey.findUniqueOrThrow({ where: { id: project.surveyId } }),
    },
  ];

  for (const c of cases) {
    it(c.name, async () => {
      const { action, fields } = await pageForm(c.page(), c.pick, c.changes);
      const before = await rowCounts();
      const kept = await c.kept?.();
      const response = await post(action, fields);
      expect(response.status).toBe(400);
      expect(response.body).toContain(message);
      expect(await rowCounts()).toEqual(before);
      if (c.kept) expect(await c.kept()).toEqual(kept);
    });
  }

  it("a resident's free-text answer: the message is next to the question, and no response is stored", async () => {
    const page = `/s/${project.joinCode}/answer?lang=en`;
    const { action, fields } = await pageForm(page, has("idempotencyKey"), { intent: "submit", "q.message_to_city": "Thanks%00" });
    const before = await rowCounts();
    const response = await post(action, fields, "");
    expect(response.status).toBe(400);
    expect(response.body).toContain(message);
    expect(await rowCounts()).toEqual(before);
  });
});

describe("a results filter with a control character is a 400 that says so", () => {
  it("the free-text search of the results page and of the printable report", async () => {
    for (const view of ["results", "report"]) {
      for (const query of ["tq.message_to_city=a%00b", "tq.message_to_city=%07", "f.age_band=%00", "language=%00", "by=%00", "from=%00"]) {
        const response = await get(`/surveys/${project.surveyId}/${view}?${query}`, admin.cookie);
        expect(response.status, `${view}?${query}`).toBe(400);
        expect(response.body, `${view}?${query}`).toContain(en["results.badFilter"]);
      }
    }
  });

  it("a question's numbers and the raw export", async () => {
    for (const address of [
      `/surveys/${project.surveyId}/results.csv?question=a%00b`,
      `/surveys/${project.surveyId}/results.csv?question=age_band&f.age_band=%00`,
      `/surveys/${project.surveyId}/export/download?format=%00`,
      `/surveys/${project.surveyId}/export/download?format=csv&language=a%00b`,
    ]) {
      expect((await get(address, admin.cookie)).status, address).toBe(400);
    }
  });
});
