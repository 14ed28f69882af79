import { typedNumber } from "~/i18n/format-number";

type Vars = Record<string, string | number>;

/**
 * A number field's bounds (`min`, `max`) as the resident would type them: written with digit
 * grouping, a year would read "1,990", which the field refuses. Other numbers stay as they are.
 */
export function typedBounds(vars: Vars, lang: string): Vars {
  return Object.fromEntries(
    Object.entries(vars).map(([name, value]) => [name, (name === "min" || name === "max") && typeof value === "number" ? typedNumber(value, lang) : value]),
  );
}
