import { transliterate } from "~/utils/transliterate";

// An option's code (Option.value) is what form fields and exports carry: readable, made from
// the label ("Bus stop" → bus_stop), unique within its question (docs/decisions/014).

export const maxCodeLength = 40;
const codePattern = /^[a-z0-9_]+$/;

export function isValidCode(code: string): boolean {
  return code.length > 0 && code.length <= maxCodeLength && codePattern.test(code);
}

/** "Autobusa pietura" → autobusa_pietura, "Да, часто" → da_chasto; "" when nothing Latin is left. */
export function codeFromLabel(label: string): string {
  return transliterate(label)
    .toLowerCase()
    .replace(/['’ʼ`]/g, "")
    .replace(/[^a-z0-9]+/g, "_")
    .replace(/^_+/, "")
    .slice(0, maxCodeLength)
    .replace(/_+$/, "");
}

/** `wanted`, or `wanted_2`, `wanted_3` … whichever is not yet taken. */
export function uniqueCode(wanted: string, taken: ReadonlySet<string>): string {
  if (!taken.has(wanted)) return wanted;
  for (let n = 2; ; n++) {
    const suffix = `_${n}`;
    const candidate = wanted.slice(0, maxCodeLength - suffix.length) + suffix;
    if (!taken.has(candidate)) return candidate;
  }
}

/**
 * The code for an option labelled `label` at `position` (0 first), not among `used`, which it
 * joins. A label with no letter or digit that has a Latin spelling (Arabic, "—") gives option_N.
 */
export function codeForLabel(label: string, position: number, used: Set<string>): string {
  const code = uniqueCode(codeFromLabel(label) || `option_${position + 1}`, used);
  used.add(code);
  return code;
}

/** Whether a code is the one its label gives (with uniqueCode's _N or not): nobody chose it by hand. */
export function isDerivedCode(code: string, label: string): boolean {
  const derived = codeFromLabel(label);
  if (!derived) return /^option_\d+$/.test(code);
  if (code === derived) return true;
  const numbered = /^(.+)_(\d+)$/.exec(code);
  return Boolean(numbered && numbered[1] === derived.slice(0, maxCodeLength - 1 - numbered[2]!.length));
}
