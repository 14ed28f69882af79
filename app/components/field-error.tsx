import type { MessageKey } from "~/i18n/messages/en";
import { useTranslation } from "~/i18n/use-translation";

/** The message under a form field; its id is what the field's aria-describedby points to. */
export function FieldError({ id, error, vars }: { id: string; error: MessageKey | undefined; vars?: Record<string, string | number> }) {
  const { t } = useTranslation();
  if (!error) return null;
  return (
    <p id={id} className="field-error">
      {t(error, vars)}
    </p>
  );
}

/** The alert above a form whose fields have messages. */
export function FormProblem() {
  const { t } = useTranslation();
  return (
    <p className="error-summary" role="alert">
      {t("admin.formProblem")}
    </p>
  );
}
