import { z } from "zod";

/** An optional whole number typed into a form: empty means none (null). */
export function optionalWholeNumber(max: number) {
  return z
    .string()
    .trim()
    .default("")
    .transform((value, ctx) => {
      if (!value) return null;
      const n = Number(value);
      if (!Number.isInteger(n) || n < 0 || n > max) ctx.addIssue({ code: "custom", message: "event.countInvalid" });
      return n;
    });
}
