import { byCountry, byEvent, type ResultsFilters } from "~/evaluation/results-filters";
import { languageName } from "~/i18n/languages";
import type { Translate } from "~/i18n/translate";
import { useTranslation } from "~/i18n/use-translation";
import type { FilterChoicesView } from "./results-filters-form";

/** The date filter's days as the page writes them ("1 May 2026"), from the loader. */
export interface FilterDays {
  from: string | null;
  to: string | null;
}

/** The view's filters and breakdown in words (after "Filters:"): on the page, in print and on a downloaded chart. */
export function filtersInWords(filters: ResultsFilters, days: FilterDays, choices: FilterChoicesView, t: Translate): string {
  const parts: string[] = [];
  if (filters.from) parts.push(t("results.sinceDate", { date: days.from ?? filters.from }));
  if (filters.to) parts.push(t("results.untilDate", { date: days.to ?? filters.to }));
  if (filters.language) parts.push(`${t("results.language")}: ${languageName(filters.language)}`);
  const labelsOf = (values: string[], among: { value: string; label: string }[]) => values.map((value) => among.find((c) => c.value === value)?.label ?? value).join(", ");
  if (filters.events.length) parts.push(`${t("results.event")}: ${labelsOf(filters.events, choices.events)}`);
  if (filters.countries.length) parts.push(`${t("results.country")}: ${labelsOf(filters.countries, choices.countries)}`);
  for (const { question, options } of filters.answers) {
    const demographic = choices.demographics.find((d) => d.key === question);
    const labels = options.map((value) => demographic?.options.find((o) => o.value === value)?.label ?? value);
    parts.push(`${demographic?.text ?? question}: ${labels.join(", ")}`);
  }
  const breakdown =
    filters.breakdown === byEvent
      ? t("results.event")
      : filters.breakdown === byCountry
        ? t("results.country")
        : choices.demographics.find((d) => d.key === filters.breakdown)?.text;
  return `${parts.length ? parts.join("; ") : t("results.noFilters")}${breakdown ? `. ${t("results.brokenDownBy", { question: breakdown })}` : ""}`;
}

/** The view's filters in words, for the page and for print. */
export function FiltersInForce({ filters, days, choices }: { filters: ResultsFilters; days: FilterDays; choices: FilterChoicesView }) {
  const { t } = useTranslation();
  return (
    <p data-testid="filters-in-force">
      <strong>{t("results.filtersInForce")}</strong> {filtersInWords(filters, days, choices, t)}
    </p>
  );
}

/** Why some numbers read "hidden", in plain words. */
export function SuppressionNote({ threshold }: { threshold: number }) {
  const { t } = useTranslation();
  return <p className="hint">{t("results.suppressionNote", { k: threshold })}</p>;
}
