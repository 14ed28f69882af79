import { useMatches, useRouteLoaderData } from "@remix-run/react";
import type { Messages } from "./messages/en";
import type { UiLanguage } from "./languages";
import { createTranslator } from "./translate";

export interface RootI18n {
  uiLanguage: UiLanguage;
  messages: Messages;
}

/** The interface dictionary, sent once by the root loader. */
export function useTranslation() {
  const data = useRouteLoaderData<{ i18n: RootI18n }>("root");
  if (!data) throw new Error("The root loader did not provide translations");
  return { t: createTranslator(data.i18n.messages), uiLanguage: data.i18n.uiLanguage };
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
