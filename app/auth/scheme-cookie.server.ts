import { createCookie, type CookieOptions } from "@remix-run/node";

/**
 * A cookie named and flagged for the scheme the request really came over. Over HTTPS it is
 * `__Host-` and Secure: no plain-HTTP page and no subdomain can read, set or overwrite it. Over
 * plain HTTP (an event's own network), where a browser drops Secure cookies, it has the bare
 * name. request.url says https only when the connection, or a proxy trusted through
 * TRUST_PROXY, says so (server/app.ts).
 */
export function schemeCookie(name: string, options: Omit<CookieOptions, "path" | "secure" | "domain">) {
  const https = createCookie(`__Host-${name}`, { ...options, path: "/", secure: true });
  const http = createCookie(name, { ...options, path: "/", secure: false });
  return (request: Request) => (new URL(request.url).protocol === "https:" ? https : http);
}
