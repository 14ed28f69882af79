import { mkdirSync, writeFileSync } from "node:fs";
import path from "node:path";
import { e2eDatabaseFile } from "./e2e-database-file";
import { createTestDatabase } from "./test-database";

// The browser tests' server: the real start-up (server/main.ts) on a fresh database. Its
// address is left in a file for the tests, which check what the database holds, and for
// the global teardown, which drops it.
const database = await createTestDatabase("balss_e2e");
mkdirSync(path.dirname(e2eDatabaseFile), { recursive: true });
writeFileSync(e2eDatabaseFile, database.url);
process.env.DATABASE_URL = database.url;
await import("../../server/main");
