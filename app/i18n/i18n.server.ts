import { createCookie } from "@remix-run/node";
import { de } from "./messages/de";
import { en, type Messages } from "./messages/en";
import { es } from "./messages/es";
import { fi } from "./messages/fi";
import { it } from "./messages/it";
import { lv } from "./messages/lv";
import { ru } from "./messages/ru";
import { sv } from "./messages/sv";
import {
  fallbackUiLanguage,
  isUiLanguage,
  negotiateLanguage,
  residentLanguages,
  uiLanguages,
  type ResidentLanguage,
  type UiLanguage,
} from "./languages";
import { residentOnlyDictionaries } from "./resident-dictionaries.server";
import { isResidentPageKey, isResidentPath, type ResidentMessages } from "./resident-pages";
import type { RootI18n } from "./use-translation";

// Dictionaries stay on the server: a page receives only its own language through the root
// loader, which keeps the resident page's JavaScript small (bench/page-weight).
export const dictionaries: Record<UiLanguage, Messages> = { lv, ru, en, sv, de, it, es, fi };

/** Remembers the language chosen with the switcher, for workspace pages whose links carry no `?lang=`. */
export const languageCookie = createCookie("lang", { path: "/", sameSite: "lax", httpOnly: true, maxAge: 60 * 60 * 24 * 365 });

/**
 * The page's language among `available`: `?lang=` when it is one of them, then the language
 * chosen earlier (cookie), then the browser's preference, then English.
 */
async function resolveLanguage<Language extends string>(request: Request, available: readonly Language[]): Promise<Language> {
  const isAvailable = (value: unknown): value is Language => available.includes(value as Language);
  const fallback = fallbackUiLanguage as Language;
  const requested = new URL(request.url).searchParams.get("lang");
  if (isAvailable(requested)) return requested;
  if (requested) return fallback;
  const remembered: unknown = await languageCookie.parse(request.headers.get("Cookie"));
  if (isAvailable(remembered)) return remembered;
  const negotiated = negotiateLanguage(request.headers.get("Accept-Language"), available, fallback);
  return isAvailable(negotiated) ? negotiated : fallback;
}

/** The workspace's interface language. */
export function resolveUiLanguage(request: Request): Promise<UiLanguage> {
  return resolveLanguage(request, uiLanguages);
}

/** The language of a resident's page (the start page and everything under /s/). */
function resolveResidentLanguage(request: Request): Promise<ResidentLanguage> {
  return resolveLanguage(request, residentLanguages);
}

/** Every text residents read in `language`, pages and print. */
export function residentDictionary(language: ResidentLanguage): ResidentMessages {
  return isUiLanguage(language) ? dictionaries[language] : residentOnlyDictionaries[language];
}

const residentDictionaries = new Map<ResidentLanguage, Messages>();

/**
 * The part of a dictionary residents' pages use (see resident-pages.ts). Typed as the whole
 * dictionary because the pages share components with the workspace; they only look up
 * residents' keys.
 */
export function residentMessages(language: ResidentLanguage): Messages {
  let messages = residentDictionaries.get(language);
  if (!messages) {
    const entries = Object.entries(residentDictionary(language)).filter(([key]) => isResidentPageKey(key));
    messages = Object.fromEntries(entries) as Messages;
    residentDictionaries.set(language, messages);
  }
  return messages;
}

/** The language and dictionary of a page: residents' pages get only their texts, in any of their languages. */
export async function pageTranslations(request: Request): Promise<RootI18n> {
  if (isResidentPath(new URL(request.url).pathname)) {
    const language = await resolveResidentLanguage(request);
    return { uiLanguage: language, messages: residentMessages(language) };
  }
  const language = await resolveUiLanguage(request);
  return { uiLanguage: language, messages: dictionaries[language] };
}
