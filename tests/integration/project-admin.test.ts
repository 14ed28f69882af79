import { describe, expect, it } from "vitest";
import { prisma } from "~/db.server";
import { addPartner, createProject, removePartner } from "~/projects/project-admin.server";

const suffix = Math.random().toString(36).slice(2, 8);

describe("projects and partners", () => {
  it("creates a project with names per language, dates and a home time zone, refusing bad input", async () => {
    const created = await createProject({ name_lv: "Kopiena", name_en: "Community", slug: ` Kopiena-${suffix} `, startsOn: "2027-01-01", endsOn: "2027-12-31", timeZone: "Europe/Vienna" });
    expect(created.ok).toBe(true);
    if (!created.ok) return;
    expect(await prisma.project.findUniqueOrThrow({ where: { id: created.projectId } })).toMatchObject({
      slug: `kopiena-${suffix}`,
      name: { lv: "Kopiena", en: "Community" },
      suppressionThreshold: 5,
      isDemo: false,
      timeZone: "Europe/Vienna",
    });
    const before = await prisma.project.count();
    expect(await createProject({ slug: `kopiena-${suffix}`, name_en: "Again", startsOn: "2027-01-01", endsOn: "2027-02-01", timeZone: "Europe/Riga" })).toMatchObject({
      ok: false,
      errors: { slug: "project.slugTaken" },
    });
    expect(await createProject({ slug: "x", startsOn: "2027-02-30", endsOn: "soon" })).toMatchObject({
      ok: false,
      errors: { slug: "project.slugInvalid", startsOn: "project.dateInvalid", endsOn: "project.dateInvalid" },
    });
    expect(await createProject({ slug: `nameless-${suffix}`, startsOn: "2027-01-01", endsOn: "2027-02-01", timeZone: "Europe/Riga" })).toMatchObject({
      ok: false,
      errors: { name_lv: "project.nameRequired" },
    });
    expect(await createProject({ name_en: "Backwards", slug: `back-${suffix}`, startsOn: "2027-05-01", endsOn: "2027-01-01", timeZone: "Europe/Riga" })).toMatchObject({
      ok: false,
      errors: { endsOn: "event.endBeforeStart" },
    });
    expect(await createProject({ name_en: "Nowhere", slug: `nowhere-${suffix}`, startsOn: "2027-01-01", endsOn: "2027-02-01", timeZone: "Europe/Atlantis" })).toEqual({
      ok: false,
      errors: { timeZone: "timeZone.unknown" },
    });
    expect(await prisma.project.count()).toBe(before);
  });

  it("makes an empty short name from the name, in ASCII, and keeps it unique; a typed one that is taken is refused", async () => {
    const dates = { startsOn: "2027-01-01", endsOn: "2027-12-31", timeZone: "Europe/Riga" };
    const slugOf = async (result: Awaited<ReturnType<typeof createProject>>) => {
      expect(result).toMatchObject({ ok: true });
      return result.ok ? (await prisma.project.findUniqueOrThrow({ where: { id: result.projectId } })).slug : null;
    };
    expect(await slugOf(await createProject({ name_lv: `Pilsoniskā līdzdalība ${suffix}`, slug: "", ...dates }))).toBe(
      `pilsoniska-lidzdaliba-${suffix}`,
    );
    // The first name in the form's order (lv, ru, en); no slug field at all is the same as an empty one.
    expect(await slugOf(await createProject({ name_ru: `Молодёжный совет ${suffix}`, name_en: "Youth council", ...dates }))).toBe(
      `molodyozhnyy-sovet-${suffix}`,
    );
    expect(await slugOf(await createProject({ name_en: `Pilsoniskā  līdzdalība! ${suffix}`, slug: "  ", ...dates }))).toBe(
      `pilsoniska-lidzdaliba-${suffix}-2`,
    );
    expect(await slugOf(await createProject({ name_en: `Pilsoniskā līdzdalība ${suffix}`, ...dates }))).toBe(`pilsoniska-lidzdaliba-${suffix}-3`);
    // Whole words only, leaving room within the 41 characters an address allows for a number.
    const long = await slugOf(
      await createProject({ name_en: `${suffix} Promoting democratic engagement and civic participation`, ...dates }),
    );
    expect(long).toBe(`${suffix}-promoting-democratic`);
    // Nothing to make it from: still a valid short name.
    expect(await slugOf(await createProject({ name_en: "日本", ...dates }))).toMatch(/^project(-\d+)?$/);
    // Typed by the user: refused when taken, never renamed behind their back.
    expect(await createProject({ name_en: "Again", slug: `pilsoniska-lidzdaliba-${suffix}`, ...dates })).toMatchObject({
      ok: false,
      errors: { slug: "project.slugTaken" },
    });
  });

  it("adds partners and removes only those that host no event, in this project only", async () => {
    const project = await prisma.project.create({ data: { timeZone: "Europe/Riga", slug: `partners-${suffix}`, name: { en: "P" }, startsOn: new Date(), endsOn: new Date() } });
    const other = await prisma.project.create({
      data: { timeZone: "Europe/Riga", slug: `partners-other-${suffix}`, name: { en: "O" }, startsOn: new Date(), endsOn: new Date(), partners: { create: [{ name: "Theirs", city: "X", country: "SE", position: 0 }] } },
      include: { partners: true },
    });
    expect(await addPartner(project.id, { name: "Daugavpils pilsētas dome", city: "Daugavpils", country: "lv" })).toMatchObject({ ok: true });
    expect(await addPartner(project.id, { name: "Daugavpils pilsētas dome", city: "Daugavpils", country: "LV" })).toMatchObject({
      ok: false,
      errors: { name: "partner.nameTaken" },
    });
    expect(await addPartner(project.id, { name: "", city: "", country: "Latvia" })).toMatchObject({
      ok: false,
      errors: { name: "field.required", city: "field.required", country: "partner.countryInvalid" },
    });
    const partner = await prisma.partner.findFirstOrThrow({ where: { projectId: project.id } });
    expect(partner.country).toBe("LV");
    await prisma.event.create({ data: { timeZone: "Europe/Riga", projectId: project.id, hostPartnerId: partner.id, title: { en: "E" }, place: "P", startsAt: new Date(), endsAt: new Date() } });
    expect(await removePartner(project.id, partner.id)).toMatchObject({ ok: false, errors: { partner: "partner.hostsEvents" } });
    expect(await removePartner(project.id, other.partners[0]!.id)).toMatchObject({ ok: false, errors: { partner: "field.invalidChoice" } });
    expect(await prisma.partner.count({ where: { id: other.partners[0]!.id } })).toBe(1);
  });
});
