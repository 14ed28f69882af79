/**
 * When the responses of a view reach the evaluation and public pages. A page that changed by one
 * response between two looks would show that response's answers to whoever looked twice, so a
 * view (and each group of a breakdown) takes in responses only in steps of at least k, hour by
 * hour: responses are stamped with their hour only, so an hour is taken in whole once it is over
 * (or once the questionnaire is closed), and only when, with the hours before it that are not yet
 * in, it brings k or more responses. The newest responses of a view (fewer than k) wait for more.
 * The live page in the hall shows answers as they come, by design (its settings page says so).
 */

export interface HourCount {
  hour: Date;
  n: number;
}

// A response stamped with an hour can still be in flight when the hour ends.
const graceMs = 60_000;
const hourMs = 3_600_000;

/** Hours whose responses are all in: those that ended (with a minute's grace), or every hour when nothing more can come. */
export function hoursCompleteBefore(now: Date, closed: boolean): Date {
  // Closed: no response can come any more, so even the current hour is complete.
  return new Date(now.getTime() + (closed ? hourMs : -hourMs - graceMs));
}

/** The last hour a view takes in (its responses up to and including that hour), or null for none. */
export function releasedUntil(hours: HourCount[], k: number, completeBefore: Date): Date | null {
  let waiting = 0;
  let until: Date | null = null;
  for (const { hour, n } of [...hours].sort((a, b) => a.hour.getTime() - b.hour.getTime())) {
    if (hour.getTime() > completeBefore.getTime()) break;
    waiting += n;
    if (waiting >= k) {
      until = hour;
      waiting = 0;
    }
  }
  return until;
}
