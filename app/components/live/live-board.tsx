import { useEffect, useState } from "react";
import { ChartCanvas } from "~/components/charts/chart-canvas";
import { chartConfig } from "~/evaluation/chart-config";
import { summariseResult } from "~/evaluation/result-summary";
import type { QuestionResult } from "~/evaluation/results-types";
import { useTranslation } from "~/i18n/use-translation";

// Text on the charts, in CSS pixels: readable from the back of a hall (the page's own text is as large).
const projectorFontSize = 24;

export interface LiveBoardData {
  surveyId: string;
  title: string;
  joinCode: string;
  layout: "ONE_AT_A_TIME" | "GRID";
  threshold: number;
  respondents: number | null;
  questions: QuestionResult[];
}

/**
 * The projector page: join code and QR big, the chosen questions' charts updated through
 * Server-Sent Events (the browser's EventSource reconnects by itself; the stream then sends the
 * whole state again).
 */
export function LiveBoard({
  initial,
  eventsUrl,
  residentUrl,
  publicResultsUrl = null,
  qrSvg,
}: {
  initial: LiveBoardData;
  eventsUrl: string;
  residentUrl: string;
  /** The results page shared back with residents, once published. */
  publicResultsUrl?: string | null;
  qrSvg: string;
}) {
  const { t } = useTranslation();
  const [data, setData] = useState(initial);
  const [connected, setConnected] = useState(false);
  const [current, setCurrent] = useState(0);

  useEffect(() => {
    const source = new EventSource(eventsUrl);
    source.addEventListener("results", (event) => {
      setData(JSON.parse((event as MessageEvent<string>).data) as LiveBoardData);
      setConnected(true);
    });
    source.addEventListener("error", () => setConnected(false));
    return () => source.close();
  }, [eventsUrl]);

  const questions = data.layout === "GRID" ? data.questions : data.questions.slice(current, current + 1);
  return (
    <main id="main" className="live-board">
      <header className="live-header">
        <div>
          <h1>{data.title}</h1>
          <p className="live-join">
            {t("live.joinWith")} <strong className="code">{data.joinCode}</strong> · {residentUrl}
          </p>
          {publicResultsUrl ? (
            <p className="live-join">
              {t("live.publicResults")} <a href={publicResultsUrl}>{publicResultsUrl}</a>
            </p>
          ) : null}
          <div className="live-meta">
            <p data-testid="live-respondents" className="live-count">
              {data.respondents === null ? t("results.viewTooFew", { count: data.threshold }) : t("live.responses", { count: data.respondents })}
            </p>
            <p className="live-status" role="status">
              {connected ? t("live.connected") : t("live.connecting")}
            </p>
            <FullScreenButton />
          </div>
        </div>
        <div className="live-qr" role="img" aria-label={t("poster.qrLabel", { url: residentUrl })} dangerouslySetInnerHTML={{ __html: qrSvg }} />
      </header>
      {data.layout === "ONE_AT_A_TIME" && data.questions.length > 1 ? (
        <p className="live-nav">
          <button type="button" className="button small" disabled={current === 0} onClick={() => setCurrent((n) => Math.max(0, n - 1))}>
            {t("live.previous")}
          </button>{" "}
          {current + 1} / {data.questions.length}{" "}
          <button type="button" className="button small" disabled={current >= data.questions.length - 1} onClick={() => setCurrent((n) => Math.min(data.questions.length - 1, n + 1))}>
            {t("live.next")}
          </button>
        </p>
      ) : null}
      <div className={data.layout === "GRID" ? "live-grid" : "live-single"}>
        {questions.map((result) => (
          <section key={result.key} className="live-question" aria-labelledby={`live-${result.key}`}>
            <h2 id={`live-${result.key}`}>{result.text}</h2>
            <p className="live-respondents" data-testid={`live-${result.key}-respondents`}>
              {result.respondents === null ? t("results.questionTooFew", { count: data.threshold }) : t("results.respondents", { count: result.respondents })}
            </p>
            {result.respondents === null ? null : result.chart === "text" ? (
              <ul className="text-list">
                {result.texts?.items.map((text, i) => <li key={i}>{text}</li>)}
              </ul>
            ) : (
              <ChartCanvas
                config={() => chartConfig(result, { share: t("results.share"), count: t("results.count"), hidden: t("results.hidden") }, { fontSize: projectorFontSize })}
                label={summariseResult(result, t)}
                height={data.layout === "GRID" ? 420 : 560}
              />
            )}
          </section>
        ))}
      </div>
    </main>
  );
}

/** Fills the screen with the page (Fullscreen API); not offered without JavaScript or where unsupported. */
function FullScreenButton() {
  const { t } = useTranslation();
  const [supported, setSupported] = useState(false);
  const [full, setFull] = useState(false);
  useEffect(() => {
    setSupported(document.fullscreenEnabled);
    const changed = () => setFull(document.fullscreenElement !== null);
    document.addEventListener("fullscreenchange", changed);
    return () => document.removeEventListener("fullscreenchange", changed);
  }, []);
  if (!supported) return null;
  return (
    <button
      type="button"
      className="button live-fullscreen"
      onClick={() => void (document.fullscreenElement ? document.exitFullscreen() : document.documentElement.requestFullscreen()).catch(() => undefined)}
    >
      {full ? t("live.leaveFullScreen") : t("live.fullScreen")}
    </button>
  );
}
