import type { HeadersFunction } from "@remix-run/node";

/**
 * A route's `headers`: of what its loader, action or error response set, Remix passes only
 * Set-Cookie on to the page by itself. A 429's or 503's Retry-After reaches the page too.
 */
export const retryAfterHeaders: HeadersFunction = ({ actionHeaders, loaderHeaders, errorHeaders }) => {
  const retryAfter = errorHeaders?.get("Retry-After") ?? actionHeaders.get("Retry-After") ?? loaderHeaders.get("Retry-After");
  return retryAfter ? { "Retry-After": retryAfter } : new Headers();
};
