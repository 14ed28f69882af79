import { PrismaPg } from "@prisma/adapter-pg";
import { PrismaClient } from "~/generated/prisma/client";

// One client for the whole process; in development the module is re-evaluated on every
// rebuild, so the instance is kept on globalThis to avoid piling up connection pools.
const globalForPrisma = globalThis as unknown as { balssPrisma?: PrismaClient };

function createClient() {
  const connectionString = process.env.DATABASE_URL;
  if (!connectionString) throw new Error("DATABASE_URL is not set");
  return new PrismaClient({ adapter: new PrismaPg({ connectionString, max: 10 }) });
}

export const prisma = (globalForPrisma.balssPrisma ??= createClient());
