import { describe, expect, it } from "vitest";
import { dateAndTime, formatCalendarDay, formatDate } from "~/utils/format-date";
import { countryTimeZone, describeTimeZone, isTimeZone, timeZoneChoices, timeZoneField } from "~/utils/time-zones";

describe("time zones", () => {
  it("are the runtime's IANA zones, exactly as it names them", () => {
    for (const zone of ["Europe/Stockholm", "Europe/Riga", "Europe/Helsinki", "Europe/Vienna", "Europe/Berlin", "Europe/Rome", "Europe/Madrid"]) {
      expect(isTimeZone(zone)).toBe(true);
    }
    for (const bad of ["", "europe/riga", "Europe/Atlantis", "GMT+2", " Europe/Riga", null, 3]) expect(isTimeZone(bad)).toBe(false);
    expect(timeZoneField().safeParse("Europe/Riga").success).toBe(true);
    expect(timeZoneField().safeParse("").error?.issues[0]?.message).toBe("timeZone.unknown");
    expect(timeZoneField().safeParse(undefined).error?.issues[0]?.message).toBe("timeZone.unknown");
    expect(timeZoneField({ allowAutomatic: true }).safeParse("").success).toBe(true);
  });

  it("of the partnership's countries come from the country code", () => {
    const zones = ["SE", "lv", "FI", "AT", "DE", "IT", "ES"].map(countryTimeZone);
    expect(zones).toEqual(["Europe/Stockholm", "Europe/Riga", "Europe/Helsinki", "Europe/Vienna", "Europe/Berlin", "Europe/Rome", "Europe/Madrid"]);
    // Named differently by different runtimes: whichever this one knows.
    expect(isTimeZone(countryTimeZone("UA"))).toBe(true);
    expect(countryTimeZone("US")).toBeNull();
    expect(countryTimeZone(null)).toBeNull();
  });

  it("are described by city and by their name in the page's language", () => {
    expect(describeTimeZone("Europe/Stockholm", "en")).toBe("Stockholm (Central European Time)");
    expect(describeTimeZone("Europe/Riga", "lv")).toBe("Riga (Austrumeiropas laiks)");
    expect(describeTimeZone("America/Argentina/Buenos_Aires", "en")).toBe("Buenos Aires (Argentina Standard Time)");
    // No name but an offset: the city alone.
    expect(describeTimeZone("Etc/GMT-3", "en")).toBe("GMT-3");
  });

  it("are offered with the likely ones first and every zone once", () => {
    const choices = timeZoneChoices(["Europe/Rome", "Europe/Rome", "Mars/Base", null], "it");
    expect(choices.first).toEqual([{ value: "Europe/Rome", label: "Rome (Ora dell’Europa centrale)" }]);
    expect(choices.all).not.toContain("Europe/Rome");
    expect(choices.all.length + 1).toBe(Intl.supportedValuesOf("timeZone").length);
  });
});

describe("dates written for people", () => {
  const evening = new Date("2026-09-24T15:00:00Z");

  it("are in the page's language, in the given zone", () => {
    expect(formatDate(evening, "lv", "Europe/Riga")).toBe("2026. gada 24. septembris");
    expect(formatDate(evening, "ru", "Europe/Riga")).toBe("24 сентября 2026 г.");
    expect(formatDate(evening, "sv", "Europe/Stockholm")).toBe("24 september 2026");
    expect(formatDate(evening, "en", "Europe/Stockholm", dateAndTime)).toBe("24 September 2026 at 17:00");
    expect(formatDate(evening, "de", "Europe/Berlin", dateAndTime)).toBe("24. September 2026 um 17:00");
    // Late evening in Helsinki is already the next day.
    expect(formatDate(new Date("2026-09-24T22:30:00Z"), "fi", "Europe/Helsinki")).toBe("25. syyskuuta 2026");
  });

  it("a calendar day stays that day whatever the zone", () => {
    expect(formatCalendarDay("2017-10-16", "it")).toBe("16 ottobre 2017");
    expect(formatCalendarDay(new Date("2019-10-15"), "es")).toBe("15 de octubre de 2019");
  });
});
