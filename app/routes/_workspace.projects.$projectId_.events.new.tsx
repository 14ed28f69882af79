import { json, redirect, type ActionFunctionArgs, type LoaderFunctionArgs, type MetaFunction } from "@remix-run/node";
import { FormProblem } from "~/components/field-error";
import { Link, useActionData, useLoaderData } from "@remix-run/react";
import { readProtectedForm, requireProject } from "~/auth/authorize.server";
import { EventForm } from "~/components/event-form";
import { useTranslation } from "~/i18n/use-translation";
import { resolveUiLanguage } from "~/i18n/i18n.server";
import { eventCountryChoices, eventFormValues, eventTimeZoneChoices, projectPartners, saveEvent } from "~/projects/events.server";

export const meta: MetaFunction = () => [{ title: "Balss" }];

export async function loader({ request, params }: LoaderFunctionArgs) {
  const { project } = await requireProject(request, params.projectId, "organise");
  const lang = await resolveUiLanguage(request);
  return json({
    projectId: project.id,
    values: eventFormValues(),
    partners: await projectPartners(project.id),
    countries: await eventCountryChoices(project.id, lang),
    timeZones: await eventTimeZoneChoices(project, lang),
  });
}

export async function action({ request, params }: ActionFunctionArgs) {
  const { project, session } = await requireProject(request, params.projectId, "organise");
  const form = await readProtectedForm(request, session.csrfToken);
  const result = await saveEvent(project.id, null, Object.fromEntries(form));
  if (result.ok) return redirect(`/projects/${project.id}/events/${result.eventId}?saved=1`);
  return json({ errors: result.errors, values: Object.fromEntries(form) as Record<string, string> }, { status: 400 });
}

export default function NewEvent() {
  const { projectId, values, partners, countries, timeZones } = useLoaderData<typeof loader>();
  const result = useActionData<typeof action>();
  const { t } = useTranslation();
  return (
    <>
      <p>
        <Link to={`/projects/${projectId}`}>←</Link>
      </p>
      <h1>{t("event.new")}</h1>
      {result ? (
        <FormProblem />
      ) : null}
      <EventForm values={result?.values ?? values} errors={result?.errors} partners={partners} countries={countries} timeZones={timeZones} />
    </>
  );
}
