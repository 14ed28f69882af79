import { inject } from "vitest";

// Before any test module is imported, so the app's Prisma client connects to the test database.
process.env.DATABASE_URL = inject("databaseUrl");
