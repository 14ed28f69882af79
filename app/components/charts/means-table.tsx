import type { ComparedItem } from "~/evaluation/before-after.server";
import { formatNumber } from "~/i18n/format-number";
import { useTranslation } from "~/i18n/use-translation";
import { TableScroll } from "~/components/table-scroll";

// Means and intervals on a scale of a few points: two decimals, always both, so the column lines up.
const twoDecimals = { minimumFractionDigits: 2, maximumFractionDigits: 2 } as const;

/** Means before and after with their 95 % intervals, the difference, and what it means in words. */
export function MeansTable({ item }: { item: ComparedItem }) {
  const { t, uiLanguage } = useTranslation();
  const decimal = (n: number, options?: Intl.NumberFormatOptions) => formatNumber(n, uiLanguage, { ...twoDecimals, ...options });
  const points = item.result.categories.filter((c) => !c.isDontKnow).length;
  const estimate = (label: string, e: ComparedItem["before"]) => (
    <tr>
      <th scope="row">{label}</th>
      <td>{e ? formatNumber(e.n, uiLanguage) : "–"}</td>
      <td>{e ? decimal(e.mean) : "–"}</td>
      <td>{e?.interval ? `${decimal(e.interval.low)} … ${decimal(e.interval.high)}` : "–"}</td>
    </tr>
  );
  const d = item.difference;
  const verdict = !d
    ? t("compare.notEnough")
    : d.interval.low > 0
      ? t("compare.higher")
      : d.interval.high < 0
        ? t("compare.lower")
        : t("compare.noClearChange");
  return (
    <TableScroll label={t("compare.meansCaption", { points })}>
      <table className="data-table">
        <caption>{t("compare.meansCaption", { points })}</caption>
        <thead>
          <tr>
            <th scope="col"></th>
            <th scope="col">{t("results.n")}</th>
            <th scope="col">{t("results.mean")}</th>
            <th scope="col">{t("compare.interval")}</th>
          </tr>
        </thead>
        <tbody>
          {estimate(t("compare.before"), item.before)}
          {estimate(t("compare.after"), item.after)}
          <tr>
            <th scope="row">{t("compare.difference")}</th>
            <td></td>
            <td data-testid={`difference-${item.result.key}`}>{d ? decimal(d.value, { signDisplay: "exceptZero" }) : "–"}</td>
            <td>{d ? `${decimal(d.interval.low)} … ${decimal(d.interval.high)}` : "–"}</td>
          </tr>
        </tbody>
      </table>
      <p className="hint">{verdict}</p>
    </TableScroll>
  );
}
