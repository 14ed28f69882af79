import type { IncomingHttpHeaders } from "node:http";
import { rawRequest, type HttpApp, type RawResponse } from "./http-app";

// Signing in over HTTP as a browser does: the sign-in page first (its cookies and the form's
// anti-forgery token), then the form, with JavaScript off (a document POST) or on (Remix's
// `_data` fetch).

/** The cookies a browser holds for the app: name → value. */
export type CookieJar = Map<string, string>;

export function keepCookies(jar: CookieJar, headers: IncomingHttpHeaders) {
  for (const line of headers["set-cookie"] ?? []) {
    const [pair, ...attributes] = line.split(";");
    const [name, ...value] = pair!.split("=");
    const removed = attributes.some((a) => /^\s*max-age=0\s*$/i.test(a) || /^\s*expires=thu, 01 jan 1970/i.test(a));
    if (removed) jar.delete(name!.trim());
    else jar.set(name!.trim(), value.join("="));
  }
}

export const cookieHeader = (jar: CookieJar) => [...jar].map(([name, value]) => `${name}=${value}`).join("; ");

/** The hidden anti-forgery field of a rendered sign-in form ("" when there is none). */
export const formToken = (html: string) => /<input type="hidden" name="csrf" value="([^"]*)"/.exec(html)?.[1] ?? "";

/** Opens /signin with the jar's cookies, keeps what it sets, and returns the form's token. */
export async function openSignInPage(app: HttpApp, jar: CookieJar, query = ""): Promise<string> {
  const page = await rawRequest(app, { path: `/signin?lang=en${query}`, headers: { Cookie: cookieHeader(jar) } });
  if (page.status !== 200) throw new Error(`GET /signin answered ${page.status}`);
  keepCookies(jar, page.headers);
  return formToken(page.body);
}

/** Sends the sign-in form as it is given (fields verbatim) with the jar's cookies. */
export async function postSignIn(
  app: HttpApp,
  fields: Record<string, string>,
  options: { jar?: CookieJar; javascript?: boolean } = {},
): Promise<RawResponse> {
  const jar = options.jar ?? new Map();
  const response = await rawRequest(app, {
    method: "POST",
    path: options.javascript ? "/signin?lang=en&_data=routes%2Fsignin" : "/signin?lang=en",
    headers: { "Content-Type": "application/x-www-form-urlencoded", Cookie: cookieHeader(jar) },
    body: new URLSearchParams(fields).toString(),
  });
  keepCookies(jar, response.headers);
  return response;
}

/** Where a sign-in sends the browser: Location, or Remix's header for a `_data` fetch. */
export const redirectTarget = (response: RawResponse) =>
  String(response.headers.location ?? response.headers["x-remix-redirect"] ?? "");
