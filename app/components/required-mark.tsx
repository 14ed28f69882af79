import { useTranslation } from "~/i18n/use-translation";

/**
 * The visible "(required)" after a field's label, shown before anything is sent. The field
 * itself carries `required`, which assistive technology announces, so the mark is hidden from
 * it rather than said twice.
 */
export function RequiredMark() {
  const { t } = useTranslation();
  return (
    <span className="question-mark" aria-hidden="true">
      {" "}
      ({t("form.required")})
    </span>
  );
}

/**
 * The legend of fields of which one must be filled: a name in at least one language. No
 * single field is required, so the legend says it in words, to everyone.
 */
export function OneLanguageRequiredLegend({ children }: { children: string }) {
  const { t } = useTranslation();
  return (
    <legend>
      {children} <span className="question-mark">({t("form.requiredInOneLanguage")})</span>
    </legend>
  );
}
