import { createCookie } from "@remix-run/node";
import { de } from "./messages/de";
import { en, type Messages } from "./messages/en";
import { es } from "./messages/es";
import { fi } from "./messages/fi";
import { it } from "./messages/it";
import { lv } from "./messages/lv";
import { ru } from "./messages/ru";
import { sv } from "./messages/sv";
import { fallbackUiLanguage, isUiLanguage, negotiateLanguage, uiLanguages, type UiLanguage } from "./languages";
import { residentPrefixes } from "./resident-pages";

// Dictionaries stay on the server: a page receives only its own language through the root
// loader, which keeps the resident page's JavaScript small (bench/page-weight).
export const dictionaries: Record<UiLanguage, Messages> = { lv, ru, en, sv, de, it, es, fi };

/** Remembers the language chosen with the switcher, for workspace pages whose links carry no `?lang=`. */
export const languageCookie = createCookie("lang", { path: "/", sameSite: "lax", httpOnly: true, maxAge: 60 * 60 * 24 * 365 });

/**
 * The interface language: `?lang=` when it is one we have, then the language chosen earlier
 * (cookie), then the browser's preference.
 */
export async function resolveUiLanguage(request: Request): Promise<UiLanguage> {
  const requested = new URL(request.url).searchParams.get("lang");
  if (isUiLanguage(requested)) return requested;
  if (requested) return fallbackUiLanguage;
  const remembered: unknown = await languageCookie.parse(request.headers.get("Cookie"));
  if (isUiLanguage(remembered)) return remembered;
  const negotiated = negotiateLanguage(request.headers.get("Accept-Language"), uiLanguages, fallbackUiLanguage);
  return isUiLanguage(negotiated) ? negotiated : fallbackUiLanguage;
}

const residentDictionaries = new Map<UiLanguage, Messages>();

/** The part of a dictionary residents' pages use (see resident-pages.ts). */
export function residentMessages(language: UiLanguage): Messages {
  let messages = residentDictionaries.get(language);
  if (!messages) {
    const entries = Object.entries(dictionaries[language]).filter(([key]) => residentPrefixes.some((prefix) => key.startsWith(prefix)));
    messages = Object.fromEntries(entries) as Messages;
    residentDictionaries.set(language, messages);
  }
  return messages;
}
