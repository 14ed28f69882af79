import { spawnSync } from "node:child_process";
import { fileURLToPath } from "node:url";

const prismaWrapper = fileURLToPath(new URL("../scripts/prisma.js", import.meta.url));

/** Applies the committed migrations with `prisma migrate deploy`; throws with its output on failure. */
export function applyMigrations(databaseUrl: string) {
  const result = spawnSync(process.execPath, [prismaWrapper, "migrate", "deploy"], {
    env: { ...process.env, DATABASE_URL: databaseUrl },
    encoding: "utf8",
  });
  if (result.status !== 0) {
    throw new Error(`Applying database migrations failed:\n${result.stdout}\n${result.stderr}`);
  }
}
