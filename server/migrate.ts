import { spawn } from "node:child_process";
import { fileURLToPath } from "node:url";

const prismaWrapper = fileURLToPath(new URL("../scripts/prisma.js", import.meta.url));
const done = /All migrations have been successfully applied|No pending migrations to apply/;

/**
 * Applies the committed migrations with `prisma migrate deploy`; throws with its output on
 * failure. Prisma's WASM schema engine leaves a ~10 s timer running after it has finished,
 * so once the CLI reports success the process is not waited for.
 */
export function applyMigrations(databaseUrl: string): Promise<void> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [prismaWrapper, "migrate", "deploy"], {
      env: { ...process.env, DATABASE_URL: databaseUrl },
    });
    let output = "";
    let succeeded = false;
    const collect = (chunk: Buffer) => {
      output += chunk.toString();
      if (!succeeded && done.test(output)) {
        succeeded = true;
        // Let it finish printing, then end it: the work is committed.
        setTimeout(() => child.kill(), 200).unref();
        resolve();
      }
    };
    child.stdout.on("data", collect);
    child.stderr.on("data", collect);
    child.on("error", reject);
    child.on("close", (code) => {
      if (succeeded) return;
      if (code === 0) resolve();
      else reject(new Error(`Applying database migrations failed:\n${output}`));
    });
  });
}
