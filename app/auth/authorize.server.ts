import { json } from "@remix-run/node";
import { prisma } from "~/db.server";
import { isUuid } from "~/utils/ids";
import { readForm } from "~/utils/read-form.server";
import { isSameToken } from "./same-token.server";
import { findSession, signInRedirect } from "./session.server";

export type Access = "view" | "organise";

/** The signed-in user; anyone else is sent to the sign-in page and brought back afterwards. */
export async function requireSession(request: Request) {
  const session = await findSession(request);
  if (!session) throw signInRedirect(request);
  return session;
}

export async function requireAdmin(request: Request) {
  const session = await requireSession(request);
  if (session.user.role !== "ADMIN") throw json({ message: "forbidden" }, { status: 403 });
  return session;
}

/**
 * A project the user may see ("view": its evaluators and organisers) or change ("organise":
 * its organisers). Admins reach every project. A project the user has no part in answers 404,
 * so ids reveal nothing; one they may only see answers 403 to changes. An id that is not a
 * UUID names no project for anyone, signed in or not.
 */
export async function requireProject(request: Request, projectId: string | undefined, access: Access) {
  if (!isUuid(projectId)) throw json({ message: "not found" }, { status: 404 });
  const session = await requireSession(request);
  const { user } = session;
  const project = await prisma.project.findUnique({
    where: { id: projectId },
    include: { members: { where: { userId: user.id } } },
  });
  const isMember = Boolean(project?.members.length);
  if (!project || (user.role !== "ADMIN" && !isMember)) throw json({ message: "not found" }, { status: 404 });
  if (access === "organise" && user.role === "EVALUATOR") throw json({ message: "forbidden" }, { status: 403 });
  return { session, project };
}

/**
 * The form of a state-changing request, after checking its anti-forgery token against the
 * session's. A form from another site cannot know the token.
 */
export async function readProtectedForm(request: Request, csrfToken: string): Promise<FormData> {
  const form = await readForm(request);
  if (!isSameToken(form.get("csrf"), csrfToken)) throw json({ message: "forged" }, { status: 403 });
  return form;
}
