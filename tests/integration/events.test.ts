import { beforeAll, describe, expect, it } from "vitest";
import { prisma } from "~/db.server";
import { eventCountryChoices, eventFormValues, eventTimeZoneChoices, findProjectEvent, saveEvent, setEventArchived } from "~/projects/events.server";
import { projectOverview } from "~/projects/project-overview.server";

const suffix = Math.random().toString(36).slice(2, 8);
let projectId: string;
let otherProjectId: string;
let partnerId: string;
let otherPartnerId: string;

const valid = {
  title_lv: "Tikšanās",
  title_en: "Meeting",
  place: "Vienības nams",
  timeZone: "Europe/Riga",
  startsAt: "2026-05-01T10:00",
  endsAt: "2026-05-01T13:00",
  attendance: "85",
  staffMobilities: "4",
};

beforeAll(async () => {
  const make = (slug: string) =>
    prisma.project.create({
      data: {
        // The project's home zone; its partner is in Latvia.
        timeZone: "Europe/Helsinki",
        slug: `${slug}-${suffix}`,
        name: { en: slug },
        startsOn: new Date("2026-01-01"),
        endsOn: new Date("2026-12-31"),
        partners: { create: [{ name: `${slug} partner`, city: "Daugavpils", country: "LV", position: 0 }] },
      },
      include: { partners: true },
    });
  const project = await make("events");
  const other = await make("events-other");
  projectId = project.id;
  otherProjectId = other.id;
  partnerId = project.partners[0]!.id;
  otherPartnerId = other.partners[0]!.id;
});

