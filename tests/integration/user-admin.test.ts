import { describe, expect, it } from "vitest";
import { findOneTimeToken, redeemOneTimeToken } from "~/auth/one-time-links.server";
import { findSession, startSession } from "~/auth/session.server";
import { signIn } from "~/auth/sign-in.server";
import { inviteUser, updateUser } from "~/auth/user-admin.server";
import { createUser } from "~/auth/users.server";
import { prisma } from "~/db.server";

const suffix = Math.random().toString(36).slice(2, 8);
const cookieRequest = (setCookie: string) => new Request("http://balss.test/", { headers: { Cookie: setCookie.split(";")[0]! } });

describe("inviting people", () => {
  it("makes an account without a password and a one-time link that sets it", async () => {
    const project = await prisma.project.create({
      data: { timeZone: "Europe/Riga", slug: `invite-${suffix}`, name: { en: "P" }, startsOn: new Date("2021-01-01"), endsOn: new Date("2021-12-31") },
    });
    const invited = await inviteUser({ name: "New Organiser", email: ` New-${suffix}@Example.org `, role: "ORGANISER", projectIds: [project.id, "no-such-project"] });
    expect(invited.ok).toBe(true);
    if (!invited.ok) return;
    const user = await prisma.user.findUniqueOrThrow({ where: { email: `new-${suffix}@example.org` }, include: { memberships: true } });
    expect(user).toMatchObject({ role: "ORGANISER", passwordHash: null, active: true });
    expect(user.memberships.map((m) => m.projectId)).toEqual([project.id]);
    // Only the token's hash is stored.
    expect(await prisma.userToken.findUnique({ where: { id: invited.token } })).toBeNull();

    expect((await findOneTimeToken(invited.token))?.userId).toBe(user.id);
    expect(await redeemOneTimeToken(invited.token, "chosen password 1")).toBe(user.id);
    expect((await signIn(user.email, "chosen password 1")).ok).toBe(true);
    // Used once, never again.
    expect(await findOneTimeToken(invited.token)).toBeNull();
    expect(await redeemOneTimeToken(invited.token, "another password 2")).toBeNull();
    expect((await signIn(user.email, "another password 2")).ok).toBe(false);
  });

  it("refuses bad input with a message per field and writes nothing", async () => {
    const before = await prisma.user.count();
    expect(await inviteUser({})).toMatchObject({ ok: false, errors: { email: "admin.emailInvalid", name: "field.required", role: "admin.roleInvalid" } });
    expect(await inviteUser({ name: "x".repeat(201), email: "not-an-email", role: "KING", projectIds: [] })).toMatchObject({
      ok: false,
      errors: { name: "admin.nameTooLong", email: "admin.emailInvalid", role: "admin.roleInvalid" },
    });
    await createUser({ email: `taken-${suffix}@example.org`, name: "T", role: "EVALUATOR", password: "taken password 1" });
    expect(await inviteUser({ name: "Dup", email: `TAKEN-${suffix}@example.org`, role: "EVALUATOR", projectIds: [] })).toMatchObject({
      ok: false,
      errors: { email: "admin.emailTaken" },
    });
    expect(await prisma.user.count()).toBe(before + 1);
  });

  it("an expired or malformed link does nothing", async () => {
    expect(await findOneTimeToken("short")).toBeNull();
    expect(await findOneTimeToken("x".repeat(43))).toBeNull();
    const invited = await inviteUser({ name: "Late", email: `late-${suffix}@example.org`, role: "EVALUATOR", projectIds: [] });
    if (!invited.ok) throw new Error("invite failed");
    await prisma.userToken.updateMany({ where: { user: { email: `late-${suffix}@example.org` } }, data: { expiresAt: new Date(Date.now() - 1000) } });
    expect(await redeemOneTimeToken(invited.token, "too late password")).toBeNull();
  });
});

describe("changing access", () => {
  it("deactivating someone ends their sessions; an admin cannot lock themselves out", async () => {
    const admin = await createUser({ email: `boss-${suffix}@example.org`, name: "Boss", role: "ADMIN", password: "boss password 12" });
    const person = await createUser({ email: `leaves-${suffix}@example.org`, name: "L", role: "ORGANISER", password: "leaves password 1" });
    const cookie = await startSession(new Request("http://balss.test/signin"), person.id);
    expect(await updateUser(person.id, admin.id, { role: "EVALUATOR", projectIds: [] })).toMatchObject({ ok: true });
    expect(await findSession(cookieRequest(cookie))).toBeNull();
    expect(await prisma.user.findUniqueOrThrow({ where: { id: person.id } })).toMatchObject({ role: "EVALUATOR", active: false });

    expect(await updateUser(admin.id, admin.id, { role: "ORGANISER", projectIds: [], active: "on" })).toMatchObject({
      ok: false,
      errors: { role: "admin.notYourself" },
    });
    expect(await updateUser(admin.id, admin.id, { role: "ADMIN", projectIds: [] })).toMatchObject({ ok: false });
    expect(await updateUser(person.id, admin.id, { role: "EMPEROR", projectIds: "x" })).toMatchObject({ ok: false });
    expect((await prisma.user.findUniqueOrThrow({ where: { id: admin.id } })).active).toBe(true);
  });
});
