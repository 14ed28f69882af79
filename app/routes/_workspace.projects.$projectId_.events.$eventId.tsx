import { json, redirect, type ActionFunctionArgs, type LoaderFunctionArgs, type MetaFunction } from "@remix-run/node";
import { FormProblem } from "~/components/field-error";
import { Form, Link, useActionData, useLoaderData, useSearchParams } from "@remix-run/react";
import { readProtectedForm, requireProject } from "~/auth/authorize.server";
import { EventForm } from "~/components/event-form";
import { CsrfInput } from "~/components/workspace-shell";
import { useTranslation } from "~/i18n/use-translation";
import { archiveEvent, eventFormValues, findProjectEvent, projectPartners, saveEvent } from "~/projects/events.server";
import { displayTimeZone } from "~/utils/zoned-time";

export const meta: MetaFunction = () => [{ title: "Balss" }];

export async function loader({ request, params }: LoaderFunctionArgs) {
  const { project } = await requireProject(request, params.projectId ?? "", "organise");
  const event = await findProjectEvent(project.id, params.eventId);
  return json({
    projectId: project.id,
    values: eventFormValues(event),
    partners: await projectPartners(project.id),
    timeZone: displayTimeZone(),
  });
}

export async function action({ request, params }: ActionFunctionArgs) {
  const { project, session } = await requireProject(request, params.projectId ?? "", "organise");
  const event = await findProjectEvent(project.id, params.eventId);
  const form = await readProtectedForm(request, session.csrfToken);
  if (form.get("intent") === "archive") {
    await archiveEvent(event.id);
    return redirect(`/projects/${project.id}`);
  }
  const result = await saveEvent(project.id, event.id, Object.fromEntries(form));
  if (result.ok) return redirect(`/projects/${project.id}/events/${event.id}?saved=1`);
  return json({ errors: result.errors, values: Object.fromEntries(form) as Record<string, string> }, { status: 400 });
}

export default function EditEvent() {
  const { projectId, values, partners, timeZone } = useLoaderData<typeof loader>();
  const result = useActionData<typeof action>();
  const [searchParams] = useSearchParams();
  const { t } = useTranslation();
  return (
    <>
      <p>
        <Link to={`/projects/${projectId}`}>←</Link>
      </p>
      <h1>{t("event.edit")}</h1>
      {result ? (
        <FormProblem />
      ) : searchParams.has("saved") ? (
        <p className="notice" role="status">
          {t("event.saved")}
        </p>
      ) : null}
      <EventForm values={result?.values ?? values} errors={result?.errors} partners={partners} timeZone={timeZone} />
      <Form method="post">
        <CsrfInput />
        <button type="submit" name="intent" value="archive" className="button">
          {t("event.archive")}
        </button>
      </Form>
    </>
  );
}
