import { PrismaPg } from "@prisma/adapter-pg";
import { defineConfig } from "prisma/config";
import { compatiblePool } from "./prisma/compatible-pool.ts";

// The CLI runs on its JavaScript engines through the pg adapter, so it needs no native
// engine download (docs/decisions/002-prisma-6-js-engines.md).
export default defineConfig({
  schema: "prisma/schema.prisma",
  migrations: { path: "prisma/migrations" },
  experimental: { adapter: true },
  engine: "js",
  adapter: async () => {
    const connectionString = process.env.DATABASE_URL;
    if (!connectionString) throw new Error("DATABASE_URL is not set");
    return new PrismaPg(compatiblePool({ connectionString }));
  },
});
