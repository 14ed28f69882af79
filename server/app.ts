import type { ServerBuild } from "@remix-run/node";
import compression from "compression";
import express from "express";
import path from "node:path";
import { pathToFileURL } from "node:url";
import { remixHandler } from "./remix-handler";
import { securityHeaders } from "./security-headers";

const maxBodyBytes = 1024 * 1024;

/** The HTTP app: static files and the Remix request handler. It logs nothing about clients. */
export async function createApp(root: string) {
  const build = (await import(pathToFileURL(path.join(root, "build/index.js")).href)) as ServerBuild;
  const app = express();
  app.disable("x-powered-by");
  app.use(securityHeaders({ https: process.env.NODE_ENV === "production" && !process.env.PUBLIC_URL?.startsWith("http://") }));
  // Server-Sent Events must reach the browser as they are written, not when a buffer fills.
  app.use(compression({ filter: (req, res) => !String(res.getHeader("Content-Type") ?? "").startsWith("text/event-stream") && compression.filter(req, res) }));
  // Forms here are small; refuse bodies that could only be abuse before Remix buffers them.
  app.use((req, res, next) => {
    if (Number(req.headers["content-length"] ?? 0) > maxBodyBytes) res.status(413).type("text/plain").send("Too large");
    else next();
  });
  app.use("/build", express.static(path.join(root, "public/build"), { immutable: true, maxAge: "1y" }));
  app.use(express.static(path.join(root, "public"), { maxAge: "1h" }));
  app.all(
    "*",
    // Remix, written to the socket with backpressure (remix-handler.ts).
    remixHandler(build, (req, res) => ({
      // Used only for rate limits, as a keyed hash; never stored or logged as it is.
      clientAddress: req.socket.remoteAddress,
      // The Content-Security-Policy's nonce for this response's inline scripts.
      cspNonce: res.locals.cspNonce as string,
    })),
  );
  return app;
}
