import { Form, Link } from "@remix-run/react";
import { byCountry, byEvent, type ResultsFilters } from "~/evaluation/results-filters";
import { languageName } from "~/i18n/languages";
import { useTranslation } from "~/i18n/use-translation";

export interface FilterChoicesView {
  languages: string[];
  demographics: { key: string; text: string; breakdown: boolean; options: { value: string; label: string }[] }[];
  /** The events the questionnaire runs at (by date) and their host partners' countries. */
  events: { value: string; label: string; date: string }[];
  countries: { value: string; label: string }[];
}

/** A plain GET form, so the view lives in the address and works without JavaScript. */
export function ResultsFiltersForm({
  filters,
  choices,
  timeZoneName,
  clearHref,
}: {
  filters: ResultsFilters;
  choices: FilterChoicesView;
  /** The zone whose days the date filter means (the questionnaire's). */
  timeZoneName: string;
  clearHref: string;
}) {
  const { t } = useTranslation();
  const chosen = (key: string, value: string) => filters.answers.some((a) => a.question === key && a.options.includes(value));
  return (
    <Form method="get" className="filters no-print" aria-label={t("results.filters")}>
      <p id="filter-days-hint" className="hint">
        {t("timeZone.daysHint", { zone: timeZoneName })}
      </p>
      <div className="filter-row">
        <div className="field">
          <label htmlFor="filter-from">{t("results.from")}</label>
          <input id="filter-from" type="date" name="from" defaultValue={filters.from ?? ""} aria-describedby="filter-days-hint" />
        </div>
        <div className="field">
          <label htmlFor="filter-to">{t("results.to")}</label>
          <input id="filter-to" type="date" name="to" defaultValue={filters.to ?? ""} aria-describedby="filter-days-hint" />
        </div>
        <div className="field">
          <label htmlFor="filter-language">{t("results.language")}</label>
          <select id="filter-language" name="language" defaultValue={filters.language ?? ""}>
            <option value="">{t("results.anyLanguage")}</option>
            {choices.languages.map((code) => (
              <option key={code} value={code}>
                {languageName(code)}
              </option>
            ))}
          </select>
        </div>
        <div className="field">
          <label htmlFor="filter-by">{t("results.breakdown")}</label>
          <select id="filter-by" name="by" defaultValue={filters.breakdown ?? ""}>
            <option value="">{t("results.noBreakdown")}</option>
            {choices.events.length > 1 ? <option value={byEvent}>{t("results.event")}</option> : null}
            {choices.countries.length > 1 ? <option value={byCountry}>{t("results.country")}</option> : null}
            {choices.demographics
              .filter((d) => d.breakdown)
              .map((d) => (
                <option key={d.key} value={d.key}>
                  {d.text}
                </option>
              ))}
          </select>
        </div>
      </div>
      {choices.events.length > 1 ? (
        <details open={filters.events.length + filters.countries.length > 0}>
          <summary>{t("results.byPlace")}</summary>
          <fieldset className="checkbox-group">
            <legend>{t("results.event")}</legend>
            {choices.events.map((e) => (
              <label key={e.value} className="checkbox">
                <input type="checkbox" name="event" value={e.value} defaultChecked={filters.events.includes(e.value)} /> {e.label} ({e.date})
              </label>
            ))}
          </fieldset>
          {choices.countries.length > 1 ? (
            <fieldset className="checkbox-group">
              <legend>{t("results.country")}</legend>
              {choices.countries.map((c) => (
                <label key={c.value} className="checkbox">
                  <input type="checkbox" name="country" value={c.value} defaultChecked={filters.countries.includes(c.value)} /> {c.label}
                </label>
              ))}
            </fieldset>
          ) : null}
        </details>
      ) : null}
      {choices.demographics.length ? (
        <details open={filters.answers.length > 0}>
          <summary>{t("results.byAnswer")}</summary>
          {choices.demographics.map((d) => (
            <fieldset key={d.key} className="checkbox-group">
              <legend>{d.text}</legend>
              {d.options.map((o) => (
                <label key={o.value} className="checkbox">
                  <input type="checkbox" name={`f.${d.key}`} value={o.value} defaultChecked={chosen(d.key, o.value)} /> {o.label}
                </label>
              ))}
            </fieldset>
          ))}
        </details>
      ) : null}
      <p className="actions">
        <button type="submit" className="button primary">
          {t("results.apply")}
        </button>{" "}
        <Link to={clearHref}>{t("results.clear")}</Link>
      </p>
    </Form>
  );
}
