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
] as const;

/** Texts printed for residents (the poster), in every language a questionnaire can have; never sent to a page. */
export const residentPrintedKeys = ["poster.scan", "poster.orType", "poster.anonymous"] as const;

/** The keys residents read; a residents-only language translates just these. */
export type ResidentKey = Extract<MessageKey, `${(typeof residentPrefixes)[number]}${string}`> | (typeof residentPrintedKeys)[number];
export type ResidentMessages = Pick<Messages, ResidentKey>;

export function isResidentPath(pathname: string): boolean {
  return pathname === "/" || pathname.startsWith("/s/");
}
