/**
 * Dates written for people: in the page's language, by Intl.DateTimeFormat ("24. septembris
 * 2026", "24 сентября 2026 г."), as wall-clock dates in `timeZone` — the event's zone, or the
 * project's for a questionnaire without an event. Form fields, files and addresses keep ISO
 * (app/utils/zoned-time.ts). Formatted on the server, so the page and its hydration agree.
 */
export function formatDate(date: Date, lang: string, timeZone: string, options: Intl.DateTimeFormatOptions = dateOnly): string {
  return new Intl.DateTimeFormat(dateLocale(lang), { ...options, timeZone }).format(date);
}

/**
 * English as it is written in Europe ("24 September 2026, 18:00"): plain "en" would be American,
 * month first and a 12-hour clock, which the partnership's organisers and residents do not use.
 */
function dateLocale(lang: string): string {
  return lang === "en" ? "en-GB" : lang;
}

/** "24 September 2026" */
export const dateOnly: Intl.DateTimeFormatOptions = { dateStyle: "long" };
/** "24 September 2026 at 18:00" */
export const dateAndTime: Intl.DateTimeFormatOptions = { dateStyle: "long", timeStyle: "short" };

/**
 * A calendar day that has no time of day and no zone ("2026-09-24", or a @db.Date column, which
 * is read as midnight UTC): written as that same day in every zone.
 */
export function formatCalendarDay(day: string | Date, lang: string, options: Intl.DateTimeFormatOptions = dateOnly): string {
  return formatDate(typeof day === "string" ? new Date(`${day}T00:00:00Z`) : day, lang, "UTC", options);
}
