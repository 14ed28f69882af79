import type { RequestHandler } from "express";
import { randomBytes } from "node:crypto";

/**
 * Security headers on every response. Scripts run only from this origin or with the
 * per-response nonce (Remix's inline hydration scripts carry it); styles may be inline because
 * Chart.js and a few components size elements with style attributes. Nothing may embed the
 * app, and forms post only to it. HSTS only on responses that really travel over HTTPS (the
 * connection's own scheme, or a trusted proxy's): over plain HTTP the browser would ignore it.
 */
export function securityHeaders(): RequestHandler {
  return (req, res, next) => {
    const nonce = randomBytes(16).toString("base64");
    res.locals.cspNonce = nonce;
    res.setHeader(
      "Content-Security-Policy",
      [
        "default-src 'self'",
        `script-src 'self' 'nonce-${nonce}'`,
        "style-src 'self' 'unsafe-inline'",
        "img-src 'self' data: blob:",
        "connect-src 'self'",
        "worker-src 'self'",
        "object-src 'none'",
        "base-uri 'none'",
        "frame-ancestors 'none'",
        "form-action 'self'",
      ].join("; "),
    );
    res.setHeader("X-Content-Type-Options", "nosniff");
    res.setHeader("Referrer-Policy", "same-origin");
    res.setHeader("X-Frame-Options", "DENY");
    res.setHeader("Cross-Origin-Opener-Policy", "same-origin");
    res.setHeader("Permissions-Policy", "camera=(), microphone=(), geolocation=(), interest-cohort=()");
    if (req.secure) res.setHeader("Strict-Transport-Security", "max-age=31536000; includeSubDomains");
    next();
  };
}
