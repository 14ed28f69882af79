// Intl.NumberFormat is slow to construct and a results page formats hundreds of numbers.
const formats = new Map<string, Intl.NumberFormat>();

/**
 * A number as the page's language writes it: its decimal mark and digit grouping ("1 234,5" in
 * Finnish, "1.234,5" in German). Exports keep the decimal point: they are read by machines.
 */
export function formatNumber(value: number, lang: string, options?: Intl.NumberFormatOptions): string {
  const id = options ? `${lang} ${JSON.stringify(options)}` : lang;
  let format = formats.get(id);
  if (!format) {
    format = new Intl.NumberFormat(lang, options);
    formats.set(id, format);
  }
  return format.format(value);
}

/**
 * A number as a resident types it into a number field: the language's decimal mark, and no
 * grouping, which the field refuses (a year reads 1990, not "1,990").
 */
export function typedNumber(value: number, lang: string): string {
  return formatNumber(value, lang, { useGrouping: false, maximumFractionDigits: 20 });
}
