import type { MessageKey } from "~/i18n/messages/en";
import { useTranslation } from "~/i18n/use-translation";
import type { TimeZoneChoices } from "~/utils/time-zones";
import { FieldError } from "./field-error";

interface TimeZoneSelectProps {
  id: string;
  name?: string;
  value: string;
  choices: TimeZoneChoices;
  error?: MessageKey;
  hint?: string;
  /** The label of a first, empty choice (the event form's "from the host partner's country"). */
  automatic?: string;
}

/**
 * A plain select of time zones: the likely ones first with readable names, then every zone by
 * its IANA name. Works without JavaScript.
 */
export function TimeZoneSelect({ id, name = "timeZone", value, choices, error, hint, automatic }: TimeZoneSelectProps) {
  const { t } = useTranslation();
  const describedBy = [hint ? `${id}-hint` : "", error ? `${id}-error` : ""].filter(Boolean).join(" ") || undefined;
  return (
    <div className="field">
      <label htmlFor={id}>
        {t("timeZone.label")}
      </label>
      {hint ? (
        <p id={`${id}-hint`} className="hint">
          {hint}
        </p>
      ) : null}
      <select id={id} name={name} defaultValue={value} aria-invalid={error ? true : undefined} aria-describedby={describedBy}>
        {automatic !== undefined ? <option value="">{automatic}</option> : null}
        {choices.first.length ? (
          <optgroup label={t("timeZone.likely")}>
            {choices.first.map((zone) => (
              <option key={zone.value} value={zone.value}>
                {zone.label}
              </option>
            ))}
          </optgroup>
        ) : null}
        <optgroup label={t("timeZone.all")}>
          {choices.all.map((zone) => (
            <option key={zone} value={zone}>
              {zone}
            </option>
          ))}
        </optgroup>
      </select>
      <FieldError id={`${id}-error`} error={error} />
    </div>
  );
}
