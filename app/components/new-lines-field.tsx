import { textDirection } from "~/i18n/languages";
import { useEffect, useRef, useState, type ClipboardEvent, type KeyboardEvent } from "react";

interface Props {
  /** Field name; the server reads every value under it, one item per line. */
  name: string;
  lang: string;
  legend: string;
  /** Label of the whole list as one text area, without JavaScript ("one per line"). */
  areaLabel: string;
  /** Label of the n-th single field, with JavaScript. */
  itemLabel: (n: number) => string;
  hint: string;
  /** Empty fields to start with, with JavaScript. */
  emptyFields: number;
  /** Lines to show again after a refused save. */
  initial?: string;
  error?: string;
}

const splitLines = (text: string) => text.split(/\r\n|\r|\n/).map((line) => line.trim()).filter(Boolean);

/**
 * New options (or statements) of a question: a text area taking one per line, which works
 * without JavaScript; once the page is hydrated, one field per item instead, always with an
 * empty one at the end, where several lines pasted at once become several fields and Enter
 * moves on to the next field.
 */
export function NewLinesField({ name, lang, legend, areaLabel, itemLabel, hint, emptyFields, initial = "", error }: Props) {
  const [hydrated, setHydrated] = useState(false);
  useEffect(() => setHydrated(true), []);
  const hintId = `${name}-hint`;
  const errorId = `${name}-error`;
  const describedBy = error ? `${hintId} ${errorId}` : hintId;
  return (
    <fieldset className="new-lines">
      <legend>{legend}</legend>
      <p className="hint" id={hintId}>
        {hint}
      </p>
      {hydrated ? (
        <LineFields name={name} lang={lang} itemLabel={itemLabel} emptyFields={emptyFields} initial={initial} describedBy={describedBy} />
      ) : (
        <div className="field">
          <label htmlFor={name}>{areaLabel}</label>
          <textarea id={name} name={name} lang={lang} dir={textDirection(lang)} rows={4} defaultValue={initial} aria-describedby={describedBy} />
        </div>
      )}
      {error ? (
        <p className="field-error" id={errorId}>
          {error}
        </p>
      ) : null}
    </fieldset>
  );
}

function LineFields({ name, lang, itemLabel, emptyFields, initial, describedBy }: Omit<Props, "legend" | "areaLabel" | "hint"> & { describedBy: string }) {
  const [lines, setLines] = useState(() => withEmptyEnd(splitLines(initial ?? ""), emptyFields));
  const inputs = useRef<(HTMLInputElement | null)[]>([]);
  const [focus, setFocus] = useState<number | null>(null);
  useEffect(() => {
    if (focus === null) return;
    inputs.current[focus]?.focus();
    setFocus(null);
  }, [focus]);

  const change = (index: number, value: string) => setLines((current) => withEmptyEnd(current.map((line, i) => (i === index ? value : line)), emptyFields));
  const paste = (index: number, event: ClipboardEvent<HTMLInputElement>) => {
    const pasted = splitLines(event.clipboardData.getData("text"));
    if (pasted.length < 2) return;
    event.preventDefault();
    const field = event.currentTarget;
    const before = field.value.slice(0, field.selectionStart ?? field.value.length);
    const after = field.value.slice(field.selectionEnd ?? field.value.length);
    const items = [before + pasted[0]!, ...pasted.slice(1, -1), pasted.at(-1)! + after];
    setLines((current) => withEmptyEnd([...current.slice(0, index), ...items, ...current.slice(index + 1)], emptyFields));
    setFocus(index + items.length);
  };
  const next = (index: number, event: KeyboardEvent<HTMLInputElement>) => {
    if (event.key !== "Enter") return;
    // Enter moves on to the next item rather than saving a half-written list.
    event.preventDefault();
    setLines((current) => (index === current.length - 1 ? [...current, ""] : current));
    setFocus(index + 1);
  };
  return (
    <>
      {lines.map((line, index) => (
        <div className="field" key={index}>
          <label htmlFor={`${name}-${index + 1}`}>{itemLabel(index + 1)}</label>
          <input
            id={`${name}-${index + 1}`}
            name={name}
            lang={lang}
            dir={textDirection(lang)}
            maxLength={1000}
            value={line}
            ref={(element) => {
              inputs.current[index] = element;
            }}
            aria-describedby={describedBy}
            onChange={(event) => change(index, event.target.value)}
            onPaste={(event) => paste(index, event)}
            onKeyDown={(event) => next(index, event)}
          />
        </div>
      ))}
    </>
  );
}

/** At least `minimum` fields, the last one always empty for the next item. */
function withEmptyEnd(lines: string[], minimum: number): string[] {
  const result = [...lines];
  if (!result.length || result.at(-1)) result.push("");
  while (result.length < minimum) result.push("");
  return result;
}
