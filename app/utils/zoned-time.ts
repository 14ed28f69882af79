// Wall-clock times in a given IANA zone, as <input type="datetime-local"> holds them
// ("2026-12-01T18:30"), to and from instants. The zone is the event's, or the project's for a
// questionnaire without an event (app/survey/survey-time-zone.ts).

function offsetMinutes(at: Date, timeZone: string): number {
  const parts = new Intl.DateTimeFormat("en-US", {
    timeZone,
    hourCycle: "h23",
    year: "numeric",
    month: "2-digit",
    day: "2-digit",
    hour: "2-digit",
    minute: "2-digit",
    second: "2-digit",
  }).formatToParts(at);
  const get = (type: string) => Number(parts.find((p) => p.type === type)?.value);
  const asUtc = Date.UTC(get("year"), get("month") - 1, get("day"), get("hour"), get("minute"), get("second"));
  return Math.round((asUtc - at.getTime()) / 60_000);
}

const localPattern = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})$/;

/** Whether `local` is a real "YYYY-MM-DDTHH:mm" date and time (in any zone). */
export function isZonedLocal(local: string): boolean {
  const match = localPattern.exec(local);
  if (!match) return false;
  const [, y, mo, d, h, mi] = match.map(Number) as [number, number, number, number, number, number];
  return new Date(Date.UTC(y, mo - 1, d)).getUTCDate() === d && mo >= 1 && mo <= 12 && h <= 23 && mi <= 59;
}

/** "2026-12-01T18:30" as a wall-clock time in `timeZone`, as an instant; null if malformed. */
export function zonedLocalToDate(local: string, timeZone: string): Date | null {
  if (!isZonedLocal(local)) return null;
  const [, y, mo, d, h, mi] = localPattern.exec(local)!.map(Number) as [number, number, number, number, number, number];
  const naive = Date.UTC(y, mo - 1, d, h, mi);
  // Two passes settle the offset also next to a daylight-saving change.
  let instant = naive - offsetMinutes(new Date(naive), timeZone) * 60_000;
  instant = naive - offsetMinutes(new Date(instant), timeZone) * 60_000;
  return new Date(instant);
}

/** An instant as the "YYYY-MM-DDTHH:mm" a datetime-local field shows in `timeZone`. */
export function dateToZonedLocal(date: Date, timeZone: string): string {
  const shifted = new Date(date.getTime() + offsetMinutes(date, timeZone) * 60_000);
  return shifted.toISOString().slice(0, 16);
}
