import { json, redirect } from "@remix-run/node";
import { negotiateLanguage } from "~/i18n/languages";
import { findSurveyByJoinCode } from "./find-survey.server";
import { isWellFormedJoinCode, normalizeJoinCode } from "./join-code";
import { lookUpJoinCode } from "./join-code-rate-limit.server";

/** Thrown for an unknown code; the survey routes' error boundary shows the join box with it. */
export function surveyNotFound(code: string) {
  return json({ code }, { status: 404 });
}

/** What a 429 carries when the client has tried too many unknown codes; the error boundary says how long to wait. */
export type JoinCodesWait = { reason: "joinCodes"; wait: number };

/**
 * Finds the survey of a resident page and its language. Pages are always served at their
 * canonical address — normalised code and an explicit `?lang=` — so the language the page
 * is in and the interface language the root loader picks come from the same place.
 */
export async function loadResidentPage(request: Request, codeParam: string, clientAddress: string | undefined) {
  const code = normalizeJoinCode(codeParam);
  if (!isWellFormedJoinCode(code)) throw surveyNotFound(codeParam);
  const lookUp = await lookUpJoinCode(clientAddress, () => findSurveyByJoinCode(code));
  if (!lookUp.ok) {
    const data: JoinCodesWait = { reason: "joinCodes", wait: lookUp.waitMinutes };
    throw json(data, { status: 429, headers: { "Retry-After": String(lookUp.retryAfterSeconds) } });
  }
  const survey = lookUp.found;
  if (!survey) throw surveyNotFound(codeParam);

  const url = new URL(request.url);
  const requested = url.searchParams.get("lang");
  const lang =
    requested && survey.languages.includes(requested)
      ? requested
      : negotiateLanguage(request.headers.get("Accept-Language"), survey.languages, survey.defaultLanguage);

  if (request.method === "GET" && (code !== codeParam || requested !== lang)) {
    const rest = url.pathname.split("/").slice(3).join("/");
    url.searchParams.set("lang", lang);
    throw redirect(`/s/${code}${rest ? `/${rest}` : ""}?${url.searchParams}`);
  }
  return { survey, lang };
}
