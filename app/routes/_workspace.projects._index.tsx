import { json, type LoaderFunctionArgs, type MetaFunction } from "@remix-run/node";
import { Link, useLoaderData } from "@remix-run/react";
import { requireSession } from "~/auth/authorize.server";
import { resolveUiLanguage } from "~/i18n/i18n.server";
import { useTranslation } from "~/i18n/use-translation";
import { listProjects } from "~/projects/project-overview.server";

export const meta: MetaFunction = () => [{ title: "Balss" }];

export async function loader({ request }: LoaderFunctionArgs) {
  const { user } = await requireSession(request);
  return json({ projects: await listProjects(user, await resolveUiLanguage(request)), isAdmin: user.role === "ADMIN" });
}

export default function Projects() {
  const { projects, isAdmin } = useLoaderData<typeof loader>();
  const { t } = useTranslation();
  return (
    <>
      <h1>{t("workspace.projects")}</h1>
      {isAdmin ? (
        <p>
          <Link to="/projects/new" className="button">
            {t("project.new")}
          </Link>
        </p>
      ) : null}
      {projects.length === 0 ? <p>{t("workspace.noProjects")}</p> : null}
      <ProjectList projects={projects.filter((p) => !p.archived)} />
      {projects.some((p) => p.archived) ? (
        <>
          <h2>{t("project.archivedList")}</h2>
          <ProjectList projects={projects.filter((p) => p.archived)} />
        </>
      ) : null}
    </>
  );
}

function ProjectList({ projects }: { projects: ReturnType<typeof useLoaderData<typeof loader>>["projects"] }) {
  const { t } = useTranslation();
  if (!projects.length) return null;
  return (
    <ul className="card-list">
      {projects.map((project) => (
        <li key={project.id}>
          <Link to={`/projects/${project.id}`}>{project.name}</Link>
          <p className="hint">
            {project.startsOn} – {project.endsOn} · {t("workspace.events")}: {project.events} · {t("workspace.surveys")}:{" "}
            {project.surveys}
          </p>
        </li>
      ))}
    </ul>
  );
}
