import type { Chart, Plugin } from "chart.js";

/**
 * Where a chart has a hidden count, it draws a hatched square and the word "hidden" — never
 * nothing, which would read as zero, and never a bar of some length, which would read as a
 * number. A hidden count's size is not drawn at all.
 */
export type HiddenMark =
  /** The bar of one dataset (a group) at one category, in a bar chart or histogram. */
  | { kind: "bar"; datasetIndex: number; index: number }
  /**
   * Part of a stacked (diverging) row: drawn at `value` on the axis `axisId`, outward from
   * there ("left" or "right"), or centred on it.
   */
  | { kind: "stack"; index: number; axisId: string; value: number; place: "left" | "right" | "centre" };

const ink = "#4a5560";
const gap = 4;

function hatchPattern(ctx: CanvasRenderingContext2D): CanvasPattern | string {
  const tile = document.createElement("canvas");
  tile.width = tile.height = 8;
  const c = tile.getContext("2d");
  if (!c) return ink;
  c.fillStyle = "#fff";
  c.fillRect(0, 0, 8, 8);
  c.strokeStyle = ink;
  c.lineWidth = 1.5;
  c.beginPath();
  for (const offset of [-8, 0, 8]) {
    c.moveTo(offset, 8);
    c.lineTo(offset + 8, 0);
  }
  c.stroke();
  return ctx.createPattern(tile, "repeat") ?? ink;
}

/** The plugin keeps its marks in view, so what a chart marks can be read back from it. */
export function hiddenMarksPlugin(marks: HiddenMark[], text: string, font: { family: string; size: number }): Plugin<"bar"> & { marks: HiddenMark[] } {
  return {
    id: "hiddenMarks",
    marks,
    afterDatasetsDraw(chart: Chart<"bar">) {
      if (!marks.length) return;
      const { ctx, chartArea } = chart;
      const pattern = hatchPattern(ctx);
      const horizontal = chart.options.indexAxis === "y";
      ctx.save();
      ctx.textBaseline = "middle";

      // A hatched square and the word, on a white ground, between the bounds (an axis's panel).
      // Where the word would cover bars (a narrow chart) or another mark of the same row (hidden
      // counts side by side have no length to keep them apart), the square alone says it, moved
      // outward past the marks already drawn: the page's note says what the hatching means.
      const drawnInRow = new Map<number, { left: number; right: number }[]>();
      const label = (x: number, y: number, band: number, place: "left" | "right" | "centre", bounds: { left: number; right: number }) => {
        const size = Math.max(8, Math.min(font.size, band * 0.8));
        ctx.font = `italic ${size}px ${font.family}`;
        const taken = drawnInRow.get(y) ?? [];
        const clash = (left: number, width: number) => taken.filter((t) => left < t.right + gap && left + width > t.left - gap);
        const placed = (width: number) => {
          const left = place === "right" ? x + gap : place === "left" ? x - gap - width : x - width / 2;
          return Math.min(Math.max(left, bounds.left + 1), bounds.right - width - 1);
        };
        const room = place === "right" ? bounds.right - x - gap : place === "left" ? x - gap - bounds.left : bounds.right - bounds.left;
        const withWord = size + gap + ctx.measureText(text).width;
        const width = withWord <= room && !clash(placed(withWord), withWord).length ? withWord : size;
        let left = placed(width);
        for (let others = clash(left, width); others.length; others = clash(left, width)) {
          left = place === "left" ? Math.min(...others.map((t) => t.left)) - gap - width : Math.max(...others.map((t) => t.right)) + gap;
        }
        taken.push({ left, right: left + width });
        drawnInRow.set(y, taken);
        ctx.fillStyle = "rgba(255, 255, 255, 0.9)";
        ctx.fillRect(left - 2, y - size / 2 - 2, width + 4, size + 4);
        ctx.fillStyle = pattern;
        ctx.fillRect(left, y - size / 2, size, size);
        ctx.strokeStyle = ink;
        ctx.lineWidth = 1;
        ctx.strokeRect(left, y - size / 2, size, size);
        if (width === size) return;
        ctx.fillStyle = ink;
        ctx.textAlign = "left";
        ctx.fillText(text, left + size + gap, y);
      };

      // A narrow column: the square at the base, the word upwards from it.
      const column = (x: number, base: number, band: number) => {
        const size = Math.max(8, Math.min(font.size, band * 0.8));
        ctx.font = `italic ${size}px ${font.family}`;
        ctx.fillStyle = pattern;
        ctx.fillRect(x - size / 2, base - size - 1, size, size);
        ctx.strokeStyle = ink;
        ctx.lineWidth = 1;
        ctx.strokeRect(x - size / 2, base - size - 1, size, size);
        ctx.save();
        ctx.translate(x, base - size - 1 - gap);
        ctx.rotate(-Math.PI / 2);
        ctx.fillStyle = ink;
        ctx.textAlign = "left";
        ctx.fillText(text, 0, 0);
        ctx.restore();
      };

      for (const mark of marks) {
        if (mark.kind === "bar") {
          const element = chart.getDatasetMeta(mark.datasetIndex).data[mark.index];
          if (!element) continue;
          const { x, y, width, height } = element.getProps(["x", "y", "width", "height"], true) as { x: number; y: number; width: number; height: number };
          if (horizontal) label(chart.scales.x!.getPixelForValue(0), y, height, "right", chartArea);
          else column(x, chart.scales.y!.getPixelForValue(0), width);
        } else {
          const axis = chart.scales[mark.axisId];
          const rows = chart.scales.y;
          if (!axis || !rows) continue;
          const count = Math.max(1, chart.data.labels?.length ?? 1);
          label(axis.getPixelForValue(mark.value), rows.getPixelForValue(mark.index), (rows.height / count) * 0.7, mark.place, axis);
        }
      }
      ctx.restore();
    },
  };
}
