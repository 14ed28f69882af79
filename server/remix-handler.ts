import { createRequestHandler, type ServerBuild } from "@remix-run/node";
import type { NextFunction, Request as ExpressRequest, Response as ExpressResponse } from "express";

// What `@remix-run/express`'s createRequestHandler does, but with a response writer that
// respects backpressure (see sendResponse). The request side is the adapter's, condensed.

function remixRequest(req: ExpressRequest, res: ExpressResponse): Request {
  const headers = new Headers();
  for (const [key, values] of Object.entries(req.headers)) {
    if (Array.isArray(values)) for (const value of values) headers.append(key, value);
    else if (values) headers.set(key, values);
  }
  // req.hostname respects "trust proxy" but drops the port, which the Host header keeps.
  const portOf = (host: string | undefined) => /:(\d+)$/.exec(host ?? "")?.[1];
  const port = portOf(req.get("X-Forwarded-Host")) ?? portOf(req.get("host"));
  const url = new URL(`${req.protocol}://${req.hostname}${port ? `:${port}` : ""}${req.originalUrl}`);
  // Loaders and actions are aborted when the client goes away before the response is sent.
  let controller: AbortController | null = new AbortController();
  const signal = controller.signal;
  res.on("finish", () => (controller = null));
  res.on("close", () => controller?.abort());
  const init: RequestInit = { method: req.method, headers, signal };
  // The body was read already, within the limits (request-guards.ts boundedBody).
  if (req.method !== "GET" && req.method !== "HEAD" && Buffer.isBuffer(req.body)) init.body = new Uint8Array(req.body.buffer as ArrayBuffer, req.body.byteOffset, req.body.length);
  return new Request(url.href, init);
}

export function remixHandler(build: ServerBuild, loadContext: (req: ExpressRequest, res: ExpressResponse) => Record<string, unknown>) {
  const handleRequest = createRequestHandler(build, process.env.NODE_ENV);
  return async (req: ExpressRequest, res: ExpressResponse, next: NextFunction) => {
    try {
      await sendResponse(res, await handleRequest(remixRequest(req, res), loadContext(req, res)));
    } catch (error) {
      next(error);
    }
  };
}

/** Resolves on 'drain' (room in the socket again) or 'close' (the client has gone). */
function drainedOrClosed(res: ExpressResponse): Promise<void> {
  return new Promise((resolve) => {
    let settled = false;
    const done = () => {
      if (settled) return;
      settled = true;
      res.off("close", done);
      resolve();
    };
    res.once("drain", done);
    res.once("close", done);
  });
}

/**
 * Writes a Remix response to Express as `@remix-run/express` does, but with backpressure:
 * the adapter's own writer reads the body as fast as it can and ignores `write()` returning
 * false, so a large streamed download (a raw-response export) would pile up in memory when
 * the client is slower than the database. Here the next chunk is read only once the socket
 * has room, and the body is cancelled when the client goes away.
 */
export async function sendResponse(res: ExpressResponse, response: Response) {
  res.statusMessage = response.statusText;
  res.status(response.status);
  for (const [key, value] of response.headers.entries()) res.append(key, value);
  // Pages hold private data (a workspace) or a fresh answering form (a phone lent around at an
  // event): no cache keeps them unless a route says otherwise.
  if (!response.headers.has("Cache-Control")) res.setHeader("Cache-Control", "no-store");
  if (/text\/event-stream/i.test(response.headers.get("Content-Type") ?? "")) res.flushHeaders();
  if (!response.body) {
    res.end();
    return;
  }
  const reader = response.body.getReader();
  // The compression middleware adds flush(): send what is compressed so far (streamed HTML).
  const flushable = res as ExpressResponse & { flush?: () => void };
  try {
    for (;;) {
      if (res.destroyed) {
        await reader.cancel();
        return;
      }
      const { done, value } = await reader.read();
      if (done) break;
      const hasRoom = res.write(value);
      flushable.flush?.();
      if (!hasRoom) await drainedOrClosed(res);
    }
    res.end();
  } catch (error) {
    res.destroy(error as Error);
    throw error;
  }
}
