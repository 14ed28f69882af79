import type { MessageKey, Messages } from "./messages/en";

/**
 * Residents' pages (the start page and everything under /s/) get only the interface texts they
 * use, to keep the HTML small on event Wi-Fi; every other page gets the whole dictionary.
 */
export const residentPrefixes = [
  "app.", "nav.", "language.", "home.", "joinCode.", "answer.", "field.", "submission.",
  "error.", "pageNotFound.", "notFound.", "privacy.", "thanks.", "already.", "landing.",
  "survey.event", "survey.notOpen.",
  // The organiser's preview ends with this, in the questionnaire's language.
  "survey.previewDone",
  // A typed answer with a control character is refused with the workspace forms' message.
  "form.controlCharacters",
  // The results shared back with residents (/s/CODE/results).
  "publicResults.",
] as const;

/**
 * The results texts that page's charts, tables and summaries use, key by key: the other
 * "results." texts are the workspace's (filters, downloads, free-text search).
 */
export const residentResultKeys = [
  "results.hidden", "results.questionTooFew", "results.respondents", "results.share", "results.count",
  "results.baseShares", "results.baseMultiple", "results.baseDontKnow", "results.suppressionNote", "results.downloadPng",
  "results.group", "results.answer", "results.n", "results.all", "results.mean", "results.median", "results.allHidden",
  "results.summaryTop", "results.summaryTopAmongShown", "results.summaryAgreement", "results.summaryDisagreeHidden",
  "results.summaryAgreeHidden", "results.summaryBothSidesHidden", "results.summaryNumbers", "results.summaryNumbersHidden",
  "results.viewTooFew", "results.viewRespondents", "results.noResponses",
] as const satisfies readonly MessageKey[];

/** Texts printed for residents (the poster), in every language a questionnaire can have; never sent to a page. */
export const residentPrintedKeys = ["poster.scan", "poster.orType", "poster.anonymous"] as const;

/** The keys residents read; a residents-only language translates just these. */
export type ResidentKey =
  | Extract<MessageKey, `${(typeof residentPrefixes)[number]}${string}`>
  | (typeof residentResultKeys)[number]
  | (typeof residentPrintedKeys)[number];
export type ResidentMessages = Pick<Messages, ResidentKey>;

/** Whether residents' pages get this text (the printed ones are not sent to any page). */
export function isResidentPageKey(key: string): boolean {
  return residentPrefixes.some((prefix) => key.startsWith(prefix)) || (residentResultKeys as readonly string[]).includes(key);
}

export function isResidentPath(pathname: string): boolean {
  return pathname === "/" || pathname.startsWith("/s/");
}
