/**
 * Residents' pages (the start page and everything under /s/) get only the interface texts they
 * use, to keep the HTML small on event Wi-Fi; every other page gets the whole dictionary.
 */
export const residentPrefixes = [
  "app.", "nav.", "language.", "home.", "joinCode.", "survey.", "answer.", "field.", "submission.",
  "error.", "pageNotFound.", "notFound.", "privacy.", "thanks.", "already.", "landing.",
  // A typed answer with a control character is refused with the workspace forms' message.
  "form.controlCharacters",
] as const;

export function isResidentPath(pathname: string): boolean {
  return pathname === "/" || pathname.startsWith("/s/");
}
