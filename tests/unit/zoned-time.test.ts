import { describe, expect, it } from "vitest";
import { dateToZonedLocal, zonedLocalToDate } from "~/utils/zoned-time";

describe("wall-clock times in a time zone", () => {
  it("reads Riga time in winter (UTC+2) and summer (UTC+3)", () => {
    expect(zonedLocalToDate("2026-12-01T18:30", "Europe/Riga")?.toISOString()).toBe("2026-12-01T16:30:00.000Z");
    expect(zonedLocalToDate("2019-09-24T10:00", "Europe/Riga")?.toISOString()).toBe("2019-09-24T07:00:00.000Z");
  });

  it("reads each zone's own wall clock: 18:00 in Stockholm in winter is 17:00 UTC", () => {
    expect(zonedLocalToDate("2026-01-15T18:00", "Europe/Stockholm")?.toISOString()).toBe("2026-01-15T17:00:00.000Z");
    expect(zonedLocalToDate("2026-01-15T18:00", "Europe/Madrid")?.toISOString()).toBe("2026-01-15T17:00:00.000Z");
    expect(zonedLocalToDate("2026-01-15T18:00", "Europe/Helsinki")?.toISOString()).toBe("2026-01-15T16:00:00.000Z");
    expect(dateToZonedLocal(new Date("2026-07-01T16:00:00Z"), "Europe/Rome")).toBe("2026-07-01T18:00");
  });

  it("survives a daylight-saving change and round-trips", () => {
    // Riga moves to summer time on 2026-03-29 at 03:00 local.
    expect(zonedLocalToDate("2026-03-29T05:00", "Europe/Riga")?.toISOString()).toBe("2026-03-29T02:00:00.000Z");
    for (const local of ["2026-01-15T08:05", "2026-07-01T23:59", "2026-10-25T12:00"]) {
      expect(dateToZonedLocal(zonedLocalToDate(local, "Europe/Riga")!, "Europe/Riga")).toBe(local);
    }
  });

  it("refuses malformed and impossible times", () => {
    for (const bad of ["", "2026-12-01", "2026-02-30T10:00", "2026-13-01T10:00", "2026-00-10T10:00", "2026-12-01T24:00", "2026-12-01T10:60", "yesterday"]) {
      expect(zonedLocalToDate(bad, "Europe/Riga")).toBeNull();
    }
  });
});
