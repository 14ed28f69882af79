import { existsSync, readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createUser } from "~/auth/users.server";
import { prisma } from "~/db.server";
import { createFullProject, type FullProject } from "../support/full-project";
import { encode, formBody, formsOf, linksOf, type Submission } from "../support/html-forms";
import { rawRequest, sessionOf, startHttpApp, type HttpApp, type RawResponse } from "../support/http-app";
import { repeat } from "../support/responses";

// Every route of app/routes against hostile input, over real HTTP: each path parameter and
// each query key the route reads set to NUL, 10 KB, control characters, malformed UTF-8,
// wrong types; every form the route's own page renders posted back with a valid session and
// anti-forgery token (so the action's own validation is reached) and its fields made hostile
// one at a time, all at once, repeated, as files, by the thousand. The outcome may be any
// refusal; it may never be a 5xx. Valid ids come from a real project with questionnaires made
// from a template, so hostile fields also meet real rows. A new route file is fuzzed
// automatically; one with a path parameter this test cannot fill fails until it is added below.


const routesDir = path.resolve(import.meta.dirname, "../../app/routes");
const appDir = path.resolve(import.meta.dirname, "../../app");

/** Values as they go on the wire (already percent-encoded), so malformed UTF-8 can be sent too. */
interface Hostile {
  name: string;
  wire: string;
}

const text = (name: string, value: string): Hostile => ({ name, wire: encode(value) });

/** Tried on every query key and form field on its own. */
const sharp: Hostile[] = [
  text("NUL", "a\u0000b"),
  text("10 KB", "x".repeat(10 * 1024)),
  text("C0 and C1 controls", "\u0001\u0007\u001b[2J\u007f\u0085\u009b"),
  text("huge number", "1e309"),
];

/** Tried on all of a request's query keys or form fields at once (and, with `sharp`, on every path parameter). */
const blunt: Hostile[] = [
  text("only NUL", "\u0000"),
  { name: "malformed UTF-8", wire: "%FF%FE%C0%80%ED%A0%80" },
  text("unknown UUID", "00000000-0000-4000-8000-000000000000"),
  text("empty", ""),
  text("negative", "-1"),
  text("JSON", '{"a":[1,{}]}'),
  text("bidi, zero-width, line separators", "\u202e\u200b\ufeff\u2028\u2029"),
  text("header injection", "/\r\nSet-Cookie: a=b\r\n\t/evil.example"),
  text("Unicode", "👍🏽 Ünïcödé ß İ e\u0301 ／ مرحبا"),
  text("markup, SQL, a path", "<script>alert(1)</script>\"' OR 1=1; -- ../../../etc/passwd"),
  { name: "broken escape", wire: "%E0%A4%" },
];

/** A valid value for each path parameter a route file may have. */
function validParams(route: string, fixture: FullProject): Record<string, string> {
  return {
    projectId: fixture.projectId,
    surveyId: fixture.surveyId,
    eventId: fixture.eventId,
    userId: fixture.userId,
    questionKey: fixture.questionKey,
    code: fixture.joinCode,
    token: route.startsWith("live.") ? fixture.presenterToken : fixture.invitationToken,
  };
}

interface Route {
  id: string;
  /** Path segments; a parameter is written `$name`. */
  segments: string[];
  params: string[];
  hasAction: boolean;
  /** A page (the root's loader runs too), not a file or a stream. */
  isPage: boolean;
  /** Query keys its code reads (string literals given to `.get`, `.getAll`, `.has`). */
  keysInCode: Set<string>;
}

function readRoutes(): Route[] {
  return readdirSync(routesDir).map((file) => {
    const id = file.replace(/\.tsx?$/, "");
    const segments = id
      .replace(/\[\.\]/g, "\u0000")
      .split(".")
      .filter((segment) => !segment.startsWith("_"))
      .map((segment) => segment.replace(/_$/, "").replace(/\u0000/g, "."));
    const source = readFileSync(path.join(routesDir, file), "utf8");
    return {
      id,
      segments,
      params: segments.filter((s) => s.startsWith("$")).map((s) => s.slice(1)),
      hasAction: /export (async )?function action\b|export const action\b/.test(source),
      isPage: /export default\b/.test(source),
      keysInCode: keysRead(path.join(routesDir, file)),
    };
  });
}

