import { en, type Messages } from "./messages/en";
import { lv } from "./messages/lv";
import { ru } from "./messages/ru";
import { fallbackUiLanguage, isUiLanguage, negotiateLanguage, uiLanguages, type UiLanguage } from "./languages";

// Dictionaries stay on the server: a page receives only its own language through the root
// loader, which keeps the resident page's JavaScript small (bench/page-weight).
export const dictionaries: Record<UiLanguage, Messages> = { lv, ru, en };

/** The interface language: `?lang=` when it is one we have, otherwise the browser's preference. */
export function resolveUiLanguage(request: Request): UiLanguage {
  const requested = new URL(request.url).searchParams.get("lang");
  if (isUiLanguage(requested)) return requested;
  if (requested) return fallbackUiLanguage;
  const negotiated = negotiateLanguage(request.headers.get("Accept-Language"), uiLanguages, fallbackUiLanguage);
  return isUiLanguage(negotiated) ? negotiated : fallbackUiLanguage;
}
