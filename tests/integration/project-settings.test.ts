import { describe, expect, it } from "vitest";
import { prisma } from "~/db.server";
import { saveProjectSettings } from "~/projects/project-settings.server";

describe("project targets and the small-group threshold", () => {
  it("are saved, empty targets meaning none", async () => {
    const project = await prisma.project.create({
      data: { slug: `settings-${Math.random().toString(36).slice(2, 8)}`, name: { en: "S" }, startsOn: new Date(), endsOn: new Date() },
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
