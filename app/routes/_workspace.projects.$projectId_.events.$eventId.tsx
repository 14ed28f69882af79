import { json, redirect, type ActionFunctionArgs, type LoaderFunctionArgs, type MetaFunction } from "@remix-run/node";
import { FormProblem } from "~/components/field-error";
import { Form, Link, useActionData, useLoaderData, useSearchParams } from "@remix-run/react";
import { readProtectedForm, requireProject } from "~/auth/authorize.server";
import { EventForm } from "~/components/event-form";
import { CsrfInput } from "~/components/workspace-shell";
import { useTranslation } from "~/i18n/use-translation";
import { resolveUiLanguage } from "~/i18n/i18n.server";
import { eventCountryChoices, eventFormValues, eventTimeZoneChoices, findProjectEvent, projectPartners, saveEvent, setEventArchived } from "~/projects/events.server";

export const meta: MetaFunction = () => [{ title: "Balss" }];

export async function loader({ request, params }: LoaderFunctionArgs) {
  const { project } = await requireProject(request, params.projectId, "organise");
  const event = await findProjectEvent(project.id, params.eventId);
  const lang = await resolveUiLanguage(request);
  return json({
    projectId: project.id,
    values: eventFormValues(event),
    archived: Boolean(event.archivedAt),
    partners: await projectPartners(project.id),
    countries: await eventCountryChoices(project.id, lang),
    timeZones: await eventTimeZoneChoices(project, lang, event.timeZone),
  });
}

export async function action({ request, params }: ActionFunctionArgs) {
  const { project, session } = await requireProject(request, params.projectId, "organise");
  const event = await findProjectEvent(project.id, params.eventId);
  const form = await readProtectedForm(request, session.csrfToken);
  if (form.get("intent") === "archive" || form.get("intent") === "unarchive") {
    await setEventArchived(event.id, form.get("intent") === "archive");
    return redirect(form.get("intent") === "archive" ? `/projects/${project.id}` : `/projects/${project.id}/events/${event.id}`);
  }
  const result = await saveEvent(project.id, event.id, Object.fromEntries(form));
  if (result.ok) return redirect(`/projects/${project.id}/events/${event.id}?saved=1`);
  return json({ errors: result.errors, values: Object.fromEntries(form) as Record<string, string> }, { status: 400 });
}

export default function EditEvent() {
  const { projectId, values, archived, partners, countries, timeZones } = useLoaderData<typeof loader>();
  const result = useActionData<typeof action>();
  const [searchParams] = useSearchParams();
  const { t } = useTranslation();
  return (
    <>
      <p>
        <Link to={`/projects/${projectId}`}>←</Link>
      </p>
      <h1>{t("event.edit")}</h1>
      {archived ? <p className="notice">{t("event.isArchived")}</p> : null}
      {result ? (
        <FormProblem />
      ) : searchParams.has("saved") ? (
        <p className="notice" role="status">
          {t("event.saved")}
        </p>
      ) : null}
      <EventForm values={result?.values ?? values} errors={result?.errors} partners={partners} countries={countries} timeZones={timeZones} />
      <Form method="post">
        <CsrfInput />
        <button type="submit" name="intent" value={archived ? "unarchive" : "archive"} className="button">
          {t(archived ? "event.unarchive" : "event.archive")}
        </button>
      </Form>
    </>
  );
}
