import type { z } from "zod";
import type { MessageKey } from "~/i18n/messages/en";

/** Message keys by field; the schemas' messages are translation keys. */
export type FormErrors = Partial<Record<string, MessageKey>>;

/** The first problem of each field. */
export function errorsByField(error: z.ZodError): FormErrors {
  const errors: FormErrors = {};
  for (const issue of error.issues) errors[String(issue.path[0])] ??= issue.message as MessageKey;
  return errors;
}
