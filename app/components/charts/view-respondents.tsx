import { useTranslation } from "~/i18n/use-translation";

/** How many responses the view holds, or why nothing is charted. */
export function ViewRespondents({ respondents, threshold }: { respondents: number | null; threshold: number }) {
  const { t } = useTranslation();
  if (respondents === null) {
    return (
      <p className="notice" role="status" data-testid="view-respondents">
        {t("results.viewTooFew", { count: threshold })}
      </p>
    );
  }
  return (
    <p data-testid="view-respondents">
      <strong>{respondents === 0 ? t("results.noResponses") : t("results.viewRespondents", { count: respondents })}</strong>
    </p>
  );
}
