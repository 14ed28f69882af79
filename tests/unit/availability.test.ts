import { describe, expect, it } from "vitest";
import { surveyAvailability } from "~/survey/availability";

const now = new Date("2019-10-10T12:00:00Z");
const past = new Date("2019-10-01T00:00:00Z");
const future = new Date("2019-10-20T00:00:00Z");

describe("surveyAvailability", () => {
  it("a draft is never open, whatever its times", () => {
    expect(surveyAvailability({ status: "DRAFT", opensAt: null, closesAt: null }, now)).toBe("draft");
    expect(surveyAvailability({ status: "DRAFT", opensAt: past, closesAt: future }, now)).toBe("draft");
  });

  it("an open survey without times is open", () => {
    expect(surveyAvailability({ status: "OPEN", opensAt: null, closesAt: null }, now)).toBe("open");
  });

  it("an open survey within its times is open", () => {
    expect(surveyAvailability({ status: "OPEN", opensAt: past, closesAt: future }, now)).toBe("open");
    expect(surveyAvailability({ status: "OPEN", opensAt: past, closesAt: null }, now)).toBe("open");
    expect(surveyAvailability({ status: "OPEN", opensAt: null, closesAt: future }, now)).toBe("open");
  });

  it("an open survey before its opening time is scheduled", () => {
    expect(surveyAvailability({ status: "OPEN", opensAt: future, closesAt: null }, now)).toBe("scheduled");
  });

  it("an open survey after its closing time is closed", () => {
    expect(surveyAvailability({ status: "OPEN", opensAt: null, closesAt: past }, now)).toBe("closed");
    expect(surveyAvailability({ status: "OPEN", opensAt: past, closesAt: past }, now)).toBe("closed");
  });

  it("opens exactly at its opening time and closes exactly at its closing time", () => {
    expect(surveyAvailability({ status: "OPEN", opensAt: now, closesAt: null }, now)).toBe("open");
    expect(surveyAvailability({ status: "OPEN", opensAt: null, closesAt: now }, now)).toBe("closed");
  });

  it("a closed survey is closed, even within its times", () => {
    expect(surveyAvailability({ status: "CLOSED", opensAt: null, closesAt: null }, now)).toBe("closed");
    expect(surveyAvailability({ status: "CLOSED", opensAt: past, closesAt: future }, now)).toBe("closed");
  });

  it("uses the current time by default", () => {
    const hourAgo = new Date(Date.now() - 3_600_000);
    const inAnHour = new Date(Date.now() + 3_600_000);
    expect(surveyAvailability({ status: "OPEN", opensAt: hourAgo, closesAt: inAnHour })).toBe("open");
    expect(surveyAvailability({ status: "OPEN", opensAt: inAnHour, closesAt: null })).toBe("scheduled");
    expect(surveyAvailability({ status: "OPEN", opensAt: null, closesAt: hourAgo })).toBe("closed");
  });
});
