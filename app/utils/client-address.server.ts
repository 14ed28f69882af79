import type { AppLoadContext } from "@remix-run/node";

/** The client's address that server/app.ts puts in the load context, only ever used for limits. */
export function clientAddressOf(context: AppLoadContext): string | undefined {
  return typeof context.clientAddress === "string" ? context.clientAddress : undefined;
}
