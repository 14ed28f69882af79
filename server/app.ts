import type { ServerBuild } from "@remix-run/node";
import compression from "compression";
import express from "express";
import path from "node:path";
import { pathToFileURL } from "node:url";
import { configuredHostOnly, trustProxySetting } from "./public-origin";
import { remixHandler } from "./remix-handler";
import { boundedBody, onlyKnownMethods, plainErrors, sameOriginWrites } from "./request-guards";
import { securityHeaders } from "./security-headers";

/** The HTTP app: static files and the Remix request handler. It logs nothing about clients. */
export async function createApp(root: string) {
  const build = (await import(pathToFileURL(path.join(root, "build/index.js")).href)) as ServerBuild;
  const app = express();
  app.disable("x-powered-by");
  // Behind a TLS proxy, its X-Forwarded-* headers tell the real scheme and client, but only
  // from the proxies named in TRUST_PROXY (anyone else could send them).
  app.set("trust proxy", trustProxySetting(process.env.TRUST_PROXY));
  app.use(securityHeaders());
  app.use(onlyKnownMethods());
  app.use(configuredHostOnly(process.env.PUBLIC_URL));
  // Server-Sent Events must reach the browser as they are written, not when a buffer fills.
  app.use(compression({ filter: (req, res) => !String(res.getHeader("Content-Type") ?? "").startsWith("text/event-stream") && compression.filter(req, res) }));
  app.use("/build", express.static(path.join(root, "public/build"), { immutable: true, maxAge: "1y" }));
  app.use(express.static(path.join(root, "public"), { maxAge: "1h" }));
  app.use(sameOriginWrites());
  app.use(boundedBody());
  app.all(
    "*",
    // Remix, written to the socket with backpressure (remix-handler.ts).
    remixHandler(build, (req, res) => ({
      // Used only for rate limits, as a keyed hash; never stored or logged as it is. Behind
      // a trusted proxy, the address the proxy saw.
      clientAddress: req.ip,
      // The Content-Security-Policy's nonce for this response's inline scripts.
      cspNonce: res.locals.cspNonce as string,
    })),
  );
  app.use(plainErrors());
  return app;
}
