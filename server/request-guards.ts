import type { ErrorRequestHandler, Request, RequestHandler, Response } from "express";
import { dictionaries } from "../app/i18n/i18n.server";
import { fallbackUiLanguage, negotiateLanguage, uiLanguages, type UiLanguage } from "../app/i18n/languages";
import type { MessageKey } from "../app/i18n/messages/en";

// What every request must pass before any route sees it (docs/decisions/020-request-guards.md).
// Each refusal is a short text in the client's language, never a stack trace.

/** The largest body a form of this app can need, with a wide margin. */
export const maxBodyBytes = 1024 * 1024;
/** The largest questionnaire's answering form carries a few hundred fields at most. */
export const maxFormFields = 1000;
/** The methods the app's pages and forms use; anything else (TRACE, CONNECT…) is refused. */
const allowedMethods = new Set(["GET", "HEAD", "POST"]);

/** A refusal: its status and one sentence in the client's language. */
export function refuse(req: Request, res: Response, status: number, key: MessageKey) {
  const language = negotiateLanguage(req.get("Accept-Language"), uiLanguages, fallbackUiLanguage) as UiLanguage;
  res.status(status).type("text/plain").set("Cache-Control", "no-store").send(dictionaries[language][key]);
}

export function onlyKnownMethods(): RequestHandler {
  return (req, res, next) => {
    if (allowedMethods.has(req.method)) return next();
    res.set("Allow", [...allowedMethods].join(", "));
    refuse(req, res, 405, "request.methodNotAllowed");
  };
}

/**
 * A state-changing request that says it comes from another origin (or from an opaque one,
 * `Origin: null`) is refused here. Remix runs the same comparison before an action, but throws,
 * which would be a 500; the host is read the way Remix reads it.
 */
export function sameOriginWrites(): RequestHandler {
  return (req, res, next) => {
    const origin = req.get("Origin");
    if (req.method === "GET" || req.method === "HEAD" || origin === undefined) return next();
    const host = req.get("X-Forwarded-Host")?.split(",")[0]?.trim() || req.get("Host");
    if (host && URL.canParse(origin) && origin !== "null" && new URL(origin).host === host) return next();
    refuse(req, res, 403, "request.otherOrigin");
  };
}

/** Fields in a form body, counted without parsing it. */
function formFieldCount(contentType: string, body: Buffer): number {
  if (/^application\/x-www-form-urlencoded/i.test(contentType)) {
    let count = body.length ? 1 : 0;
    for (const byte of body) if (byte === 0x26 /* & */) count++;
    return count;
  }
  const boundary = /^multipart\/form-data;.*boundary="?([^";]+)"?/i.exec(contentType)?.[1];
  if (!boundary) return 0;
  const delimiter = Buffer.from(`--${boundary}`);
  let count = -1;
  for (let at = body.indexOf(delimiter); at !== -1; at = body.indexOf(delimiter, at + delimiter.length)) count++;
  return Math.max(count, 0);
}

/**
 * Reads the whole body into memory, counting bytes as they arrive: a body over the limit
 * (announced or chunked) is refused with 413 as soon as it passes the limit, and its
 * connection closed; a form with more fields than any page has is refused before anything
 * parses it. The route then reads the body from `req.body`.
 */
export function boundedBody(): RequestHandler {
  return (req, res, next) => {
    if (req.method === "GET" || req.method === "HEAD") return next();
    const tooLarge = (key: MessageKey) => {
      // Stop reading; the client learns why before the connection closes.
      req.unpipe();
      req.pause();
      res.set("Connection", "close");
      refuse(req, res, 413, key);
      res.on("finish", () => setTimeout(() => req.socket.destroy(), 1000).unref());
    };
    if (Number(req.get("Content-Length") ?? 0) > maxBodyBytes) return tooLarge("request.tooLarge");
    const parts: Buffer[] = [];
    let size = 0;
    let refused = false;
    req.on("data", (part: Buffer) => {
      if (refused) return;
      size += part.length;
      if (size > maxBodyBytes) {
        refused = true;
        parts.length = 0;
        tooLarge("request.tooLarge");
      } else parts.push(part);
    });
    req.on("error", () => {
      refused = true;
    });
    req.on("end", () => {
      if (refused) return;
      const body = Buffer.concat(parts);
      if (formFieldCount(req.get("Content-Type") ?? "", body) > maxFormFields) return tooLarge("request.tooManyFields");
      req.body = body;
      next();
    });
  };
}

/**
 * The last handler: a request Express itself could not handle (a malformed `%` escape in the
 * address, say) gets its status and a short text; only a real server fault is logged.
 */
export function plainErrors(): ErrorRequestHandler {
  return (error: { status?: number; statusCode?: number }, req, res, next) => {
    const status = error.status ?? error.statusCode ?? 500;
    if (status >= 500) console.error(error);
    if (res.headersSent) return next(error);
    refuse(req, res, status, status >= 500 ? "error.body" : "request.bad");
  };
}
