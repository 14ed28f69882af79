import { useTranslation } from "~/i18n/use-translation";

interface Props {
  type: string;
  /** A LIKERT question's own mark. */
  indicator: boolean;
  /** A matrix's statements, each with its text in the organiser's language and its mark. */
  statements: { key: string; label: string; indicator: boolean }[];
}

/**
 * Which agreement items the project page follows over time as attitude indicators: the
 * question itself (LIKERT), or statement by statement (LIKERT_MATRIX). Plain checkboxes of the
 * question's form, so they work the same without JavaScript.
 */
export function IndicatorFields({ type, indicator, statements }: Props) {
  const { t } = useTranslation();
  if (type === "LIKERT") {
    return (
      <div className="field">
        <div className="option">
          <input type="checkbox" id="indicator" name="indicator" defaultChecked={indicator} aria-describedby="indicator-hint" />
          <label htmlFor="indicator">{t("indicators.markQuestion")}</label>
        </div>
        <p className="hint" id="indicator-hint">
          {t("indicators.markHint")}
        </p>
      </div>
    );
  }
  if (type !== "LIKERT_MATRIX" || !statements.length) return null;
  return (
    <fieldset className="question" aria-describedby="indicator-hint">
      <legend>{t("indicators.markStatements")}</legend>
      <p className="hint" id="indicator-hint">
        {t("indicators.markHint")}
      </p>
      {statements.map((statement) => (
        <div className="option" key={statement.key}>
          <input type="checkbox" id={`indicator_${statement.key}`} name={`indicator_${statement.key}`} defaultChecked={statement.indicator} />
          <label htmlFor={`indicator_${statement.key}`}>{statement.label}</label>
        </div>
      ))}
    </fieldset>
  );
}
