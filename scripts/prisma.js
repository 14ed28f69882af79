#!/usr/bin/env node
// Runs the Prisma CLI on its JavaScript engines only. Prisma 6 still looks for native engine
// files before some commands and tries to download them when missing, which fails offline;
// pointing those variables at any existing file skips the download
// (docs/decisions/002-prisma-6-js-engines.md).
import { spawn } from "node:child_process";
import { createRequire } from "node:module";

const require = createRequire(import.meta.url);
const cli = require.resolve("prisma/build/index.js");
const env = {
  ...process.env,
  PRISMA_QUERY_ENGINE_LIBRARY: process.env.PRISMA_QUERY_ENGINE_LIBRARY ?? process.execPath,
  PRISMA_SCHEMA_ENGINE_BINARY: process.env.PRISMA_SCHEMA_ENGINE_BINARY ?? process.execPath,
  PRISMA_HIDE_UPDATE_MESSAGE: "1",
  // The CLI's update check calls a host these machines cannot reach and waits ~10 s for it.
  CHECKPOINT_DISABLE: "1",
};
const child = spawn(process.execPath, [cli, ...process.argv.slice(2)], { stdio: "inherit", env });
// A signal to this wrapper reaches the CLI too, or the CLI would live on alone (server/migrate.ts
// ends a finished `migrate deploy` with SIGTERM).
for (const signal of ["SIGINT", "SIGTERM", "SIGHUP"]) process.on(signal, () => child.kill(signal));
child.on("exit", (code) => process.exit(code ?? 1));
