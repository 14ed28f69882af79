import { Form } from "@remix-run/react";
import { chartConfig, rowShares } from "~/evaluation/chart-config";
import { summariseResult } from "~/evaluation/result-summary";
import type { QuestionResult, ResultRow } from "~/evaluation/results-types";
import { formatNumber } from "~/i18n/format-number";
import type { Translate } from "~/i18n/translate";
import { useTranslation } from "~/i18n/use-translation";
import { ChartCanvas } from "./chart-canvas";
import { TableScroll } from "~/components/table-scroll";

interface Props {
  result: QuestionResult;
  threshold: number;
  /** The view's filters as an address query, kept by the text search and the CSV link. */
  search: string;
  csvHref?: string;
  /** For a downloaded chart, which stands alone: where the numbers come from, and the filters in force. */
  source: string;
  filters: string;
  /** Starts the ids of the question's elements: one page may chart a question twice (the report's comparison). */
  idPrefix?: string;
}

// A hidden count is under k or hidden with one that is: it reads "hidden", never "<k".
function Count({ value }: { value: number | null }) {
  const { t, uiLanguage } = useTranslation();
  return value === null ? <span className="hidden-count">{t("results.hidden")}</span> : <>{formatNumber(value, uiLanguage)}</>;
}

/** One question's chart with its text summary and data table (which also serve without JavaScript). */
export function QuestionResultView({ result, threshold, search, csvHref, source, filters, idPrefix = "result" }: Props) {
  const { t } = useTranslation();
  const id = `${idPrefix}-${result.key}`;
  const summary = summariseResult(result, t);
  const base = baseOfShares(result, t);
  const tooFew = result.respondents === null;
  return (
    <section className="result" aria-labelledby={`${id}-title`}>
      <h3 id={`${id}-title`} dir="auto">
        {result.text}
      </h3>
      <p className="hint" data-testid={`${id}-respondents`}>
        {tooFew ? t("results.questionTooFew", { count: threshold }) : t("results.respondents", { count: result.respondents ?? 0 })}
      </p>
      {tooFew || result.respondents === 0 ? null : result.chart === "text" ? (
        <TextAnswers result={result} search={search} threshold={threshold} />
      ) : (
        <figure>
          <ChartCanvas
            config={() => chartConfig(result, { share: t("results.share"), count: t("results.count"), hidden: t("results.hidden") })}
            label={summary}
            height={chartHeight(result)}
            download={{
              fileName: result.key,
              title: result.text,
              notes: [source, t("results.respondents", { count: result.respondents ?? 0 }), filters, ...(base ? [base] : []), t("results.suppressionNote", { k: threshold })],
            }}
          />
          <figcaption>
            <p>{summary}</p>
            {base ? (
              <p className="hint" data-testid={`${id}-base`}>
                {base}
              </p>
            ) : null}
          </figcaption>
          <DataTable result={result} />
          {csvHref ? (
            <p className="no-print">
              <a href={csvHref} download>
                {t("results.downloadCsv")}
              </a>
            </p>
          ) : null}
        </figure>
      )}
    </section>
  );
}

// What the shares are of, said once for the chart and its table (a histogram shows counts).
function baseOfShares(result: QuestionResult, t: Translate): string | null {
  if (result.chart !== "bars" && result.chart !== "diverging") return null;
  const dontKnow = result.categories.find((c) => c.isDontKnow);
  return [
    t("results.baseShares"),
    ...(result.multiple ? [t("results.baseMultiple")] : []),
    ...(result.chart === "diverging" && dontKnow ? [t("results.baseDontKnow", { dontKnow: dontKnow.label })] : []),
  ].join(" ");
}

function chartHeight(result: QuestionResult): number {
  if (result.chart === "histogram") return 260;
  const bars = result.chart === "diverging" ? result.rows.length : result.categories.length * Math.max(1, result.rows.length);
  return Math.max(160, 60 + bars * (result.chart === "diverging" ? 44 : 28));
}

