import { useMatches, useRouteLoaderData } from "@remix-run/react";
import { createContext, useContext } from "react";
import type { Messages } from "./messages/en";
import type { ResidentLanguage } from "./languages";
import { createTranslator } from "./translate";

export interface RootI18n {
  /** A workspace language, or on residents' pages any of theirs. */
  uiLanguage: ResidentLanguage;
  messages: Messages;
}

/**
 * Another interface language for part of a page: the organiser's preview shows the
 * questionnaire's buttons and messages in the questionnaire's language.
 */
export const TranslationOverride = createContext<RootI18n | null>(null);

/** The interface dictionary, sent once by the root loader. */
export function useTranslation() {
  const override = useContext(TranslationOverride);
  const data = useRouteLoaderData<{ i18n: RootI18n }>("root");
  const i18n = override ?? data?.i18n;
  if (!i18n) throw new Error("The root loader did not provide translations");
  return { t: createTranslator(i18n.messages, i18n.uiLanguage), uiLanguage: i18n.uiLanguage };
}

/** The language of the page's content: a survey's chosen language, else the interface language. */
export function useContentLanguage(): string {
  const { uiLanguage } = useTranslation();
  const matches = useMatches();
  for (const match of [...matches].reverse()) {
    const lang = (match.data as { lang?: unknown } | undefined)?.lang;
    if (typeof lang === "string") return lang;
  }
  return uiLanguage;
}
