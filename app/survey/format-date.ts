/** A date as residents read it in their language, in the city's time zone. */
export function formatDate(date: Date, lang: string, withTime = false): string {
  return new Intl.DateTimeFormat(lang, {
    dateStyle: "long",
    ...(withTime ? { timeStyle: "short" } : {}),
    timeZone: process.env.TZ_DISPLAY ?? "Europe/Riga",
  }).format(date);
}
