/** Letters and digits that cannot be mistaken for one another (no 0/O, 1/I/L). */
export const joinCodeAlphabet = "ABCDEFGHJKMNPQRSTUVWXYZ23456789";
export const joinCodeLength = 6;

const joinCodePattern = new RegExp(`^[${joinCodeAlphabet}]{${joinCodeLength}}$`);

/** What a resident typed, as stored: case ignored, spaces and dashes dropped. */
export function normalizeJoinCode(input: string): string {
  return input.replace(/[\s\-‐-―]/g, "").toUpperCase();
}

export function isWellFormedJoinCode(code: string): boolean {
  return joinCodePattern.test(code);
}
