const keyPattern = /^[a-z0-9_]{1,40}$/;

/**
 * Whether a question key from an address or a form is written as keys are (the templates'
 * `age_band`, the builder's `q12`): anything else names no question and is looked up nowhere.
 */
export function isQuestionKey(value: unknown): value is string {
  return typeof value === "string" && keyPattern.test(value);
}
