import type { SerializeFrom } from "@remix-run/node";
import { Link } from "@remix-run/react";
import { attitudeConfig } from "~/evaluation/attitude-chart-config";
import type { AttitudeIndicator } from "~/evaluation/attitude-indicators.server";
import { formatNumber } from "~/i18n/format-number";
import type { Translate } from "~/i18n/translate";
import { useTranslation } from "~/i18n/use-translation";
import { ChartCanvas } from "./chart-canvas";
import { TableScroll } from "~/components/table-scroll";

type Indicator = SerializeFrom<AttitudeIndicator>;

const oneDecimal = { minimumFractionDigits: 1, maximumFractionDigits: 1 } as const;
const twoDecimals = { minimumFractionDigits: 2, maximumFractionDigits: 2 } as const;

/** What the chart shows, in words: the shown shares from first to last, the trend's slope, the hidden events. */
export function attitudeSummary(indicator: Indicator, t: Translate, lang: string): string {
  const percent = (value: number) => t("indicators.percent", { value: formatNumber(value, lang, oneDecimal) });
  const shown = indicator.events.filter((p) => p.share !== null);
  const first = shown[0];
  const last = shown.at(-1);
  const sentences = [
    !first || !last
      ? t("indicators.summaryNone")
      : shown.length === 1
        ? t("indicators.summaryOne", { share: percent(first.share!), event: first.event })
        : t("indicators.summaryRange", { count: shown.length, first: percent(first.share!), firstEvent: first.event, last: percent(last.share!), lastEvent: last.event }),
    indicator.trend
      ? t("indicators.trendPerYear", { slope: formatNumber(indicator.trend.perYear, lang, { ...oneDecimal, signDisplay: "exceptZero" }) })
      : t("indicators.noTrend"),
  ];
  const hidden = indicator.events.filter((p) => p.hidden).length;
  if (hidden) sentences.push(t("indicators.hiddenEvents", { count: hidden }));
  return sentences.join(" ");
}

/** One attitude indicator: its share agreeing per event as a chart, in words and as a table; then its before/after pairs. */
export function AttitudeIndicatorResult({ indicator, projectName, notes }: { indicator: Indicator; projectName: string; notes: string[] }) {
  const { t, uiLanguage } = useTranslation();
  const percent = (value: number) => t("indicators.percent", { value: formatNumber(value, uiLanguage, oneDecimal) });
  const decimal = (value: number, sign = false) => formatNumber(value, uiLanguage, { ...twoDecimals, ...(sign ? { signDisplay: "exceptZero" as const } : {}) });
  const count = (n: number | null) => (n === null ? t("results.hidden") : formatNumber(n, uiLanguage));
  const summary = attitudeSummary(indicator, t, uiLanguage);
  const id = `attitude-${indicator.key.replace(/\W/g, "-")}`;
  const anyShown = indicator.events.some((p) => p.share !== null);
  return (
    <section className="attitude" aria-labelledby={id}>
      <h3 id={id}>{indicator.text}</h3>
      <figure>
        {anyShown ? (
          <ChartCanvas
            config={() =>
              attitudeConfig(indicator, {
                share: `${t("indicators.share")} (${t("indicators.interval")})`,
                trend: t("indicators.trend"),
                axis: t("indicators.axis"),
                percent: (value) => t("indicators.percent", { value: formatNumber(value, uiLanguage) }),
                point: (p) =>
                  t("indicators.point", {
                    event: p.event,
                    share: percent(p.share!),
                    low: percent(p.interval?.low ?? p.share!),
                    high: percent(p.interval?.high ?? p.share!),
                    size: count(p.n),
                  }),
              })
            }
            label={summary}
            height={300}
            download={{ fileName: `indicator-${indicator.key}`, title: `${projectName}: ${indicator.text}`, notes }}
          />
        ) : null}
        <figcaption>{summary}</figcaption>
        <TableScroll label={indicator.text}>
          <table className="data-table" data-testid={`indicator-${indicator.key}`}>
            <thead>
              <tr>
                <th scope="col">{t("projectResults.event")}</th>
                <th scope="col">{t("projectResults.date")}</th>
                <th scope="col">{t("results.country")}</th>
                <th scope="col">{t("results.n")}</th>
                <th scope="col">{t("indicators.share")}</th>
                <th scope="col">{t("indicators.interval")}</th>
              </tr>
            </thead>
            <tbody>
              {indicator.events.map((p) => (
                <tr key={p.eventId}>
                  <th scope="row">{p.event}</th>
                  <td>{p.startsOn}</td>
                  <td>{p.countryName || "–"}</td>
                  <td className="number">{count(p.n)}</td>
                  <td className="number">{p.share !== null ? percent(p.share) : p.hidden ? t("results.hidden") : t("indicators.notAnswered")}</td>
                  <td>{p.interval ? `${percent(p.interval.low)} – ${percent(p.interval.high)}` : "–"}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </TableScroll>
      </figure>
      {indicator.pairs.length ? (
        <>
          <h4>{t("indicators.pairs")}</h4>
          <p className="hint">{t("indicators.pairsNote")}</p>
          <TableScroll label={`${indicator.text}: ${t("indicators.pairs")}`}>
            <table className="data-table" data-testid={`pairs-${indicator.key}`}>
              <caption>{t("compare.meansCaption", { points: indicator.points })}</caption>
              <thead>
                <tr>
                  <th scope="col">{t("projectResults.event")}</th>
                  <th scope="col">{t("indicators.nBefore")}</th>
                  <th scope="col">{t("indicators.nAfter")}</th>
                  <th scope="col">{t("compare.difference")}</th>
                  <th scope="col">{t("compare.interval")}</th>
                </tr>
              </thead>
              <tbody>
                {indicator.pairs.map((pair) => (
                  <tr key={pair.surveyId}>
                    <th scope="row">
                      <Link to={`/surveys/${pair.surveyId}/compare`}>{pair.event || t("series.noEvent")}</Link> {pair.startsOn ? <span className="hint">{pair.startsOn}</span> : null}
                    </th>
                    <td className="number">{pair.nBefore === null ? "–" : formatNumber(pair.nBefore, uiLanguage)}</td>
                    <td className="number">{pair.nAfter === null ? "–" : formatNumber(pair.nAfter, uiLanguage)}</td>
                    <td className="number">{pair.difference ? decimal(pair.difference.value, true) : "–"}</td>
                    <td>{pair.difference ? `${decimal(pair.difference.interval.low)} … ${decimal(pair.difference.interval.high)}` : "–"}</td>
                  </tr>
                ))}
              </tbody>
              {indicator.combined ? (
                <tfoot>
                  <tr>
                    <th scope="row">{t("indicators.combined")}</th>
                    <td></td>
                    <td></td>
                    <td className="number" data-testid={`combined-${indicator.key}`}>
                      {decimal(indicator.combined.value, true)}
                    </td>
                    <td>{`${decimal(indicator.combined.interval.low)} … ${decimal(indicator.combined.interval.high)}`}</td>
                  </tr>
                </tfoot>
              ) : null}
            </table>
          </TableScroll>
          {indicator.combined ? (
            <p>
              {t("indicators.combinedSummary", {
                count: indicator.combined.pairs,
                value: decimal(indicator.combined.value, true),
                low: decimal(indicator.combined.interval.low),
                high: decimal(indicator.combined.interval.high),
              })}
            </p>
          ) : null}
        </>
      ) : null}
    </section>
  );
}
