import type { Indicator } from "~/evaluation/project-results.server";
import { useTranslation } from "~/i18n/use-translation";

/** Each indicator against its target as a labelled progress bar (plain HTML: no chart library needed). */
export function IndicatorBars({ indicators, threshold }: { indicators: Indicator[]; threshold: number }) {
  const { t } = useTranslation();
  return (
    <div>
      {indicators.map((indicator) => {
        const id = `indicator-${indicator.name}`;
        const value = indicator.value === null ? `<${threshold}` : indicator.value;
        const text = indicator.target
          ? t("projectResults.ofTarget", { value, target: indicator.target, share: indicator.value === null ? "–" : Math.round((indicator.value / indicator.target) * 100) })
          : t("projectResults.noTarget", { value });
        return (
          <div className="indicator" key={indicator.name}>
            <label htmlFor={indicator.target ? id : undefined}>
              <strong>{t(`projectResults.indicator.${indicator.name}`)}</strong>: <span data-testid={id}>{text}</span>
            </label>
            {indicator.target ? <progress id={id} max={indicator.target} value={Math.min(indicator.value ?? 0, indicator.target)} /> : null}
          </div>
        );
      })}
    </div>
  );
}
