import pg from "pg";
import { describe, expect, it } from "vitest";
import { createDatabaseClient, isDatabaseUnavailable } from "~/db.server";

async function rejection(promise: Promise<unknown>) {
  try {
    await promise;
  } catch (error) {
    return error;
  }
  throw new Error("expected the query to fail");
}

describe("when the database cannot serve a query", () => {
  it("answers 503 with Retry-After within a second when PostgreSQL is down", async () => {
    const client = createDatabaseClient("postgresql://postgres@127.0.0.1:1/balss");
    const started = Date.now();
    const error = await rejection(client.project.count());
    expect(Date.now() - started).toBeLessThan(1500);
    expect(error).toBeInstanceOf(Response);
    expect((error as Response).status).toBe(503);
    expect((error as Response).headers.get("Retry-After")).toBe("5");
    // Also when it is the start of an interactive transaction that fails.
    const inTransaction = await rejection(client.$transaction(async (tx) => tx.project.count()));
    expect((inTransaction as Response).status).toBe(503);
    await client.$disconnect();
  });

  it("answers 503 within about a second when every connection of the pool is busy", async () => {
    const client = createDatabaseClient(process.env.DATABASE_URL!);
    const busy = Array.from({ length: 10 }, () => client.$transaction(async (tx) => tx.$queryRaw`SELECT 1 AS slept FROM pg_sleep(2.5)`, { timeout: 10_000 }));
    await new Promise((resolve) => setTimeout(resolve, 300));
    const started = Date.now();
    const error = await rejection(client.project.count());
    expect(Date.now() - started).toBeLessThan(2000);
    expect((error as Response).status).toBe(503);
    await Promise.all(busy);
    // And it recovers by itself once connections are free again.
    expect(await client.project.count()).toBeGreaterThanOrEqual(0);
    await client.$disconnect();
  });

  it("gives back the connections of transactions that a server crash cut off", async () => {
    const client = createDatabaseClient(process.env.DATABASE_URL!);
    // As many transactions as the pool has connections, each cut while it waits on the server.
    const cut = Array.from({ length: 10 }, () =>
      rejection(client.$transaction(async (tx) => tx.$queryRaw`SELECT 1 AS balss_cut_me FROM pg_sleep(5)`, { timeout: 10_000 })),
    );
    const admin = new pg.Client({ connectionString: process.env.DATABASE_URL });
    await admin.connect();
    for (let terminated = 0; terminated < 10; ) {
      await new Promise((resolve) => setTimeout(resolve, 100));
      const { rowCount } = await admin.query(
        "SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE query LIKE '%balss_cut_me%' AND pid <> pg_backend_pid()",
      );
      terminated += rowCount ?? 0;
    }
    await admin.end();
    for (const error of await Promise.all(cut)) expect((error as Response).status).toBe(503);
    // Every connection the cut transactions held is back: the pool serves queries again.
    expect(await client.project.count()).toBeGreaterThanOrEqual(0);
    expect(await Promise.all(Array.from({ length: 10 }, () => client.$transaction(async (tx) => tx.project.count())))).toHaveLength(10);
    await client.$disconnect();
  });

  it("tells connection failures from other errors", () => {
    expect(isDatabaseUnavailable(Object.assign(new Error("connect ECONNREFUSED 127.0.0.1:5432"), { code: "ECONNREFUSED" }))).toBe(true);
    expect(isDatabaseUnavailable(new Error("wrapper", { cause: new Error("Connection terminated unexpectedly") }))).toBe(true);
    // How Prisma's pg adapter reports a connection reset mid-query: no code, a kind.
    expect(isDatabaseUnavailable(Object.assign(new Error("ConnectionClosed"), { cause: { kind: "ConnectionClosed" } }))).toBe(true);
    // A raw query's error (P2010) keeps the adapter's error in meta.
    const adapterError = Object.assign(new Error("ConnectionClosed"), { cause: { kind: "ConnectionClosed" } });
    expect(isDatabaseUnavailable(Object.assign(new Error("Raw query failed."), { code: "P2010", meta: { driverAdapterError: adapterError } }))).toBe(true);
    expect(isDatabaseUnavailable(Object.assign(new Error("Unique constraint failed"), { code: "P2002" }))).toBe(false);
    expect(isDatabaseUnavailable(Object.assign(new Error("UniqueConstraintViolation"), { cause: { kind: "UniqueConstraintViolation" } }))).toBe(false);
    expect(isDatabaseUnavailable("text")).toBe(false);
  });
});
