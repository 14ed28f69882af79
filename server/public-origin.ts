import type { RequestHandler } from "express";
import { refuse } from "./request-guards";

/**
 * Express's "trust proxy" from TRUST_PROXY: unset trusts no proxy; `true`, a hop count, or
 * addresses and subnets as Express reads them ("loopback", "10.0.0.0/8, 192.168.1.2").
 */
export function trustProxySetting(value: string | undefined): boolean | number | string {
  const setting = value?.trim();
  if (!setting || setting === "false") return false;
  if (setting === "true") return true;
  if (/^\d+$/.test(setting)) return Number(setting);
  return setting;
}

const loopbackHosts = new Set(["localhost", "127.0.0.1", "::1", "[::1]"]);

/**
 * With PUBLIC_URL set, links in invitations, QR codes and presenter pages are built from it,
 * and a request naming another host is refused (421): a forged Host header then reaches
 * nothing. The machine itself may still use a loopback address.
 */
export function configuredHostOnly(publicUrl: string | undefined): RequestHandler {
  const configured = publicUrl && URL.canParse(publicUrl) ? new URL(publicUrl).hostname : null;
  return (req, res, next) => {
    if (!configured || req.hostname === configured || loopbackHosts.has(req.hostname)) return next();
    refuse(req, res, 421, "request.otherHost");
  };
}
