import { json } from "@remix-run/node";
import { requireProject, type Access } from "~/auth/authorize.server";
import { isUuid } from "~/utils/ids";
import { surveyProjectId } from "./survey-overview.server";

/** A questionnaire's project, checked for the signed-in user as `requireProject` does. */
export async function requireSurvey(request: Request, surveyId: string | undefined, access: Access) {
  const projectId = isUuid(surveyId) ? await surveyProjectId(surveyId) : null;
  if (!projectId) throw json({ message: "not found" }, { status: 404 });
  return requireProject(request, projectId, access);
}
