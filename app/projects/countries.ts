/**
 * Countries an event's participants can come from, for the attendance split that EU programme
 * reports ask for: ISO 3166-1 alpha-2 codes of the EU and the rest of Europe. A project's
 * partners may add others (their own country is always allowed).
 */
export const europeanCountries = [
  // European Union
  "AT", "BE", "BG", "CY", "CZ", "DE", "DK", "EE", "ES", "FI", "FR", "GR", "HR", "HU", "IE", "IT",
  "LT", "LU", "LV", "MT", "NL", "PL", "PT", "RO", "SE", "SI", "SK",
  // The rest of Europe
  "AD", "AL", "AM", "AZ", "BA", "BY", "CH", "FO", "GE", "GB", "GI", "IS", "LI", "MC", "MD", "ME",
  "MK", "NO", "RS", "RU", "SM", "TR", "UA", "VA",
] as const;

/** A country's name in a language, from the runtime's own data (Intl.DisplayNames). */
export function countryName(code: string, lang: string): string {
  try {
    return new Intl.DisplayNames([lang, "en"], { type: "region" }).of(code) ?? code;
  } catch {
    return code;
  }
}

/**
 * The choices of a country list: the partners' countries first (in the partners' order), then
 * every other European country by name.
 */
export function countryChoices(partnerCountries: string[], lang: string): { code: string; name: string }[] {
  const first = [...new Set(partnerCountries.map((c) => c.toUpperCase()))];
  const rest = europeanCountries
    .filter((code) => !first.includes(code))
    .map((code) => ({ code, name: countryName(code, lang) }))
    .sort((a, b) => a.name.localeCompare(b.name, lang));
  return [...first.map((code) => ({ code, name: countryName(code, lang) })), ...rest];
}