/** The literal keys read with `.get("k")`, `.getAll("k")` or `.has("k")` in a file and the app modules it imports. */
function keysRead(entry: string): Set<string> {
  const seen = new Set<string>();
  const keys = new Set<string>();
  const visit = (file: string) => {
    if (seen.has(file)) return;
    seen.add(file);
    const source = readFileSync(file, "utf8");
    // Lower-case first: `headers.get("Cookie")` reads a header, not the address.
    for (const match of source.matchAll(/\.(?:get|getAll|has)\(\s*["'`]([a-z_][\w.-]*)["'`]\s*\)/g)) keys.add(match[1]!);
    for (const match of source.matchAll(/from\s+["']((?:~|\.{1,2})\/[^"']+)["']/g)) {
      const target = match[1]!.startsWith("~/") ? path.join(appDir, match[1]!.slice(2)) : path.resolve(path.dirname(file), match[1]!);
      const resolved = [".ts", ".tsx", "/index.ts"].map((ext) => target + ext).find((f) => existsSync(f));
      if (resolved && !resolved.includes("/generated/")) visit(resolved);
    }
  };
  visit(entry);
  return keys;
}

function pathOf(route: Route, values: Record<string, string>) {
  return "/" + route.segments.map((s) => (s.startsWith("$") ? values[s.slice(1)] : s)).join("/");
}

function routeMatches(route: Route, address: string) {
  const source = route.segments.map((s) => (s.startsWith("$") ? "[^/?]+" : s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&"))).join("/");
  return new RegExp(`^/${source}/?$`).test(address);
}

// ---------------------------------------------------------------------------------------------
// Sending: a bounded number of requests at once, each with a time limit.

const requestTimeoutMs = 10_000;
const concurrency = 4;

interface Probe {
  method: string;
  path: string;
  /**
   * Sent as Remix's data request for the route (`_data`): its loader or action alone, without
   * rendering the page. Used for the many one-field-at-a-time cases; the all-at-once cases are
   * whole documents, so the root loader and the pages' error boundaries meet hostile input too.
   */
  data?: string;
  headers?: Record<string, string>;
  body?: string;
  /** A chunked body instead, written piece by piece (no Content-Length to check up front). */
  chunks?: string[];
  /** What was hostile about it, for the failure message. */
  label: string;
}

async function sendAll(app: HttpApp, probes: Probe[], cookie: string): Promise<string[]> {
  const failures: string[] = [];
  let next = 0;
  const worker = async () => {
    while (next < probes.length) {
      const probe = probes[next++]!;
      const headers = { Cookie: cookie, ...probe.headers };
      const address = probe.data ? `${probe.path}${probe.path.includes("?") ? "&" : "?"}_data=${encode(`routes/${probe.data}`)}` : probe.path;
      let response: RawResponse | "timeout";
      try {
        response = await Promise.race([
          rawRequest(app, { method: probe.method, path: address, headers, body: probe.body, chunks: probe.chunks }),
          new Promise<"timeout">((resolve) => setTimeout(() => resolve("timeout"), requestTimeoutMs).unref()),
        ]);
      } catch (error) {
        failures.push(`${probe.method} ${shorten(probe.path)} [${probe.label}]: ${String(error)}`);
        continue;
      }
      if (response === "timeout") failures.push(`${probe.method} ${shorten(probe.path)} [${probe.label}]: no answer in ${requestTimeoutMs} ms`);
      else if (response.status >= 500) failures.push(`${probe.method} ${shorten(probe.path)} [${probe.label}]: ${response.status} ${response.body.slice(0, 120)}`);
    }
  };
  await Promise.all(repeat(concurrency, worker));
  return failures;
}

const shorten = (address: string) => (address.length > 160 ? `${address.slice(0, 150)}…(${address.length} chars)` : address);

const formType = { "Content-Type": "application/x-www-form-urlencoded" };

// ---------------------------------------------------------------------------------------------
// The requests for one route.

/**
 * Hostile path parameters, one at a time; hostile query keys one at a time and all together,
 * added to an address the app itself offers (a filter, a question's download) when there is one.
 */
function getProbes(route: Route, fixture: FullProject, queryKeys: string[], validQuery: string): Probe[] {
  const valid = validParams(route.id, fixture);
  const probes: Probe[] = [];
  for (const param of route.params) {
    for (const value of [...sharp, ...blunt, text("query-like", "?x=1#y"), text("dot dot", "..")]) {
      probes.push({ method: "GET", path: pathOf(route, { ...valid, [param]: value.wire }), label: `$${param} = ${value.name}` });
    }
  }
  const address = pathOf(route, valid);
  const withQuery = (query: string) => `${address}?${[validQuery, query].filter(Boolean).join("&")}`;
  const data = route.id;
  for (const key of queryKeys) {
    for (const value of sharp) probes.push({ method: "GET", path: withQuery(`${encode(key)}=${value.wire}`), data, label: `${key} = ${value.name}` });
    probes.push({ method: "GET", path: withQuery(`${encode(key)}=a&${encode(key)}=%00&${encode(key)}[]=1`), data, label: `${key} repeated` });
  }
  for (const value of queryKeys.length ? blunt : []) {
    probes.push({ method: "GET", path: withQuery(queryKeys.map((key) => `${encode(key)}=${value.wire}`).join("&")), label: `every query key = ${value.name}` });
  }
  for (const method of ["PUT", "DELETE", "PATCH", "OPTIONS", "TRACE"]) probes.push({ method, path: address, label: `${method} method` });
  probes.push({ method: "PUT", path: address, headers: formType, body: "a=%00", label: "PUT with a stray field" });
  probes.push({ method: "POST", path: address, headers: formType, body: "a=%00", label: "POST with a stray field" });
  return probes;
}

/** Fields made hostile one at a time, per form: more of a long form's fields add time, not cases. */
const maxFieldsEach = 8;

/** A form of the route's page sent back with hostile fields, one at a time, all at once, repeated, as files. */
function formProbes(route: Route, submission: Submission): Probe[] {
  const { action } = submission;
  const { csrf, others, post } = parts(submission);
  const probes: Probe[] = [];
  const step = Math.max(1, Math.ceil(others.length / maxFieldsEach));
  others.forEach(([name], index) => {
    if (index % step) return;
    for (const value of sharp) probes.push(post(`${name} = ${value.name}`, others.map(([n, v], i) => [n, i === index ? value.wire : v]), route.id));
    // Forms read a repeated field's first value (FormData.get) or its last (Object.fromEntries).
    probes.push(post(`${name} repeated`, [[name, "a%00b"], ...others, [name, "a%00b"]], route.id));
  });
  for (const value of blunt) probes.push(post(`every field = ${value.name}`, others.map(([n, v]) => [n, n === "intent" ? v : value.wire])));
  probes.push(post("every field 50 times", others.flatMap(([n, v]) => [[n, v] as [string, string], ...repeat(49, (i) => [n, encode(`${i}\u0000`)] as [string, string])]), route.id));
  const boundary = "----balss-fuzz";
  const files = others.map(
    ([n]) => `--${boundary}\r\nContent-Disposition: form-data; name="${n}"; filename="a.txt"\r\nContent-Type: application/octet-stream\r\n\r\n\u0000\u0001\r\n`,
  );
  const token = csrf ? [`--${boundary}\r\nContent-Disposition: form-data; name="csrf"\r\n\r\n${decodeURIComponent(csrf[1])}\r\n`] : [];
  probes.push({
    method: "POST",
    path: action,
    headers: { "Content-Type": `multipart/form-data; boundary=${boundary}` },
    body: `${[...token, ...files].join("")}--${boundary}--\r\n`,
    data: route.id,
    label: "every field a file",
  });
  return probes;
}

/** The same form as a whole request gone wrong: thousands of fields, other body types, no token, a forged Origin. */
function requestProbes(submission: Submission): Probe[] {
  const { action } = submission;
  const { others, withCsrf, post } = parts(submission);
  const raw = (label: string, contentType: string, content: string, headers: Record<string, string> = {}): Probe => ({
    method: "POST",
    path: action,
    headers: { "Content-Type": contentType, ...headers },
    body: content,
    label,
  });
  const valid = formBody(withCsrf(others));
  const first = others.find(([name]) => name !== "intent")?.[0] ?? "x";
  return [
    post("3000 unknown fields", [...others, ...repeat(3000, (i) => [`q.f${i}`, "1"] as [string, string])]),
    post(`3000 × ${first}`, [...repeat(3000, (i) => [first, String(i)] as [string, string]), ...others]),
    post("hostile field names", others.map(([n, v]) => [`${n}\u0000[]`, v])),
    raw("broken multipart", "multipart/form-data; boundary=x", "--x\r\nbroken"),
    raw("JSON body", "application/json", JSON.stringify(Object.fromEntries(withCsrf(others)))),
    raw("text/plain body", "text/plain", valid),
    raw("malformed escapes", formType["Content-Type"], `${valid}&%ZZ=%&=`),
    raw("no anti-forgery token", formType["Content-Type"], formBody(others)),
    raw("Origin: null", formType["Content-Type"], valid, { Origin: "null" }),
    raw("foreign Origin", formType["Content-Type"], valid, { Origin: "https://evil.example" }),
    {
      method: "POST",
      path: action,
      headers: { ...formType, "Transfer-Encoding": "chunked" },
      chunks: [valid, ...repeat(24, () => `&${first}=${"x".repeat(64 * 1024)}`)],
      label: "chunked body over 1 MB",
    },
  ];
}

function parts({ action, fields }: Submission) {
  const csrf = fields.find(([name]) => name === "csrf");
  const others = fields.filter(([name]) => name !== "csrf");
  const withCsrf = (list: [string, string][]) => (csrf ? [csrf, ...list] : list);
  const post = (label: string, form: [string, string][], data?: string): Probe => ({ method: "POST", path: action, headers: formType, body: formBody(withCsrf(form)), data, label });
  return { csrf, others, withCsrf, post };
}

// ---------------------------------------------------------------------------------------------

let app: HttpApp;
let adminId: string;
let shared: FullProject;
const routes = readRoutes();
/** What the shared fixture's pages offer each route: GET forms' fields and links' query strings. */
const offered = new Map<string, { keys: Set<string>; formQueries: string[]; linkQueries: string[]; posts: Submission[] }>();
/** A fresh session of the admin: its cookie and anti-forgery token. */
const adminSession = () => sessionOf(adminId);

/** The route's page on a fixture, as an admin sees it (every route accepts an admin). */
async function page(route: Route, fixture: FullProject, cookie: string) {
  const address = pathOf(route, validParams(route.id, fixture));
  const response = await rawRequest(app, { path: address, headers: { Cookie: cookie } });
  return { address, html: response.headers["content-type"]?.startsWith("text/html") ? response.body : "" };
}

beforeAll(async () => {
  app = await startHttpApp();
  const admin = await createUser({ email: "fuzz-admin@example.org", name: "Fuzz admin", role: "ADMIN", password: "fuzz-admin-password" });
  adminId = admin.id;
  shared = await createFullProject();
  const { cookie } = await adminSession();
  for (const route of routes) offered.set(route.id, { keys: new Set(), formQueries: [], linkQueries: [], posts: [] });
  for (const route of routes) {
    if (route.id === "signout") continue;
    const { address, html } = await page(route, shared, cookie);
    const targetOf = (href: string) => routes.find((r) => routeMatches(r, new URL(href, "http://x").pathname));
    for (const href of [address, ...linksOf(html)]) {
      const [pathname, query] = href.split("?");
      const target = targetOf(pathname!);
      // A link that only switches the language is no address of the route's own.
      if (target && query && !/^lang=[^&]*$/.test(query)) offered.get(target.id)!.linkQueries.push(query);
    }
    for (const form of formsOf(html, address)) {
      const target = targetOf(form.action.split("?")[0]!);
      const entry = target && offered.get(target.id);
      if (!entry) continue;
      if (form.method === "post") {
        entry.posts.push(form);
        continue;
      }
      for (const [name] of form.fields) entry.keys.add(name);
      entry.formQueries.push(formBody(form.fields));
    }
  }
}, 120_000);

afterAll(async () => {
  await app?.close();
});

const rootKeys = keysRead(path.join(appDir, "root.tsx"));

describe("every route, against hostile input, never answers 5xx", () => {
  it("every route file's path parameters can be filled with a valid value", () => {
    const known = Object.keys(validParams("", {} as FullProject));
    const unknown = routes.flatMap((route) => route.params.filter((p) => !known.includes(p)).map((p) => `${route.id}: $${p}`));
    expect(unknown, "add a valid value for these parameters to validParams").toEqual([]);
  });

  for (const route of routes) {
    it(route.id, async () => {
      const { cookie } = await adminSession();
      const known = offered.get(route.id)!;
      const queryKeys = [...new Set([...(route.isPage ? rootKeys : []), ...route.keysInCode, ...known.keys])].filter((key) => key !== "csrf");
      // An address the app itself offers: its filter or export form, a question's download.
      const validQuery = known.formQueries[0] ?? known.linkQueries[0] ?? "";
      const failures = await sendAll(app, getProbes(route, shared, queryKeys, validQuery), cookie);
      if (route.hasAction) {
        // Forms change rows (a question deleted, a join code renewed): each route gets its own.
        const fixture = await createFullProject();
        const session = await adminSession();
        const { address, html } = await page(route, fixture, session.cookie);
        const own = formsOf(html, address).filter((f) => f.method === "post" && routeMatches(route, f.action.split("?")[0]!));
        // A form shown on other pages (signing out, in the workspace's header) carries their session's token.
        const elsewhere = known.posts.map((f) => ({ ...f, fields: f.fields.map(([n, v]): [string, string] => [n, n === "csrf" ? session.csrf : v]) }));
        const mine = own.length ? own : elsewhere;
        // One form per kind: "delete this option" is the same form for every option.
        const kind = (f: Submission) => `${f.action.split("?")[0]} ${f.fields.map(([n, v]) => (n === "intent" ? `${n}=${decodeURIComponent(v).split(":")[0]}` : n)).join("&")}`;
        const distinct = [...new Map(mine.map((f) => [kind(f), f])).values()];
        const fallback: Submission = { method: "post", action: address, fields: [["csrf", session.csrf], ["intent", "x"]] };
        const submissions = distinct.length ? distinct : [fallback];
        const probes = [...requestProbes(submissions[0]!), ...submissions.flatMap((submission) => formProbes(route, submission))];
        failures.push(...(await sendAll(app, probes, session.cookie)));
      }
      expect(failures, "requests answered with a 5xx or not at all").toEqual([]);
    }, 120_000);
  }
});
