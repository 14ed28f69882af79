import { existsSync, readFileSync, rmSync } from "node:fs";
import pg from "pg";
import { e2eDatabaseFile } from "./e2e-database-file";

export default async function teardown() {
  if (!existsSync(e2eDatabaseFile)) return;
  const url = new URL(readFileSync(e2eDatabaseFile, "utf8"));
  const name = url.pathname.slice(1);
  url.pathname = "/postgres";
  const client = new pg.Client({ connectionString: url.toString() });
  await client.connect();
  await client.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
  await client.end();
  rmSync(e2eDatabaseFile);
}
