// npm run db:migration -- NAME
// Writes the SQL that takes a database from the committed migrations to prisma/schema.prisma.
// `prisma migrate dev` needs a shadow database that the JS engines cannot manage
// (docs/decisions/002-prisma-6-js-engines.md), so: apply the migrations to a scratch
// database, read its schema back with `db pull`, and diff that against the schema file.
import { execFileSync } from "node:child_process";
import { mkdirSync, mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { createTestDatabase } from "../tests/support/test-database";

const name = (process.argv[2] ?? "").replace(/[^a-z0-9_]/gi, "_").toLowerCase();
if (!name) {
  console.error("Usage: npm run db:migration -- name_of_the_change");
  process.exit(1);
}

const prisma = (args: string[], databaseUrl: string) =>
  execFileSync(process.execPath, ["scripts/prisma.js", ...args], {
    env: { ...process.env, DATABASE_URL: databaseUrl },
    encoding: "utf8",
    stdio: ["ignore", "pipe", "inherit"],
  });

const scratch = await createTestDatabase("balss_scratch");
try {
  const pulled = prisma(["db", "pull", "--print"], scratch.url);
  const schemaFromMigrations = pulled.slice(pulled.indexOf("generator client"));
  const folder = mkdtempSync(path.join(tmpdir(), "balss-migration-"));
  writeFileSync(path.join(folder, "schema.prisma"), schemaFromMigrations);
  const sql = prisma(
    ["migrate", "diff", "--from-schema-datamodel", path.join(folder, "schema.prisma"), "--to-schema-datamodel", "prisma/schema.prisma", "--script"],
    scratch.url,
  );
  if (sql.includes("This is an empty migration")) {
    console.log("The schema matches the committed migrations: nothing to write.");
  } else {
    const stamp = new Date().toISOString().replace(/\D/g, "").slice(0, 14);
    const target = path.join("prisma/migrations", `${stamp}_${name}`);
    mkdirSync(target, { recursive: true });
    writeFileSync(path.join(target, "migration.sql"), sql);
    console.log(`Wrote ${target}/migration.sql — read it, then commit it.`);
  }
} finally {
  await scratch.drop();
}
