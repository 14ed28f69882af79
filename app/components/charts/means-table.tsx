import type { ComparedItem } from "~/evaluation/before-after.server";
import { useTranslation } from "~/i18n/use-translation";

const one = (n: number) => (Math.round(n * 100) / 100).toFixed(2);

/** Means before and after with their 95 % intervals, the difference, and what it means in words. */
export function MeansTable({ item }: { item: ComparedItem }) {
  const { t } = useTranslation();
  const points = item.result.categories.filter((c) => !c.isDontKnow).length;
  const estimate = (label: string, e: ComparedItem["before"]) => (
    <tr>
      <th scope="row">{label}</th>
      <td>{e ? e.n : "–"}</td>
      <td>{e ? one(e.mean) : "–"}</td>
      <td>{e?.interval ? `${one(e.interval.low)} … ${one(e.interval.high)}` : "–"}</td>
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
    <div className="table-scroll">
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
            <td data-testid={`difference-${item.result.key}`}>{d ? (d.value > 0 ? "+" : "") + one(d.value) : "–"}</td>
            <td>{d ? `${one(d.interval.low)} … ${one(d.interval.high)}` : "–"}</td>
          </tr>
        </tbody>
      </table>
      <p className="hint">{verdict}</p>
    </div>
  );
}
