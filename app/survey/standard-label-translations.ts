import { agreementScale } from "./agreement-scale";
import { frequencyScale, satisfactionScale } from "./standard-scales";

const standardLabels = [...agreementScale(7, true), ...agreementScale(5, false), ...frequencyScale(), ...satisfactionScale()].map(
  (option): Record<string, string> => option.label,
);

/**
 * The standard scale's own wording of `text` in `targetLanguage`, when `text` is a standard scale
 * label unchanged in `sourceLanguage`: a language added later gets "Strongly agree" ready, as a
 * questionnaire created with it would have.
 */
export function standardTranslation(text: Record<string, string>, sourceLanguage: string, targetLanguage: string): string | undefined {
  const source = text[sourceLanguage];
  if (!source) return undefined;
  return standardLabels.find((label) => label[sourceLanguage] === source && label[targetLanguage])?.[targetLanguage];
}
