import { describe, expect, it } from "vitest";
import { prisma } from "~/db.server";
import { addPartner, createProject, removePartner } from "~/projects/project-admin.server";

const suffix = Math.random().toString(36).slice(2, 8);

describe("projects and partners", () => {
  it("creates a project with names per language and dates, refusing bad input", async () => {
    const created = await createProject({ name_lv: "Kopiena", name_en: "Community", slug: ` Kopiena-${suffix} `, startsOn: "2027-01-01", endsOn: "2027-12-31" });
    expect(created.ok).toBe(true);
    if (!created.ok) return;
    expect(await prisma.project.findUniqueOrThrow({ where: { id: created.projectId } })).toMatchObject({
      slug: `kopiena-${suffix}`,
      name: { lv: "Kopiena", en: "Community" },
      suppressionThreshold: 5,
      isDemo: false,
    });
    const before = await prisma.project.count();
    expect(await createProject({ slug: `kopiena-${suffix}`, name_en: "Again", startsOn: "2027-01-01", endsOn: "2027-02-01" })).toMatchObject({
      ok: false,
      errors: { slug: "project.slugTaken" },
    });
    expect(await createProject({ slug: "x", startsOn: "2027-02-30", endsOn: "soon" })).toMatchObject({
      ok: false,
      errors: { slug: "project.slugInvalid", startsOn: "project.dateInvalid", endsOn: "project.dateInvalid" },
    });
    expect(await createProject({ slug: `nameless-${suffix}`, startsOn: "2027-01-01", endsOn: "2027-02-01" })).toMatchObject({
      ok: false,
      errors: { name_lv: "project.nameRequired" },
    });
    expect(await createProject({ name_en: "Backwards", slug: `back-${suffix}`, startsOn: "2027-05-01", endsOn: "2027-01-01" })).toMatchObject({
      ok: false,
      errors: { endsOn: "event.endBeforeStart" },
    });
    expect(await prisma.project.count()).toBe(before);
  });

  it("adds partners and removes only those that host no event, in this project only", async () => {
    const project = await prisma.project.create({ data: { slug: `partners-${suffix}`, name: { en: "P" }, startsOn: new Date(), endsOn: new Date() } });
    const other = await prisma.project.create({
      data: { slug: `partners-other-${suffix}`, name: { en: "O" }, startsOn: new Date(), endsOn: new Date(), partners: { create: [{ name: "Theirs", city: "X", country: "SE", position: 0 }] } },
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
    await prisma.event.create({ data: { projectId: project.id, hostPartnerId: partner.id, title: { en: "E" }, place: "P", startsAt: new Date(), endsAt: new Date() } });
    expect(await removePartner(project.id, partner.id)).toMatchObject({ ok: false, errors: { partner: "partner.hostsEvents" } });
    expect(await removePartner(project.id, other.partners[0]!.id)).toMatchObject({ ok: false, errors: { partner: "field.invalidChoice" } });
    expect(await prisma.partner.count({ where: { id: other.partners[0]!.id } })).toBe(1);
  });
});
