import { randomInt } from "node:crypto";
import { Prisma } from "~/generated/prisma/client";
import { joinCodeAlphabet, joinCodeLength } from "./join-code";

export function randomJoinCode(): string {
  return Array.from({ length: joinCodeLength }, () => joinCodeAlphabet[randomInt(joinCodeAlphabet.length)]).join("");
}

/** Runs `write` with a random join code, again with another one while the code is taken meanwhile. */
export async function withFreshJoinCode<T>(write: (joinCode: string) => Promise<T>): Promise<T> {
  for (let attempt = 0; attempt < 10; attempt++) {
    try {
      return await write(randomJoinCode());
    } catch (error) {
      if (!(error instanceof Prisma.PrismaClientKnownRequestError && error.code === "P2002")) throw error;
    }
  }
  throw new Error("No free join code after 10 attempts");
}
