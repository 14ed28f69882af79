import { json, type LoaderFunctionArgs, type MetaFunction } from "@remix-run/node";
import { Link, useLoaderData, useSearchParams } from "@remix-run/react";
import { requireProject } from "~/auth/authorize.server";
import { formatNumber } from "~/i18n/format-number";
import { resolveUiLanguage } from "~/i18n/i18n.server";
import { pickText } from "~/i18n/translate";
import { useTranslation } from "~/i18n/use-translation";
import { projectOverview } from "~/projects/project-overview.server";
import { TableScroll } from "~/components/table-scroll";

export const meta: MetaFunction<typeof loader> = ({ data }) => [{ title: data ? `${data.name} · Balss` : "Balss" }];

export async function loader({ request, params }: LoaderFunctionArgs) {
  const { project, session } = await requireProject(request, params.projectId, "view");
  const lang = await resolveUiLanguage(request);
  return json({
    id: project.id,
    name: pickText(project.name, lang, "en"),
    readOnly: session.user.role === "EVALUATOR",
    archived: Boolean(project.archivedAt),
    ...(await projectOverview(project.id, lang)),
  });
}

export default function ProjectPage() {
  const { id, name, readOnly, archived, events, surveys } = useLoaderData<typeof loader>();
  const { t, uiLanguage } = useTranslation();
  const [searchParams] = useSearchParams();
  const archivedEvents = events.filter((event) => event.archived);
  const currentEvents = events.filter((event) => !event.archived);
  return (
    <>
      <h1>{name}</h1>
      {searchParams.has("created") && !readOnly ? (
        <p className="notice" role="status">
          {t("project.created")}
        </p>
      ) : null}
      {archived ? <p className="notice">{t("project.isArchived")}</p> : null}
      <p>
        <Link to={`/projects/${id}/results`} className="button">
          {t("projectResults.link")}
        </Link>
      </p>
      {readOnly ? (
        <p className="notice">{t("workspace.readOnly")}</p>
      ) : (
        <p>
          <Link to={`/projects/${id}/settings`}>{t("project.settingsTitle")}</Link>
        </p>
      )}
      <h2>{t("workspace.surveys")}</h2>
      {readOnly ? null : (
        <p>
          <Link to={`/projects/${id}/surveys/new`} className="button">
            {t("survey.new")}
          </Link>
        </p>
      )}
      {surveys.length ? (
        <TableScroll label={t("workspace.surveys")}>
          <table>
            <thead>
              <tr>
                <th scope="col">{t("workspace.survey")}</th>
                <th scope="col">{t("workspace.event")}</th>
                <th scope="col">{t("workspace.phase")}</th>
                <th scope="col">{t("workspace.status")}</th>
                <th scope="col">{t("workspace.joinCode")}</th>
                <th scope="col">{t("workspace.responses")}</th>
              </tr>
            </thead>
            <tbody>
              {surveys.map((survey) => (
                <tr key={survey.id}>
                  <td>
                    <Link to={`/surveys/${survey.id}`}>{survey.title}</Link>
                  </td>
                  <td>{survey.event}</td>
                  <td>{t(`phase.${survey.phase}`)}</td>
                  <td>{t(`status.${survey.status}`)}</td>
                  <td className="code">{survey.joinCode}</td>
                  <td className="number">{formatNumber(survey.responses, uiLanguage)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </TableScroll>
      ) : (
        <p>{t("project.noSurveys")}</p>
      )}
      <h2>{t("workspace.events")}</h2>
      {readOnly ? null : (
        <p>
          <Link to={`/projects/${id}/events/new`} className="button">
            {t("event.new")}
          </Link>
        </p>
      )}
      {currentEvents.length ? (
        <TableScroll label={t("workspace.events")}>
          <table>
            <thead>
              <tr>
                <th scope="col">{t("workspace.date")}</th>
                <th scope="col">{t("workspace.event")}</th>
                <th scope="col">{t("workspace.place")}</th>
                <th scope="col">{t("workspace.attendance")}</th>
                <th scope="col">{t("event.byCountryColumn")}</th>
              </tr>
            </thead>
            <tbody>
              {currentEvents.map((event) => (
                  <tr key={event.id}>
                    <td>{event.startsOn}</td>
                    <td>{readOnly ? event.title : <Link to={`/projects/${id}/events/${event.id}`}>{event.title}</Link>}</td>
                    <td>{event.place}</td>
                    <td className="number">{event.attendance === null ? "—" : formatNumber(event.attendance, uiLanguage)}</td>
                    <td>
                      {event.byCountry.length ? (
                        <ul className="by-country" aria-label={t("event.byCountryOf", { title: event.title })}>
                          {event.byCountry.map((row) => (
                            <li key={row.country}>
                              {row.name}: {formatNumber(row.participants, uiLanguage)}
                            </li>
                          ))}
                        </ul>
                      ) : (
                        "—"
                      )}
                    </td>
                  </tr>
                ))}
            </tbody>
          </table>
        </TableScroll>
      ) : (
        <p>{t("project.noEvents")}</p>
      )}
      {archivedEvents.length ? (
        <>
          <h3>{t("event.archivedList")}</h3>
          <ul>
            {archivedEvents.map((event) => (
              <li key={event.id}>
                {event.startsOn} · {readOnly ? event.title : <Link to={`/projects/${id}/events/${event.id}`}>{event.title}</Link>}
              </li>
            ))}
          </ul>
        </>
      ) : null}
    </>
  );
}
