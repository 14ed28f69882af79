import type { Chart, ChartConfiguration } from "chart.js";
import { useEffect, useRef, useState } from "react";
import { useTranslation } from "~/i18n/use-translation";

// Paints the canvas white first, so a downloaded PNG is not transparent.
const whiteBackground = {
  id: "whiteBackground",
  beforeDraw(chart: Chart) {
    const { ctx, width, height } = chart;
    ctx.save();
    ctx.globalCompositeOperation = "destination-over";
    ctx.fillStyle = "#fff";
    ctx.fillRect(0, 0, width, height);
    ctx.restore();
  },
};

/**
 * A Chart.js chart. Chart.js is imported on first use, so it loads only on pages that draw
 * charts; without JavaScript the data table next to the chart carries the same numbers.
 */
export function ChartCanvas({ config, label, fileName, height }: { config: () => ChartConfiguration<"bar">; label: string; fileName: string; height: number }) {
  const canvas = useRef<HTMLCanvasElement>(null);
  const [chart, setChart] = useState<Chart | null>(null);
  const { t } = useTranslation();
  const configuration = config();
  const signature = JSON.stringify(configuration.data);

  useEffect(() => {
    let drawn: Chart | null = null;
    let cancelled = false;
    void import("chart.js/auto").then(({ default: ChartJs }) => {
      if (cancelled || !canvas.current) return;
      drawn = new ChartJs(canvas.current, { ...configuration, plugins: [whiteBackground] });
      setChart(drawn);
    });
    return () => {
      cancelled = true;
      drawn?.destroy();
    };
    // The configuration is rebuilt on every render; its data decides whether to redraw.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [signature]);

  return (
    <div className="chart">
      <div className="chart-area" style={{ height }}>
        <canvas ref={canvas} role="img" aria-label={label} />
      </div>
      {chart ? (
        <button
          type="button"
          className="button small no-print"
          onClick={() => {
            const link = document.createElement("a");
            link.href = chart.toBase64Image("image/png", 1);
            link.download = `${fileName}.png`;
            link.click();
          }}
        >
          {t("results.downloadPng")}
        </button>
      ) : null}
    </div>
  );
}
