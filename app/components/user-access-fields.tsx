import { useTranslation } from "~/i18n/use-translation";
import { FieldError } from "./field-error";
import type { MessageKey } from "~/i18n/messages/en";

const roles = ["ORGANISER", "EVALUATOR", "ADMIN"] as const;

interface UserAccessFieldsProps {
  projects: { id: string; name: string; archived?: boolean }[];
  role?: string;
  projectIds?: string[];
  errors?: Partial<Record<string, MessageKey>>;
}

/** Role and project access, shared by the invitation and the edit form. */
export function UserAccessFields({ projects, role = "ORGANISER", projectIds = [], errors = {} }: UserAccessFieldsProps) {
  const { t } = useTranslation();
  return (
    <>
      <fieldset className="question" aria-describedby={errors.role ? "role-error" : undefined}>
        <legend>{t("admin.role")}</legend>
        <div className="options">
          {roles.map((value) => (
            <div className="option" key={value}>
              <input type="radio" id={`role-${value}`} name="role" value={value} defaultChecked={role === value} />
              <label htmlFor={`role-${value}`}>{t(`role.${value}`)}</label>
            </div>
          ))}
        </div>
        <FieldError id="role-error" error={errors.role} />
      </fieldset>
      <fieldset className="question">
        <legend>{t("admin.projects")}</legend>
        <div className="options">
          {projects.map((project) => (
            <div className="option" key={project.id}>
              <input
                type="checkbox"
                id={`project-${project.id}`}
                name="projectIds"
                value={project.id}
                defaultChecked={projectIds.includes(project.id)}
              />
              <label htmlFor={`project-${project.id}`}>
                {project.archived ? t("project.nameArchived", { name: project.name }) : project.name}
              </label>
            </div>
          ))}
        </div>
      </fieldset>
    </>
  );
}