describe("events", () => {
  it("are created and edited with titles per language, times in Riga and attendance", async () => {
    const created = await saveEvent(projectId, null, { ...valid, hostPartnerId: partnerId, title_ru: "" });
    expect(created.ok).toBe(true);
    if (!created.ok) return;
    const event = await prisma.event.findUniqueOrThrow({ where: { id: created.eventId } });
    expect(event).toMatchObject({
      projectId,
      title: { lv: "Tikšanās", en: "Meeting" },
      place: "Vienības nams",
      hostPartnerId: partnerId,
      attendance: 85,
      staffMobilities: 4,
    });
    expect(event.startsAt.toISOString()).toBe("2026-05-01T07:00:00.000Z");

    expect(await saveEvent(projectId, event.id, { ...valid, attendance: "" })).toMatchObject({ ok: true });
    expect((await prisma.event.findUniqueOrThrow({ where: { id: event.id } })).attendance).toBeNull();
  });

  it("are typed and shown in their own time zone: 18:00 in Stockholm in winter is 17:00 UTC", async () => {
    const created = await saveEvent(projectId, null, { ...valid, timeZone: "Europe/Stockholm", startsAt: "2026-01-15T18:00", endsAt: "2026-01-15T21:30" });
    if (!created.ok) throw new Error(JSON.stringify(created.errors));
    const event = await findProjectEvent(projectId, created.eventId);
    expect(event.timeZone).toBe("Europe/Stockholm");
    expect(event.startsAt.toISOString()).toBe("2026-01-15T17:00:00.000Z");
    expect(event.endsAt.toISOString()).toBe("2026-01-15T20:30:00.000Z");
    expect(eventFormValues(event)).toMatchObject({ timeZone: "Europe/Stockholm", startsAt: "2026-01-15T18:00", endsAt: "2026-01-15T21:30" });
    expect((await projectOverview(projectId, "lv")).events.find((e) => e.id === event.id)!.startsOn).toBe("2026. gada 15. janvāris");

    // A zone the runtime does not know is refused, and the event stays as it was.
    expect(await saveEvent(projectId, event.id, { ...valid, timeZone: "Europe/Atlantis", startsAt: "2026-01-15T19:00" })).toEqual({
      ok: false,
      errors: { timeZone: "timeZone.unknown" },
    });
    expect(await findProjectEvent(projectId, event.id)).toMatchObject({ timeZone: "Europe/Stockholm", startsAt: event.startsAt, endsAt: event.endsAt });

    // Moved to Riga, the same typed times are an hour earlier.
    expect(await saveEvent(projectId, event.id, { ...valid, timeZone: "Europe/Riga", startsAt: "2026-01-15T18:00", endsAt: "2026-01-15T21:30" })).toMatchObject({ ok: true });
    expect((await findProjectEvent(projectId, event.id)).startsAt.toISOString()).toBe("2026-01-15T16:00:00.000Z");
  });

  it("take the host partner's country's zone when none is chosen, else the project's", async () => {
    const hosted = await saveEvent(projectId, null, { ...valid, timeZone: "", hostPartnerId: partnerId, startsAt: "2026-07-01T10:00", endsAt: "2026-07-01T12:00" });
    const unhosted = await saveEvent(projectId, null, { ...valid, timeZone: "", startsAt: "2026-07-01T10:00", endsAt: "2026-07-01T12:00" });
    if (!hosted.ok || !unhosted.ok) throw new Error("setup failed");
    const hostedEvent = await findProjectEvent(projectId, hosted.eventId);
    const unhostedEvent = await findProjectEvent(projectId, unhosted.eventId);
    expect(hostedEvent).toMatchObject({ timeZone: "Europe/Riga", startsAt: new Date("2026-07-01T07:00:00Z") });
    expect(unhostedEvent).toMatchObject({ timeZone: "Europe/Helsinki", startsAt: new Date("2026-07-01T07:00:00Z") });
    expect(eventFormValues()).toMatchObject({ timeZone: "" });
  });

  it("offer the event's, the project's and the partners' zones first, then every other zone once", async () => {
    const choices = await eventTimeZoneChoices({ id: projectId, timeZone: "Europe/Helsinki" }, "en", "Europe/Stockholm");
    expect(choices.first.map((zone) => zone.value)).toEqual(["Europe/Stockholm", "Europe/Helsinki", "Europe/Riga"]);
    expect(choices.first[0]!.label).toBe("Stockholm (Central European Time)");
    expect(choices.projectZone).toBe("Helsinki (Eastern European Time)");
    expect(choices.all).toContain("Europe/Madrid");
    expect(choices.all).not.toContain("Europe/Riga");
    expect(new Set([...choices.all, ...choices.first.map((zone) => zone.value)])).toEqual(new Set(Intl.supportedValuesOf("timeZone")));
  });

  it("may be titled in any workspace language alone", async () => {
    const created = await saveEvent(projectId, null, { ...valid, title_lv: "", title_en: "", title_sv: "Möte i Vänersborg", title_fi: "Tapaaminen" });
    expect(created.ok).toBe(true);
    if (!created.ok) return;
    expect((await prisma.event.findUniqueOrThrow({ where: { id: created.eventId } })).title).toEqual({ sv: "Möte i Vänersborg", fi: "Tapaaminen" });
  });

  it("refuse bad input with a message per field and write nothing", async () => {
    const before = await prisma.event.count({ where: { projectId } });
    expect(await saveEvent(projectId, null, {})).toMatchObject({
      ok: false,
      errors: { place: "field.required", timeZone: "timeZone.unknown", startsAt: "schedule.invalidTime", endsAt: "schedule.invalidTime" },
    });
    for (const timeZone of ["Mars/Olympus_Mons", "europe/riga", "UTC+2", " Europe/Riga", "x".repeat(5000)]) {
      expect(await saveEvent(projectId, null, { ...valid, timeZone })).toEqual({ ok: false, errors: { timeZone: "timeZone.unknown" } });
    }
    expect(await saveEvent(projectId, null, { ...valid, startsAt: "2026-13-01T10:00" })).toMatchObject({ ok: false, errors: { startsAt: "schedule.invalidTime" } });
    expect(await saveEvent(projectId, null, { ...valid, title_lv: "", title_en: "" })).toMatchObject({
      ok: false,
      errors: { title_lv: "event.titleRequired" },
    });
    expect(await saveEvent(projectId, null, { ...valid, endsAt: "2026-05-01T09:00" })).toMatchObject({
      ok: false,
      errors: { endsAt: "event.endBeforeStart" },
    });
    expect(await saveEvent(projectId, null, { ...valid, attendance: "-3", staffMobilities: "2.5", place: "x".repeat(301) })).toMatchObject({
      ok: false,
      errors: { attendance: "event.countInvalid", staffMobilities: "event.countInvalid", place: "event.tooLong" },
    });
    expect(await saveEvent(projectId, null, { ...valid, startsAt: ["2026-05-01T10:00"] })).toMatchObject({ ok: false });
    // A partner of another project cannot host this project's event.
    expect(await saveEvent(projectId, null, { ...valid, hostPartnerId: otherPartnerId })).toMatchObject({
      ok: false,
      errors: { hostPartnerId: "field.invalidChoice" },
    });
    expect(await prisma.event.count({ where: { projectId } })).toBe(before);
  });

  it("of another project are not found through this project", async () => {
    const theirs = await saveEvent(otherProjectId, null, valid);
    if (!theirs.ok) throw new Error("setup failed");
    const thrown = await findProjectEvent(projectId, theirs.eventId).catch((error: unknown) => error);
    expect(thrown).toBeInstanceOf(Response);
    expect((thrown as Response).status).toBe(404);
    expect((await findProjectEvent(otherProjectId, theirs.eventId)).id).toBe(theirs.eventId);
  });

  it("split their attendance by country: partners' countries first, known codes, no repeats, never above the total", async () => {
    const choices = await eventCountryChoices(projectId, "lv");
    expect(choices[0]).toEqual({ code: "LV", name: "Latvija" });
    expect(choices.map((c) => c.code)).toContain("SE");
    expect(new Set(choices.map((c) => c.code)).size).toBe(choices.length);

    const created = await saveEvent(projectId, null, { ...valid, country_0: "lv", participants_0: "60", country_2: "SE", participants_2: " 10 " });
    expect(created).toMatchObject({ ok: true });
    if (!created.ok) return;
    const rows = await prisma.eventAttendanceByCountry.findMany({ where: { eventId: created.eventId }, orderBy: { country: "asc" } });
    expect(rows.map(({ country, participants }) => ({ country, participants }))).toEqual([
      { country: "LV", participants: 60 },
      { country: "SE", participants: 10 },
    ]);
    const event = await findProjectEvent(projectId, created.eventId);
    expect(eventFormValues(event)).toMatchObject({ country_0: "LV", participants_0: "60", country_1: "SE", participants_1: "10" });
    const overview = await projectOverview(projectId, "en");
    expect(overview.events.find((e) => e.id === created.eventId)!.byCountry).toEqual([
      { country: "LV", name: "Latvia", participants: 60 },
      { country: "SE", name: "Sweden", participants: 10 },
    ]);

    const refused = async (fields: Record<string, string>, errors: Record<string, string>) => {
      expect(await saveEvent(projectId, created.eventId, { ...valid, ...fields })).toMatchObject({ ok: false, errors });
    };
    await refused({ country_0: "LV", participants_0: "60", country_1: "SE", participants_1: "30" }, { byCountry: "event.splitAboveTotal" });
    await refused({ country_0: "LV", participants_0: "5", country_1: "lv", participants_1: "5" }, { country_1: "event.countryTwice" });
    await refused({ country_0: "XX", participants_0: "5" }, { country_0: "event.countryUnknown" });
    await refused({ country_0: "US", participants_0: "5" }, { country_0: "event.countryUnknown" });
    await refused({ participants_0: "5" }, { country_0: "event.countryRequired" });
    await refused({ country_0: "LV" }, { participants_0: "event.countryCountRequired" });
    await refused({ country_0: "LV", participants_0: "-1" }, { participants_0: "event.countInvalid" });
    await refused({ country_0: "LV", participants_0: "2.5" }, { participants_0: "event.countInvalid" });
    await refused({ attendance: "", country_0: "LV", participants_0: "5" }, { attendance: "event.splitNeedsTotal" });
    const many = Object.fromEntries(Array.from({ length: 81 }, (_, i) => [`participants_${i}`, ""]));
    await refused(many, { byCountry: "event.tooManyCountries" });
    expect(await prisma.eventAttendanceByCountry.count({ where: { eventId: created.eventId } })).toBe(2);

    // Exactly the total is fine; saving without rows removes the split.
    expect(await saveEvent(projectId, created.eventId, { ...valid, country_0: "LV", participants_0: "85" })).toMatchObject({ ok: true });
    expect(await prisma.eventAttendanceByCountry.count({ where: { eventId: created.eventId } })).toBe(1);
    expect(await saveEvent(projectId, created.eventId, valid)).toMatchObject({ ok: true });
    expect(await prisma.eventAttendanceByCountry.count({ where: { eventId: created.eventId } })).toBe(0);
  });

  it("are archived and brought back; archived ones are marked on the project page", async () => {
    const created = await saveEvent(projectId, null, valid);
    if (!created.ok) throw new Error("setup failed");
    await setEventArchived(created.eventId, true);
    expect((await projectOverview(projectId, "en")).events.find((e) => e.id === created.eventId)).toMatchObject({ archived: true });
    await setEventArchived(created.eventId, false);
    expect((await projectOverview(projectId, "en")).events.find((e) => e.id === created.eventId)).toMatchObject({ archived: false });
  });
});
