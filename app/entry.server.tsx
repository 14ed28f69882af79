import type { AppLoadContext, EntryContext, HandleErrorFunction } from "@remix-run/node";
import { createReadableStreamFromReadable } from "@remix-run/node";
import { isRouteErrorResponse, RemixServer } from "@remix-run/react";
import { PassThrough } from "node:stream";
import { renderToPipeableStream } from "react-dom/server";
import { retryAfterSeconds } from "~/db.server";
import { NonceContext } from "~/utils/nonce";

const abortDelay = 5_000;

// Pages are small and use no deferred data: render each completely before sending, the same
// way for browsers and bots.
export default function handleRequest(
  request: Request,
  responseStatusCode: number,
  responseHeaders: Headers,
  remixContext: EntryContext,
  loadContext: AppLoadContext,
) {
  // The Content-Security-Policy's nonce (server/security-headers.ts) for the inline scripts.
  const nonce = typeof loadContext.cspNonce === "string" ? loadContext.cspNonce : "";
  if (responseStatusCode === 503) responseHeaders.set("Retry-After", String(retryAfterSeconds));
  return new Promise<Response>((resolve, reject) => {
    let status = responseStatusCode;
    const { pipe, abort } = renderToPipeableStream(
      <NonceContext.Provider value={nonce}>
        <RemixServer context={remixContext} url={request.url} abortDelay={abortDelay} />
      </NonceContext.Provider>,
      {
        nonce,
        onAllReady() {
          const body = new PassThrough();
          responseHeaders.set("Content-Type", "text/html; charset=utf-8");
          resolve(new Response(createReadableStreamFromReadable(body), { headers: responseHeaders, status }));
          pipe(body);
        },
        onShellError: reject,
        onError(error: unknown) {
          status = 500;
          console.error(error);
        },
      },
    );
    setTimeout(abort, abortDelay);
  });
}

/** Unknown addresses and wrong methods are the visitor's mistake, not the server's: not logged. */
export const handleError: HandleErrorFunction = (error, { request }) => {
  if (request.signal.aborted) return;
  if (isRouteErrorResponse(error) && error.status < 500) return;
  if (error instanceof URIError) return; // a malformed address, answered with 400
  console.error(error);
};

/** A loader or action answering 503 (the database is unreachable) says when to try again. */
export function handleDataRequest(response: Response) {
  if (response.status === 503) response.headers.set("Retry-After", String(retryAfterSeconds));
  return response;
}
