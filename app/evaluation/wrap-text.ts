/** Anything that measures text in the font its caller set, such as a canvas's 2D context. */
export interface TextMeasure {
  measureText(text: string): { width: number };
}

/**
 * Breaks a text into lines no wider than `maxWidth`, at spaces; a word wider than a whole line
 * is broken inside, so no line is ever cut off where it is drawn.
 */
export function wrapText(measure: TextMeasure, text: string, maxWidth: number): string[] {
  const fits = (line: string) => measure.measureText(line).width <= maxWidth;
  const lines: string[] = [];
  let line = "";
  for (const word of text.split(/\s+/).filter(Boolean)) {
    const joined = line ? `${line} ${word}` : word;
    if (fits(joined)) {
      line = joined;
      continue;
    }
    if (line) lines.push(line);
    line = word;
    while (!fits(line) && line.length > 1) {
      let cut = line.length - 1;
      while (cut > 1 && !fits(line.slice(0, cut))) cut--;
      lines.push(line.slice(0, cut));
      line = line.slice(cut);
    }
  }
  if (line || !lines.length) lines.push(line);
  return lines;
}
