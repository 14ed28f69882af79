/**
 * An absolute address for residents' phones: PUBLIC_URL when set (the address phones can
 * reach, e.g. behind a proxy or on an event's network), otherwise this request's origin.
 */
export function publicUrl(request: Request, path: string): string {
  const base = process.env.PUBLIC_URL?.replace(/\/+$/, "") || new URL(request.url).origin;
  return `${base}${path}`;
}
