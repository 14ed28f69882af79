import { describe, expect, it } from "vitest";
import { prisma } from "~/db.server";
import { saveProjectSettings } from "~/projects/project-settings.server";

describe("project targets and the small-group threshold", () => {
  it("are saved, empty targets meaning none", async () => {
    const project = await prisma.project.create({
      data: { timeZone: "Europe/Riga", slug: `settings-${Math.random().toString(36).slice(2, 8)}`, name: { en: "S" }, startsOn: new Date(), endsOn: new Date() },
    });
    expect(
      await saveProjectSettings(project.id, { targetEvents: "9", targetParticipants: "", targetMobilities: " 16 ", targetResponses: "500", suppressionThreshold: "7" }),
    ).toEqual({ ok: true, errors: {} });
    expect(await prisma.project.findUniqueOrThrow({ where: { id: project.id } })).toMatchObject({
      targetEvents: 9,
      targetParticipants: null,
      targetMobilities: 16,
      targetResponses: 500,
      suppressionThreshold: 7,
    });

    const bad = await saveProjectSettings(project.id, { targetEvents: "-1", targetParticipants: "many", suppressionThreshold: "2" });
    expect(bad).toEqual({
      ok: false,
      errors: { targetEvents: "event.countInvalid", targetParticipants: "event.countInvalid", suppressionThreshold: "settings.thresholdInvalid" },
    });
    expect(await saveProjectSettings(project.id, {})).toMatchObject({ ok: false, errors: { suppressionThreshold: "settings.thresholdInvalid" } });
    expect(await saveProjectSettings(project.id, { suppressionThreshold: "4.5" })).toMatchObject({ ok: false });
    expect((await prisma.project.findUniqueOrThrow({ where: { id: project.id } })).suppressionThreshold).toBe(7);
  });
});

describe("a project's name, dates and archive", () => {
  it("renames a project, moves its dates and sets its home time zone; bad input changes nothing", async () => {
    const { projectDetailsValues, saveProjectDetails } = await import("~/projects/project-settings.server");
    const project = await prisma.project.create({
      data: { timeZone: "Europe/Riga", slug: `details-${Math.random().toString(36).slice(2, 8)}`, name: { lv: "Vecs", fr: "Ancien" }, startsOn: new Date("2026-01-01"), endsOn: new Date("2026-12-31") },
    });
    expect(projectDetailsValues(project)).toMatchObject({ timeZone: "Europe/Riga" });
    const details = { startsOn: "2026-02-01", endsOn: "2027-01-31", timeZone: "Europe/Stockholm" };
    expect(await saveProjectDetails(project.id, { name_lv: " Jauns ", name_ru: "", name_en: "New", ...details })).toEqual({
      ok: true,
      errors: {},
    });
    const saved = await prisma.project.findUniqueOrThrow({ where: { id: project.id } });
    // A language the form does not show (fr) is kept.
    expect(saved.name).toEqual({ fr: "Ancien", lv: "Jauns", en: "New" });
    expect(saved.startsOn.toISOString().slice(0, 10)).toBe("2026-02-01");
    expect(saved.endsOn.toISOString().slice(0, 10)).toBe("2027-01-31");
    expect(saved.timeZone).toBe("Europe/Stockholm");
    expect(projectDetailsValues(saved)).toMatchObject({ startsOn: "2026-02-01", timeZone: "Europe/Stockholm" });

    // Named in Swedish only (every workspace language is a field of the form): saved, not refused.
    expect(await saveProjectDetails(project.id, { name_sv: "Ungdomsråd", ...details })).toMatchObject({ ok: true });
    expect((await prisma.project.findUniqueOrThrow({ where: { id: project.id } })).name).toEqual({ fr: "Ancien", sv: "Ungdomsråd" });
    await saveProjectDetails(project.id, { name_lv: " Jauns ", name_en: "New", ...details });

    // A zone the runtime does not know, or none at all, is refused with a message.
    for (const timeZone of ["Europe/Atlantis", "", "Stockholm", undefined]) {
      expect(await saveProjectDetails(project.id, { name_lv: "Cits", ...details, timeZone })).toEqual({ ok: false, errors: { timeZone: "timeZone.unknown" } });
    }

    expect(await saveProjectDetails(project.id, { name_lv: "", ...details })).toMatchObject({
      ok: false,
      errors: { name_lv: "project.nameRequired" },
    });
    expect(await saveProjectDetails(project.id, { name_lv: "X", startsOn: "2026-02-30", endsOn: "someday" })).toMatchObject({
      ok: false,
      errors: { startsOn: "project.dateInvalid", endsOn: "project.dateInvalid" },
    });
    expect(await saveProjectDetails(project.id, { name_lv: "X", ...details, startsOn: "2026-05-01", endsOn: "2026-04-01" })).toMatchObject({
      ok: false,
      errors: { endsOn: "event.endBeforeStart" },
    });
    expect(await saveProjectDetails(project.id, { name_lv: "x".repeat(301), startsOn: "2026-05-01", endsOn: "2026-06-01" })).toMatchObject({
      ok: false,
      errors: { name_lv: "event.tooLong" },
    });
    expect(await saveProjectDetails(project.id, {})).toMatchObject({ ok: false });
    expect(await prisma.project.findUniqueOrThrow({ where: { id: project.id } })).toEqual(saved);
  });

  it("archives a project without open questionnaires and brings it back; the projects list marks it", async () => {
    const { setProjectArchived } = await import("~/projects/project-settings.server");
    const { listProjects } = await import("~/projects/project-overview.server");
    const { createSurveyFromForm } = await import("~/survey/new-survey.server");
    const project = await prisma.project.create({
      data: { timeZone: "Europe/Riga", slug: `archive-${Math.random().toString(36).slice(2, 8)}`, name: { en: "Old" }, startsOn: new Date(), endsOn: new Date() },
    });
    const created = await createSurveyFromForm(project.id, { template: "eventFeedback", language: "lv" });
    if (!created.ok) throw new Error("setup failed");
    await prisma.survey.update({ where: { id: created.surveyId }, data: { status: "OPEN" } });
    expect(await setProjectArchived(project.id, true)).toEqual({ ok: false, errors: { archive: "project.archiveOpenSurveys" } });
    expect((await prisma.project.findUniqueOrThrow({ where: { id: project.id } })).archivedAt).toBeNull();

    await prisma.survey.update({ where: { id: created.surveyId }, data: { status: "CLOSED" } });
    expect(await setProjectArchived(project.id, true)).toEqual({ ok: true, errors: {} });
    expect((await prisma.project.findUniqueOrThrow({ where: { id: project.id } })).archivedAt).toBeInstanceOf(Date);
    const admin = { id: "nobody", role: "ADMIN" } as Parameters<typeof listProjects>[0];
    expect((await listProjects(admin, "en")).find((p) => p.id === project.id)).toMatchObject({ name: "Old", archived: true });

    expect(await setProjectArchived(project.id, false)).toEqual({ ok: true, errors: {} });
    expect((await listProjects(admin, "en")).find((p) => p.id === project.id)).toMatchObject({ archived: false });
  });
});
