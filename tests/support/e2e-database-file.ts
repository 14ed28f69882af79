import path from "node:path";

/** Where the browser tests' server leaves the address of its fresh database. */
export const e2eDatabaseFile = path.resolve(import.meta.dirname, "../../.data/e2e-database-url");
