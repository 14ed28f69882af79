import { z } from "zod";

// Projects and events each have their own IANA time zone (docs/decisions/029-event-time-zones.md).
// The zones offered and accepted are the ones the runtime knows, so every stored zone can be
// formatted with Intl.DateTimeFormat.

let runtimeZones: ReadonlySet<string> | null = null;

/** The IANA zones this runtime formats dates in (Intl.supportedValuesOf), in its order. */
export function runtimeTimeZones(): ReadonlySet<string> {
  runtimeZones ??= new Set(Intl.supportedValuesOf("timeZone"));
  return runtimeZones;
}

export function isTimeZone(value: unknown): value is string {
  return typeof value === "string" && runtimeTimeZones().has(value);
}

/**
 * The zone a new project starts with until an admin picks another: Daugavpils's, the first
 * installation's (and the zone of the former TZ_DISPLAY default).
 */
export const fallbackProjectTimeZone = "Europe/Riga";

/**
 * A time zone picked in a form. A missing or unknown name is refused with "timeZone.unknown";
 * `allowAutomatic` also accepts "" (the event form's "from the host partner's country").
 */
export function timeZoneField({ allowAutomatic = false } = {}) {
  return z
    .string({ error: "timeZone.unknown" })
    .refine((value) => (allowAutomatic && value === "") || isTimeZone(value), { error: "timeZone.unknown" });
}

/**
 * The zone of a European country's capital (ISO 3166-1 alpha-2), for the zone of an event from
 * its host partner's country. Candidates in order: runtimes name a few zones differently.
 * prisma/migrations/20261201020331_time_zones uses the same map.
 */
const countryZones: Record<string, string[]> = {
  AT: ["Europe/Vienna"], BE: ["Europe/Brussels"], BG: ["Europe/Sofia"], CY: ["Asia/Nicosia"],
  CZ: ["Europe/Prague"], DE: ["Europe/Berlin"], DK: ["Europe/Copenhagen"], EE: ["Europe/Tallinn"],
  ES: ["Europe/Madrid"], FI: ["Europe/Helsinki"], FR: ["Europe/Paris"], GR: ["Europe/Athens"],
  HR: ["Europe/Zagreb"], HU: ["Europe/Budapest"], IE: ["Europe/Dublin"], IT: ["Europe/Rome"],
  LT: ["Europe/Vilnius"], LU: ["Europe/Luxembourg"], LV: ["Europe/Riga"], MT: ["Europe/Malta"],
  NL: ["Europe/Amsterdam"], PL: ["Europe/Warsaw"], PT: ["Europe/Lisbon"], RO: ["Europe/Bucharest"],
  SE: ["Europe/Stockholm"], SI: ["Europe/Ljubljana"], SK: ["Europe/Bratislava"],
  AD: ["Europe/Andorra"], AL: ["Europe/Tirane"], AM: ["Asia/Yerevan"], AZ: ["Asia/Baku"],
  BA: ["Europe/Sarajevo"], BY: ["Europe/Minsk"], CH: ["Europe/Zurich"], FO: ["Atlantic/Faroe", "Atlantic/Faeroe"],
  GE: ["Asia/Tbilisi"], GB: ["Europe/London"], GI: ["Europe/Gibraltar"], IS: ["Atlantic/Reykjavik"],
  LI: ["Europe/Vaduz"], MC: ["Europe/Monaco"], MD: ["Europe/Chisinau"], ME: ["Europe/Podgorica"],
  MK: ["Europe/Skopje"], NO: ["Europe/Oslo"], RS: ["Europe/Belgrade"], RU: ["Europe/Moscow"],
  SM: ["Europe/San_Marino"], TR: ["Europe/Istanbul"], UA: ["Europe/Kyiv", "Europe/Kiev"], VA: ["Europe/Vatican"],
};

/** The time zone of a country's capital, or null for a country outside the map. */
export function countryTimeZone(country: string | null | undefined): string | null {
  return countryZones[(country ?? "").toUpperCase()]?.find(isTimeZone) ?? null;
}

/** "Stockholm" for Europe/Stockholm, "Buenos Aires" for America/Argentina/Buenos_Aires. */
function zoneCity(timeZone: string): string {
  return (timeZone.split("/").pop() ?? timeZone).replace(/_/g, " ");
}

/** The zone's name in a language, as Intl writes it ("Centrāleiropas laiks"); null when it has none. */
function genericZoneName(timeZone: string, lang: string): string | null {
  try {
    const parts = new Intl.DateTimeFormat(lang, { timeZone, timeZoneName: "longGeneric" }).formatToParts(new Date());
    return parts.find((part) => part.type === "timeZoneName")?.value ?? null;
  } catch {
    return null;
  }
}

/**
 * A zone as people read it: its city and its name in the page's language, "Stockholm
 * (Central European Time)". The city stays as the IANA name has it (Intl has no localized city
 * names); the name in brackets tells neighbouring zones apart.
 */
export function describeTimeZone(timeZone: string, lang: string): string {
  const city = zoneCity(timeZone);
  const name = genericZoneName(timeZone, lang);
  return name && name !== city && !/^GMT|^UTC/.test(name) ? `${city} (${name})` : city;
}

export interface TimeZoneChoices {
  /** The zones a form offers first (the partners' countries', the project's, the current one), with readable names. */
  first: { value: string; label: string }[];
  /** Every other zone of the runtime, by IANA name (each zone is listed once, so the current one is selected in its readable form). */
  all: string[];
}

/** The choices of a time zone list: `first` (duplicates and unknown zones dropped), then every other zone. */
export function timeZoneChoices(first: (string | null | undefined)[], lang: string): TimeZoneChoices {
  const firstZones = [...new Set(first.filter(isTimeZone))];
  return {
    first: firstZones.map((value) => ({ value, label: describeTimeZone(value, lang) })),
    all: [...runtimeTimeZones()].filter((zone) => !firstZones.includes(zone)),
  };
}
