import { Form } from "@remix-run/react";
import { FieldError } from "./field-error";
import { OneLanguageRequiredLegend, RequiredMark } from "./required-mark";
import { languageName, uiLanguages } from "~/i18n/languages";
import type { MessageKey } from "~/i18n/messages/en";
import { useTranslation } from "~/i18n/use-translation";
import type { TimeZoneChoices } from "~/utils/time-zones";
import { TimeZoneSelect } from "./time-zone-select";
import { CsrfInput } from "./workspace-shell";

interface EventFormProps {
  values: Record<string, string>;
  errors?: Partial<Record<string, MessageKey>>;
  partners: { id: string; name: string; city: string }[];
  /** The countries the attendance can be split by, the partners' first. */
  countries: { code: string; name: string }[];
  /** The zone list; `projectZone` (readable) is where "from the host partner's country" falls back to. */
  timeZones: TimeZoneChoices & { projectZone: string };
}

/** Blank country rows offered below the filled ones (without JavaScript there is no "add a row"). */
const blankCountryRows = 3;

/** How many country rows to show: every row given so far (keeping its number) and a few blank ones. */
function countryRowCount(values: Record<string, string>) {
  let used = 0;
  for (const [name, value] of Object.entries(values)) {
    const match = /^(?:country|participants)_(\d+)$/.exec(name);
    if (match && value) used = Math.max(used, Number(match[1]) + 1);
  }
  return Math.min(used, 100) + blankCountryRows;
}

/** Create and edit form of an event; plain HTML, so it works without JavaScript. */
export function EventForm({ values, errors = {}, partners, countries, timeZones }: EventFormProps) {
  const { t } = useTranslation();
  const field = (name: string, label: string, input: JSX.Element) => (
    <div className="field" key={name}>
      <label htmlFor={name}>
        {label}
        {input.props.required ? <RequiredMark /> : null}
      </label>
      {input}
      <FieldError id={`${name}-error`} error={errors[name]} />
    </div>
  );
  const a11y = (name: string, hint?: string) => ({
    id: name,
    name,
    "aria-invalid": errors[name] ? true : undefined,
    "aria-describedby": [hint, errors[name] ? `${name}-error` : ""].filter(Boolean).join(" ") || undefined,
  });
  return (
    <Form method="post" noValidate className="narrow-form">
      <CsrfInput />
      <fieldset className="question">
        <OneLanguageRequiredLegend>{t("event.titleGroup")}</OneLanguageRequiredLegend>
        {uiLanguages.map((lang) =>
          field(
            `title_${lang}`,
            t("event.titleIn", { language: languageName(lang) }),
            <input {...a11y(`title_${lang}`)} lang={lang} maxLength={300} defaultValue={values[`title_${lang}`]} />,
          ),
        )}
      </fieldset>
      {field("place", t("event.place"), <input {...a11y("place")} maxLength={300} required defaultValue={values.place} />)}
      {field(
        "hostPartnerId",
        t("event.host"),
        <select {...a11y("hostPartnerId")} defaultValue={values.hostPartnerId}>
          <option value="">{t("event.noHost")}</option>
          {partners.map((p) => (
            <option key={p.id} value={p.id}>
              {p.name} ({p.city})
            </option>
          ))}
        </select>,
      )}
      <TimeZoneSelect
        id="timeZone"
        value={values.timeZone ?? ""}
        choices={timeZones}
        error={errors.timeZone}
        automatic={t("timeZone.fromHost", { zone: timeZones.projectZone })}
      />
      <p id="event-times-hint" className="hint">
        {t("timeZone.eventTimesHint")}
      </p>
      {field(
        "startsAt",
        t("event.startsAt"),
        <input {...a11y("startsAt", "event-times-hint")} type="datetime-local" required defaultValue={values.startsAt} />,
      )}
      {field("endsAt", t("event.endsAt"), <input {...a11y("endsAt", "event-times-hint")} type="datetime-local" required defaultValue={values.endsAt} />)}
      {field(
        "attendance",
        t("event.attendance"),
        <input {...a11y("attendance")} inputMode="numeric" maxLength={7} defaultValue={values.attendance} />,
      )}
      <fieldset className="question country-split" aria-describedby={errors.byCountry ? "byCountry-hint byCountry-error" : "byCountry-hint"}>
        <legend>{t("event.byCountry")}</legend>
        <p id="byCountry-hint" className="hint">
          {t("event.byCountryHint")}
        </p>
        <FieldError id="byCountry-error" error={errors.byCountry} />
        {Array.from({ length: countryRowCount(values) }, (_, index) => (
          <div className="country-row" key={index}>
            {field(
              `country_${index}`,
              t("event.countryRow", { number: index + 1 }),
              <select {...a11y(`country_${index}`)} defaultValue={values[`country_${index}`] ?? ""}>
                <option value="">{t("event.noCountry")}</option>
                {countries.map((country) => (
                  <option key={country.code} value={country.code}>
                    {country.name} ({country.code})
                  </option>
                ))}
              </select>,
            )}
            {field(
              `participants_${index}`,
              t("event.participantsRow", { number: index + 1 }),
              <input {...a11y(`participants_${index}`)} inputMode="numeric" maxLength={7} defaultValue={values[`participants_${index}`] ?? ""} />,
            )}
          </div>
        ))}
      </fieldset>
      {field(
        "staffMobilities",
        t("event.staffMobilities"),
        <input {...a11y("staffMobilities")} inputMode="numeric" maxLength={7} defaultValue={values.staffMobilities} />,
      )}
      <button type="submit" name="intent" value="save" className="button primary">
        {t("event.save")}
      </button>
    </Form>
  );
}
