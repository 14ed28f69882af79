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

  it("tells connection failures from other errors", () => {
    expect(isDatabaseUnavailable(Object.assign(new Error("connect ECONNREFUSED 127.0.0.1:5432"), { code: "ECONNREFUSED" }))).toBe(true);
    expect(isDatabaseUnavailable(new Error("wrapper", { cause: new Error("Connection terminated unexpectedly") }))).toBe(true);
    expect(isDatabaseUnavailable(Object.assign(new Error("Unique constraint failed"), { code: "P2002" }))).toBe(false);
    expect(isDatabaseUnavailable("text")).toBe(false);
  });
});
