import { hash, verify } from "@node-rs/argon2";
import { z } from "zod";

/** OWASP's argon2id minimum: 19 MiB of memory, 2 passes, 1 lane. */
// algorithm 2 is Argon2id (the package's const enum cannot be imported with isolatedModules).
export const argon2Options = { algorithm: 2, memoryCost: 19456, timeCost: 2, parallelism: 1 } as const;

export const passwordSchema = z
  .string()
  .min(12, { error: "password.tooShort" })
  .max(256, { error: "password.tooLong" });

/** A new password typed twice (the invitation link's form; changing a password also asks for the current one). */
export const newPasswordSchema = z.object({ next: passwordSchema, confirm: z.string().max(256) });

export function hashPassword(password: string): Promise<string> {
  return hash(password, argon2Options);
}

export async function verifyPassword(passwordHash: string | null, password: string): Promise<boolean> {
  // Without a hash, spend the same time anyway, so timing does not reveal which accounts exist.
  if (!passwordHash) {
    await hash(password, argon2Options);
    return false;
  }
  try {
    return await verify(passwordHash, password);
  } catch {
    return false;
  }
}
