import { randomBytes } from "node:crypto";
import path from "node:path";
import pg from "pg";
import { checkConnection, withDatabase } from "../../server/database-url";
import { startEmbeddedPostgres } from "../../server/embedded-postgres";
import { applyMigrations } from "../../server/migrate";

// Every test run gets its own fresh, migrated database: on the local PostgreSQL when there is
// one (CI and developers' machines: 127.0.0.1:5432, user postgres), otherwise on the
// embedded server, so `npm test` also passes on a machine with nothing but Node.js.

const localServer = process.env.TEST_POSTGRES_URL ?? "postgresql://postgres@127.0.0.1:5432/postgres";
const root = path.resolve(import.meta.dirname, "../..");

export interface TestDatabase {
  url: string;
  drop: () => Promise<void>;
}

async function adminQuery(serverUrl: string, sql: string) {
  const client = new pg.Client({ connectionString: serverUrl });
  await client.connect();
  try {
    await client.query(sql);
  } finally {
    await client.end();
  }
}

export async function createTestDatabase(prefix: string): Promise<TestDatabase> {
  let serverUrl = localServer;
  let stopServer = async () => {};
  if (await checkConnection(localServer)) {
    const embedded = await startEmbeddedPostgres(path.join(root, ".data/test-postgres"));
    serverUrl = embedded.serverUrl;
    stopServer = embedded.stop;
  }
  const name = `${prefix}_${randomBytes(6).toString("hex")}`;
  await adminQuery(serverUrl, `CREATE DATABASE ${name}`);
  const url = withDatabase(serverUrl, name);
  await applyMigrations(url);
  return {
    url,
    drop: async () => {
      await adminQuery(serverUrl, `DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
      await stopServer();
    },
  };
}