function DataTable({ result }: { result: QuestionResult }) {
  const { t, uiLanguage } = useTranslation();
  const decimal = (n: number) => formatNumber(n, uiLanguage, { maximumFractionDigits: 2 });
  const showShare = result.chart !== "histogram";
  const cell = (row: ResultRow, i: number) => {
    const share = rowShares(row)[i];
    return (
      <>
        <Count value={row.counts[i] ?? null} />
        {showShare && share !== null && share !== undefined ? ` (${decimal(share)} %)` : ""}
      </>
    );
  };
  const stats = result.chart === "histogram";
  return (
    <TableScroll label={result.text}>
      <table className="data-table">
        <caption className="visually-hidden">{result.text}</caption>
        <thead>
          <tr>
            <th scope="col">{result.rows.length > 1 ? t("results.group") : t("results.answer")}</th>
            {result.rows.length > 1 || stats ? <th scope="col">{t("results.n")}</th> : null}
            {result.rows.length > 1 || stats
              ? result.categories.map((c) => (
                  <th scope="col" key={c.label} dir="auto">
                    {c.label}
                  </th>
                ))
              : [
                  <th scope="col" key="count">
                    {t("results.count")}
                  </th>,
                ]}
            {stats ? (
              <>
                <th scope="col">{t("results.mean")}</th>
                <th scope="col">{t("results.median")}</th>
              </>
            ) : null}
          </tr>
        </thead>
        <tbody>
          {result.rows.length > 1 || stats
            ? result.rows.map((row, r) => (
                <tr key={r}>
                  <th scope="row" dir="auto">
                    {row.label || t("results.all")}
                  </th>
                  <td>
                    <Count value={row.respondents} />
                  </td>
                  {result.categories.map((c, i) => (
                    <td key={c.label}>{cell(row, i)}</td>
                  ))}
                  {stats ? (
                    <>
                      <td>{row.mean == null ? "–" : decimal(row.mean)}</td>
                      <td>{row.median == null ? "–" : decimal(row.median)}</td>
                    </>
                  ) : null}
                </tr>
              ))
            : result.categories.map((c, i) => (
                <tr key={c.label}>
                  <th scope="row" dir="auto">
                    {c.label}
                  </th>
                  <td>{cell(result.rows[0]!, i)}</td>
                </tr>
              ))}
        </tbody>
      </table>
    </TableScroll>
  );
}

function TextAnswers({ result, search, threshold }: { result: QuestionResult; search: string; threshold: number }) {
  const { t } = useTranslation();
  const texts = result.texts;
  const withheld =
    result.textsWithheld === "filtered" ? t("results.textsNotListedFiltered") : result.textsWithheld === "smallEvents" ? t("results.textsSomeEventsLeftOut", { k: threshold }) : null;
  if (!texts) return withheld ? <p className="hint" data-testid={`result-${result.key}-texts-withheld`}>{withheld}</p> : null;
  const params = (page: number) => {
    const next = new URLSearchParams(search);
    next.set(`tq.${result.key}`, texts.search);
    next.set(`tp.${result.key}`, String(page));
    return `?${next.toString()}#result-${result.key}-title`;
  };
  const kept = [...new URLSearchParams(search)].filter(([name]) => name !== `tq.${result.key}` && name !== `tp.${result.key}`);
  return (
    <div className="text-answers">
      <Form method="get" className="inline-form no-print">
        {kept.map(([name, value], i) => (
          <input key={`${name}-${i}`} type="hidden" name={name} value={value} />
        ))}
        <label htmlFor={`search-${result.key}`}>{t("results.searchText")}</label>
        <input id={`search-${result.key}`} type="search" name={`tq.${result.key}`} defaultValue={texts.search} maxLength={100} />
        <button type="submit" className="button small">
          {t("results.search")}
        </button>
      </Form>
      <p className="hint">{t("results.textCount", { count: texts.total })}</p>
      {withheld ? (
        <p className="hint" data-testid={`result-${result.key}-texts-withheld`}>
          {withheld}
        </p>
      ) : null}
      {/* Answers and labels may be in any language, Arabic too: each runs in its own direction. */}
      <ul className="text-list">
        {texts.items.map((text, i) => (
          <li key={i} dir="auto">
            {text}
          </li>
        ))}
      </ul>
      {texts.pageCount > 1 ? (
        <nav aria-label={t("results.pages")} className="no-print">
          <ul className="inline-list">
            {texts.page > 1 ? (
              <li>
                <a href={params(texts.page - 1)}>{t("results.previousPage")}</a>
              </li>
            ) : null}
            <li>{t("results.pageOf", { page: texts.page, pages: texts.pageCount })}</li>
            {texts.page < texts.pageCount ? (
              <li>
                <a href={params(texts.page + 1)}>{t("results.nextPage")}</a>
              </li>
            ) : null}
          </ul>
        </nav>
      ) : null}
    </div>
  );
}
