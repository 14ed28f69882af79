import { useTranslation } from "~/i18n/use-translation";
import type { Availability } from "~/survey/availability";

interface SurveyNotOpenProps {
  availability: Exclude<Availability, "open">;
  opensOn: string | null;
  closedOn: string | null;
}

export function SurveyNotOpen({ availability, opensOn, closedOn }: SurveyNotOpenProps) {
  const { t } = useTranslation();
  const detail =
    availability === "draft"
      ? t("survey.notOpen.draft")
      : availability === "scheduled" && opensOn
        ? t("survey.notOpen.scheduled", { date: opensOn })
        : closedOn
          ? t("survey.notOpen.closedOn", { date: closedOn })
          : t("survey.notOpen.closed");
  return (
    <section aria-labelledby="not-open-title" className="notice">
      <h2 id="not-open-title">{t("survey.notOpen.title")}</h2>
      <p>{detail}</p>
    </section>
  );
}
