import { timingSafeEqual } from "node:crypto";

/** Whether a form's anti-forgery token is the expected one, compared in constant time. */
export function isSameToken(sent: unknown, expected: string | null | undefined): boolean {
  if (typeof sent !== "string" || !expected) return false;
  const a = Buffer.from(sent);
  const b = Buffer.from(expected);
  return a.length === b.length && timingSafeEqual(a, b);
}
